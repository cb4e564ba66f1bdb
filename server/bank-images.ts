// GET /api/banks/images/<sha256>: an image imported with a bank. The URL names
// the bytes, so they never change under it: cached for a year, immutable. The
// type is the one sniffed from the bytes at import, and nosniff keeps browsers to it.
// A recent preview's image (not saved yet) is served from memory the same way.
import type { PreviewImages } from './bank-preview-images';
import { getBankImage } from './store/images';
import type { Db } from './store/db';

const SHA256 = /^[0-9a-f]{64}$/;

export async function bankImageResponse(db: Db, sha256: string, previewImages: PreviewImages): Promise<Response> {
  const image = SHA256.test(sha256) ? (previewImages.get(sha256) ?? (await getBankImage(db, sha256))) : null;
  if (!image) return Response.json({ error: 'There is no image with this address.' }, { status: 404, headers: { 'cache-control': 'no-store' } });
  return new Response(Uint8Array.from(image.bytes), {
    headers: {
      'content-type': image.contentType,
      'content-length': String(image.bytes.byteLength),
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      // Opened on its own, an image runs nothing and embeds nothing.
      'content-security-policy': "default-src 'none'; sandbox",
    },
  });
}

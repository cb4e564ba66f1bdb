// GET /api/banks/images/<sha256>: an image imported with a bank. The URL names
// the bytes, so they never change under it: cached for a year, immutable, with
// the hash as its ETag (a browser revalidating gets a 304). The type is the one
// sniffed from the bytes at import, and nosniff keeps browsers to it.
// A recent preview's image (not saved yet) is served from memory the same way;
// a saved one from the process's cache of images (image-cache.ts).
import { BankImageCache, type StoredImage } from './image-cache';
import type { PreviewImages } from './preview-images';
import { getBankImage } from './store/images';
import type { Db } from '../store/db';

const SHA256 = /^[0-9a-f]{64}$/;

export interface ImageSources {
  previewImages: PreviewImages;
  imageCache: BankImageCache;
}

/** The process's cache of saved images, read from `db`, `maxBytes` at most. */
export function savedImageCache(db: Db, maxBytes: number): BankImageCache {
  return new BankImageCache(maxBytes, (sha256) => getBankImage(db, sha256));
}

export async function bankImageResponse(request: Request, sha256: string, sources: ImageSources): Promise<Response> {
  const image = SHA256.test(sha256) ? await findImage(sha256, sources) : null;
  if (!image) return Response.json({ error: 'There is no image with this address.' }, { status: 404, headers: { 'cache-control': 'no-store' } });
  const etag = `"${sha256}"`;
  const headers = {
    etag,
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
    // Opened on its own, an image runs nothing and embeds nothing (server/http/serve.ts lets a route's own policy stand).
    'content-security-policy': "default-src 'none'; sandbox",
  };
  if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(unCopied(image.bytes), {
    headers: { ...headers, 'content-type': image.contentType, 'content-length': String(image.bytes.byteLength) },
  });
}

function findImage(sha256: string, { previewImages, imageCache }: ImageSources): Promise<StoredImage | null> {
  const preview = previewImages.get(sha256);
  return preview ? Promise.resolve(preview) : imageCache.get(sha256);
}

/** If-None-Match holds this ETag, or `*` (a list, weak or strong: RFC 9110 compares them weakly). */
function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/**
 * The kept bytes as a body, not copied: `new Response(bytes)` copies them on
 * the event loop for every request (12-18 ms per 2 MiB measured on Node 20), and
 * this process serves the same image to a whole room at once. A plain (not a
 * byte) stream never detaches the buffer it is given.
 */
function unCopied(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

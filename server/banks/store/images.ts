// The images stored with banks (see BankImage in schema.prisma), by content hash.
import type { BankImage } from '../images';
import type { Db } from '../../store/db';

/** Stores a bank's images inside its import's transaction; one already stored (same bytes) is left as it is. */
export async function saveBankImages(tx: Pick<Db, 'bankImage'>, images: BankImage[]): Promise<void> {
  if (images.length === 0) return;
  await tx.bankImage.createMany({
    data: images.map(({ sha256, contentType, bytes }) => ({ sha256, contentType, bytes: Uint8Array.from(bytes) })),
    skipDuplicates: true,
  });
}

/**
 * Read in slices of this many bytes. A whole 2 MiB bytea in one row stalls the
 * event loop for 20-60 ms (often over 100) as its hex text is parsed and
 * converted; a slice costs a few ms, and the loop runs between slices.
 */
const SLICE_BYTES = 128 * 1024;

/** A saved image, read slice by slice so a large one never holds up a game (see SLICE_BYTES). */
export async function getBankImage(db: Db, sha256: string): Promise<{ contentType: string; bytes: Buffer } | null> {
  const [found] = await db.$queryRaw<{ contentType: string; size: number }[]>`
    SELECT "contentType", octet_length(bytes) AS size FROM "BankImage" WHERE sha256 = ${sha256}`;
  if (!found) return null;
  const bytes = Buffer.alloc(found.size);
  for (let at = 0; at < found.size; at += SLICE_BYTES) {
    const [slice] = await db.$queryRaw<{ hex: string }[]>`
      SELECT encode(substring(bytes FROM ${at + 1}::int FOR ${SLICE_BYTES}::int), 'hex') AS hex FROM "BankImage" WHERE sha256 = ${sha256}`;
    if (!slice) return null; // images are never deleted today; if one goes mid-read, it is gone
    bytes.write(slice.hex, at, 'hex');
  }
  return { contentType: found.contentType, bytes };
}

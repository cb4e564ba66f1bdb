// The images stored with banks (see BankImage in schema.prisma), by content hash.
import type { BankImage } from '../bank/images';
import type { Db } from './db';

/** Stores a bank's images inside its import's transaction; one already stored (same bytes) is left as it is. */
export async function saveBankImages(tx: Pick<Db, 'bankImage'>, images: BankImage[]): Promise<void> {
  if (images.length === 0) return;
  await tx.bankImage.createMany({
    data: images.map(({ sha256, contentType, bytes }) => ({ sha256, contentType, bytes: Uint8Array.from(bytes) })),
    skipDuplicates: true,
  });
}

export async function getBankImage(db: Db, sha256: string): Promise<{ contentType: string; bytes: Uint8Array } | null> {
  return db.bankImage.findUnique({ where: { sha256 }, select: { contentType: true, bytes: true } });
}

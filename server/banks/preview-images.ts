// The images of an uploaded zip, kept in memory for a while after its preview,
// so the preview shows them before the bank is saved (the preview writes
// nothing to the database). Served at the address the saved bank will use, by
// content hash. Bounded in time and bytes: a flood of previews only pushes out
// older preview images. Behind the cluster proxy a client's requests reach one
// node, the one that read its preview.
import type { BankImage } from './images';

const MIB = 1024 * 1024;

export class PreviewImages {
  private readonly kept = new Map<string, { image: BankImage; until: number }>();
  private bytes = 0;

  constructor(
    private readonly options: { keepMs: number; maxBytes: number; now: () => number } = { keepMs: 15 * 60_000, maxBytes: 64 * MIB, now: Date.now },
  ) {}

  /** Keeps a preview's images (again, if already kept: they become the newest). */
  keep(images: BankImage[]): void {
    const until = this.options.now() + this.options.keepMs;
    for (const image of images) {
      this.drop(image.sha256);
      this.kept.set(image.sha256, { image, until });
      this.bytes += image.bytes.byteLength;
    }
    this.prune();
  }

  get(sha256: string): BankImage | undefined {
    this.prune();
    return this.kept.get(sha256)?.image;
  }

  /** Drops expired images, then the oldest while over the byte budget (the map is oldest first). */
  private prune(): void {
    const now = this.options.now();
    for (const [sha256, { until }] of this.kept) {
      if (until > now && this.bytes <= this.options.maxBytes) break;
      this.drop(sha256);
    }
  }

  private drop(sha256: string): void {
    const entry = this.kept.get(sha256);
    if (!entry) return;
    this.kept.delete(sha256);
    this.bytes -= entry.image.bytes.byteLength;
  }
}

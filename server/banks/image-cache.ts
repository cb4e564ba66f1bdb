// The saved images of banks, kept in memory once read: a question's image is
// read from the database once per process, however many phones open it. An
// image's address is the hash of its bytes, so an entry is never stale and
// nothing is invalidated. Bounded by bytes, least recently served out first.
// Requests for an image being read wait for that one read (single flight).

export interface StoredImage {
  contentType: string;
  bytes: Uint8Array;
}

export type ReadImage = (sha256: string) => Promise<StoredImage | null>;

export class BankImageCache {
  /** oldest served first: Map keeps insertion order, and a hit re-inserts */
  private readonly kept = new Map<string, StoredImage>();
  private readonly reading = new Map<string, Promise<StoredImage | null>>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly read: ReadImage,
  ) {}

  /** The image from memory, or read once for every caller asking meanwhile; null when there is none (not remembered: it may be saved later). */
  get(sha256: string): Promise<StoredImage | null> {
    const kept = this.kept.get(sha256);
    if (kept) {
      this.kept.delete(sha256);
      this.kept.set(sha256, kept);
      return Promise.resolve(kept);
    }
    let pending = this.reading.get(sha256);
    if (!pending) {
      pending = this.read(sha256)
        .then((image) => {
          if (image) this.keep(sha256, image);
          return image;
        })
        .finally(() => this.reading.delete(sha256));
      this.reading.set(sha256, pending);
    }
    return pending;
  }

  private keep(sha256: string, image: StoredImage): void {
    if (image.bytes.byteLength > this.maxBytes) return; // served, not kept: it would push out everything else
    this.kept.set(sha256, image);
    this.bytes += image.bytes.byteLength;
    for (const [oldest, { bytes }] of this.kept) {
      if (this.bytes <= this.maxBytes) break;
      this.kept.delete(oldest);
      this.bytes -= bytes.byteLength;
    }
  }
}

import type { BankImageCache } from './banks/image-cache';
import type { PreviewImages } from './banks/preview-images';
import type { ParseUpload } from './banks/upload';
import type { RateLimits } from './realtime/rate-limit';
import type { Db } from './store/db';

/**
 * What the Next.js route handlers and server components need from the running
 * server. Next bundles app/ code separately from server/, so module singletons
 * are not shared between them; the composition root publishes one context on
 * globalThis instead.
 */
export interface AppContext {
  db: Db;
  version: string;
  /** true when the database answers a trivial query in time */
  pingDatabase(): Promise<boolean>;
  /** `listening`: the Socket.IO server accepts connections */
  realtime: { listening(): boolean; connectedClients(): number };
  /** reads an uploaded bank in a child process, off the event loop (banks/parse/off-thread.ts) */
  parseUpload: ParseUpload;
  /** an uploaded zip's images for a while after its preview, so the preview shows them */
  previewImages: PreviewImages;
  /** saved banks' images once read, so a room opening a question reads its image from the database once */
  imageCache: BankImageCache;
  /** wrong invite links and link codes per address, as wrong room codes are counted; absent: rate limits off */
  guessLimits?: RateLimits;
}

const KEY = Symbol.for('cramjam.context');
type Holder = { [KEY]?: AppContext };

export function setAppContext(ctx: AppContext | undefined): void {
  (globalThis as Holder)[KEY] = ctx;
}

export function getAppContext(): AppContext {
  const ctx = (globalThis as Holder)[KEY];
  if (!ctx) throw new Error('Cramjam server context is not set: start the app with `npm start` (server/index.ts), not `next start`.');
  return ctx;
}

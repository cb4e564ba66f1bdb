import type { Reading } from '@/server/banks/readings';
import type { UploadRefusal } from '@/server/banks/upload';

export type Posted<Body> = { ok: true; body: Body } | { ok: false; refusal: UploadRefusal };

const refusal = (error: string): UploadRefusal => ({ error, errors: [], warnings: [] });

/**
 * Sends the file as both bank routes expect it: multipart, field "file"; "partial" when the host
 * accepts skipped questions; a field per layout the host chose to read the other way. Every failure becomes a message to show.
 */
export async function postBank<Body>(url: string, file: File, { partial = false, reading = {} }: { partial?: boolean; reading?: Reading } = {}): Promise<Posted<Body>> {
  const form = new FormData();
  form.set('file', file);
  if (partial) form.set('partial', 'yes');
  for (const [key, way] of Object.entries(reading)) if (way) form.set(key, way);
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: form });
  } catch {
    return { ok: false, refusal: refusal('Could not reach the Cramjam server; check the connection and try again.') };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && body) return { ok: true, body: body as Body };
  if (body && typeof (body as Partial<UploadRefusal>).error === 'string') return { ok: false, refusal: body as UploadRefusal };
  return { ok: false, refusal: refusal(`The server could not handle this file (HTTP ${response.status}); try again.`) };
}

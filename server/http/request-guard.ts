/**
 * What every state-changing HTTP request must pass before it is read: it comes
 * from this site (a web page elsewhere cannot make a visitor's browser upload a
 * bank or post a token), and its body is read only up to a limit, counted as it
 * streams in, so a false or missing Content-Length cannot get past.
 */

/** Methods that only read; everything else changes something. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RequestFacts {
  method: string;
  /** the Host header: where the browser believes it is */
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
}

/**
 * Why a request from a browser on another site is refused, or null when it may
 * go on. A browser says where a request comes from (Sec-Fetch-Site, Origin);
 * a client that says nothing is not a browser acting for someone (curl, tests).
 * `allowedOrigins` lists other origins to accept (a proxy that changes Host).
 */
export function crossSiteProblem(request: RequestFacts, allowedOrigins: readonly string[] = []): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  if (request.origin && allowedOrigins.includes(request.origin)) return null;
  if (request.secFetchSite && request.secFetchSite !== 'same-origin' && request.secFetchSite !== 'none') {
    return 'Requests from other sites are refused.';
  }
  if (request.origin && !originMatchesHost(request.origin, request.host)) return 'Requests from other sites are refused.';
  return null;
}

/** True when `origin` is this server as the browser addressed it (same host and port). */
export function originMatchesHost(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false; // "null" (a sandboxed frame, a file) or garbage
  }
}

/** The request body, or undefined as soon as it passes `limit` bytes. */
export async function readAtMost(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      const whole = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) {
        whole.set(chunk, at);
        at += chunk.byteLength;
      }
      return whole;
    }
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
}

/** Bodies of the small JSON routes (a token, a device id): a few hundred bytes in practice. */
export const JSON_BODY_LIMIT = 4 * 1024;

/** What readJsonAtMost returns for a body over its limit. */
export const TOO_LARGE = Symbol('too large');

/** A JSON body of at most `limit` bytes: its value, 'too_large', or undefined when it is not JSON. */
export async function readJsonAtMost(request: Request, limit = JSON_BODY_LIMIT): Promise<unknown> {
  if (Number(request.headers.get('content-length')) > limit) return TOO_LARGE;
  const raw = await readAtMost(request.body, limit);
  if (!raw) return TOO_LARGE;
  try {
    return JSON.parse(new TextDecoder().decode(raw));
  } catch {
    return undefined;
  }
}

/** The 413 a JSON route sends for a body over its limit. */
export function tooLargeResponse(limit = JSON_BODY_LIMIT): Response {
  return Response.json({ error: `The request is too large: at most ${limit / 1024} KiB.` }, { status: 413, headers: { 'cache-control': 'no-store' } });
}

/**
 * Socket.IO's allowRequest: a browser may open a socket only from this site (or
 * an allowed origin), so no other web page can use a visitor's browser to guess
 * codes or flood rooms. Clients without an Origin are not browsers.
 */
export function allowSameOrigin(allowedOrigins: readonly string[] = []) {
  return (req: { headers: Record<string, string | string[] | undefined> }, callback: (err: string | null | undefined, success: boolean) => void) => {
    const origin = req.headers.origin;
    const host = req.headers.host;
    const ok = typeof origin !== 'string' || allowedOrigins.includes(origin) || originMatchesHost(origin, typeof host === 'string' ? host : undefined);
    callback(ok ? null : 'Connections from other sites are refused.', ok);
  };
}

import { isIP } from 'node:net';
import { hostname } from 'node:os';

/**
 * What every state-changing HTTP request must pass before it is read: it is
 * addressed to a name this server answers to (DNS rebinding), it comes from
 * this site (a web page elsewhere cannot make a visitor's browser upload a
 * bank or post a token), and its body is read only up to a limit, counted as
 * it streams in, so a false or missing Content-Length cannot get past.
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
 * The names this server answers to besides IP literals and localhost: this
 * machine's own (os.hostname(), and with .local, as mDNS announces it), those in
 * ALLOWED_HOSTS, and those of ALLOWED_ORIGINS.
 */
export function allowedHostNames(configured: readonly string[] = [], allowedOrigins: readonly string[] = [], machine = hostname()): ReadonlySet<string> {
  const names = new Set<string>();
  const add = (name: string) => names.add(name.toLowerCase().replace(/\.$/, ''));
  add(machine);
  add(`${machine.replace(/\.local\.?$/i, '')}.local`);
  for (const name of configured) add(name);
  for (const origin of allowedOrigins) {
    try {
      add(new URL(origin).hostname);
    } catch {
      // not an origin: it names no host
    }
  }
  return names;
}

const THIS_MACHINE = allowedHostNames();

/**
 * Whether the Host header names this server. DNS rebinding points a name the
 * attacker owns at this server's address: the attacker's page is then "same
 * origin" with this server (Origin and Host agree), and only the name it
 * addresses tells. No Host: not a browser.
 */
export function hostAllowed(host: string | undefined, names: ReadonlySet<string> = THIS_MACHINE): boolean {
  if (host === undefined) return true;
  if (!/^[\w.-]+(:\d+)?$|^\[[\da-f:.]+\](:\d+)?$/i.test(host)) return false; // a name or an address, and a port
  const name = new URL(`http://${host}`).hostname.replace(/\.$/, '');
  return isIP(name.replace(/^\[|\]$/g, '')) !== 0 || name === 'localhost' || name.endsWith('.localhost') || names.has(name);
}

/** What a request to a name this server does not answer to is told: the operator's fix, if the name is theirs. */
function foreignHostProblem(host: string | undefined): string {
  return `This server does not answer to the name ${JSON.stringify(host)}. If it is this server's, add it to ALLOWED_HOSTS.`;
}

/**
 * Why a request from a browser on another site is refused, or null when it may
 * go on. A browser says where a request comes from (Sec-Fetch-Site, Origin);
 * a client that says nothing is not a browser acting for someone (curl, tests).
 * `allowedOrigins` lists other origins to accept (a proxy that changes Host);
 * `allowedHosts`, the names besides IP literals and localhost (allowedHostNames).
 */
export function crossSiteProblem(request: RequestFacts, allowedOrigins: readonly string[] = [], allowedHosts: ReadonlySet<string> = THIS_MACHINE): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  if (request.origin && allowedOrigins.includes(request.origin)) return null;
  if (!hostAllowed(request.host, allowedHosts)) return foreignHostProblem(request.host);
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
 * codes or flood rooms, and only by a name this server answers to (a polling
 * handshake carries no Origin, so the name is checked either way). Clients
 * without an Origin are not browsers.
 */
export function allowSameOrigin(allowedOrigins: readonly string[] = [], allowedHosts: ReadonlySet<string> = THIS_MACHINE) {
  return (req: { headers: Record<string, string | string[] | undefined> }, callback: (err: string | null | undefined, success: boolean) => void) => {
    const origin = req.headers.origin;
    const host = typeof req.headers.host === 'string' ? req.headers.host : undefined;
    if (typeof origin === 'string' && allowedOrigins.includes(origin)) return callback(null, true);
    if (!hostAllowed(host, allowedHosts)) return callback(foreignHostProblem(host), false);
    const ok = typeof origin !== 'string' || originMatchesHost(origin, host);
    callback(ok ? null : 'Connections from other sites are refused.', ok);
  };
}

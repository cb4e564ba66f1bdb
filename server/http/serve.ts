import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BANK_BYTES } from '../banks/check-input';
import { MAX_ZIP_BYTES } from '../banks/formats/read-zip';
import { CLIENT_ADDRESS_HEADER, clientAddress } from '../limits/client-address';
import { crossSiteProblem } from './request-guard';
import { contentSecurityPolicy, newNonce, securityHeaders } from './security-headers';

/** The largest body any route takes is a bank upload (a zip, at most) with its multipart framing; anything declaring more is refused unread. */
const MAX_REQUEST_BYTES = Math.max(MAX_BANK_BYTES, MAX_ZIP_BYTES) + 64 * 1024;

export interface HttpOptions {
  dev: boolean;
  allowedOrigins: readonly string[];
  /** names this server answers to besides IP literals and localhost (request-guard.ts allowedHostNames) */
  allowedHosts?: ReadonlySet<string>;
  /** proxies whose X-Forwarded-For is believed for the client's address (0: none) */
  trustedProxies?: number;
}

/**
 * Wraps Next's request handler: security headers and a fresh CSP nonce on every
 * response (the request carries the policy too, which is where Next.js finds
 * the nonce for its scripts), and three refusals before Next sees a request:
 * an address that does not decode, a state change from another site, and a
 * body declared larger than any route takes. A header a route sets itself
 * stands (an image's stricter CSP): the defaults fill in only what is missing.
 * Routes that rate-limit read the client's address from CLIENT_ADDRESS_HEADER.
 */
export function hardenedHandler(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>, options: HttpOptions) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const csp = contentSecurityPolicy(newNonce(), options.dev);
    setMissingWhenSent(res, securityHeaders(csp));
    if (!decodable(req.url ?? '/')) return refuse(res, 400, 'This address is not valid.');
    const problem = crossSiteProblem(
      { method: req.method ?? 'GET', host: req.headers.host, origin: req.headers.origin, secFetchSite: header(req, 'sec-fetch-site') },
      options.allowedOrigins,
      options.allowedHosts,
    );
    if (problem) return refuse(res, 403, problem);
    if (Number(req.headers['content-length']) > MAX_REQUEST_BYTES) {
      return refuse(res, 413, `The request is too large: at most ${Math.floor(MAX_REQUEST_BYTES / 1024)} KiB.`);
    }
    req.headers['content-security-policy'] = csp;
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], options.trustedProxies ?? 0);
    void handle(req, res);
  };
}

/**
 * Sets each of `headers` the response does not carry when its head goes out.
 * Not before: Next.js copies a route's headers only onto names not set yet, so
 * a default set up front would replace the route's own. Every head goes out
 * through writeHead (Node's implicit head too), the hook the on-headers package uses.
 */
function setMissingWhenSent(res: ServerResponse, headers: Record<string, string>): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    for (const [name, value] of Object.entries(headers)) if (!this.hasHeader(name)) this.setHeader(name, value);
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A path whose %-escapes decode (a router that decodes `/results/%zz` would throw). */
export function decodable(url: string): boolean {
  try {
    decodeURIComponent(url.split('?')[0]!);
    return true;
  } catch {
    return false;
  }
}

function refuse(res: ServerResponse, status: number, error: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify({ error }));
}

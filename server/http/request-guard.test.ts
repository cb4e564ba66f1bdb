import { describe, expect, it } from 'vitest';
import { hostname } from 'node:os';
import { allowedHostNames, allowSameOrigin, crossSiteProblem, hostAllowed, readJsonAtMost, TOO_LARGE } from './request-guard';
import { decodable } from './serve';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

const post = { method: 'POST', host: 'localhost:3000', origin: undefined, secFetchSite: undefined };

describe('cross-site requests', () => {
  it('lets this site post, and clients that are not browsers', () => {
    expect(crossSiteProblem({ ...post, origin: 'http://localhost:3000', secFetchSite: 'same-origin' })).toBeNull();
    expect(crossSiteProblem({ ...post, origin: 'http://localhost:3000' })).toBeNull(); // an older browser: Origin only
    expect(crossSiteProblem(post)).toBeNull(); // curl, the CLI, tests
    expect(crossSiteProblem({ ...post, secFetchSite: 'none' })).toBeNull(); // typed by the user
  });

  it('refuses a state change from another site, by Sec-Fetch-Site or by Origin', () => {
    expect(crossSiteProblem({ ...post, origin: 'https://evil.example', secFetchSite: 'cross-site' })).toBe('Requests from other sites are refused.');
    expect(crossSiteProblem({ ...post, secFetchSite: 'same-site' })).not.toBeNull(); // a sibling subdomain is another site too
    expect(crossSiteProblem({ ...post, origin: 'https://evil.example' })).not.toBeNull();
    expect(crossSiteProblem({ ...post, origin: 'http://localhost:3001' })).not.toBeNull();
    expect(crossSiteProblem({ ...post, origin: 'null' })).not.toBeNull();
  });

  it('never refuses a read, and accepts configured origins', () => {
    expect(crossSiteProblem({ ...post, method: 'GET', origin: 'https://evil.example', secFetchSite: 'cross-site' })).toBeNull();
    expect(crossSiteProblem({ ...post, origin: 'https://quiz.example.org', secFetchSite: 'cross-site' }, ['https://quiz.example.org'])).toBeNull();
  });

  it('opens sockets only for this site, configured origins and non-browsers', () => {
    const decide = (headers: Record<string, string>, allowed: string[] = []) => {
      let verdict: boolean | undefined;
      allowSameOrigin(allowed)({ headers }, (_err, ok) => (verdict = ok));
      return verdict;
    };
    expect(decide({ host: 'localhost:3000', origin: 'http://localhost:3000' })).toBe(true);
    expect(decide({ host: 'localhost:3000' })).toBe(true);
    expect(decide({ host: 'localhost:3000', origin: 'https://evil.example' })).toBe(false);
    expect(decide({ host: '127.0.0.1:3000', origin: 'https://quiz.example.org' }, ['https://quiz.example.org'])).toBe(true);
  });
});

describe('DNS rebinding: a name this server does not answer to', () => {
  // A rebinding page points evil.example at this server: its requests are "same origin", Origin and Host agreeing.
  const rebound = { host: 'evil.example:3000', origin: 'http://evil.example:3000' };
  const decide = (headers: Record<string, string>, allowedOrigins: string[] = [], hosts = allowedHostNames()) => {
    let verdict: { ok: boolean; error: string | null | undefined } | undefined;
    allowSameOrigin(allowedOrigins, hosts)({ headers }, (error, ok) => (verdict = { ok, error }));
    return verdict!;
  };

  it('refuses its sockets, with or without an Origin (a polling handshake has none), and its state changes', () => {
    expect(decide(rebound)).toEqual({ ok: false, error: 'This server does not answer to the name "evil.example:3000". If it is this server\'s, add it to ALLOWED_HOSTS.' });
    expect(decide({ host: 'evil.example:3000' }).ok).toBe(false);
    expect(crossSiteProblem({ method: 'POST', ...rebound, secFetchSite: 'same-origin' })).toMatch(/does not answer to the name/);
    expect(crossSiteProblem({ method: 'GET', ...rebound, secFetchSite: 'same-origin' })).toBeNull(); // reads are not guarded here
  });

  it('answers to IP literals, localhost, this machine\'s names and the configured ones', () => {
    for (const host of ['127.0.0.1:3000', '192.168.1.20:3000', '[::1]:3000', '[fe80::1]', 'localhost:3000', 'app.localhost', `${hostname()}:3000`, `${hostname()}.local:3000`]) {
      expect(hostAllowed(host), host).toBe(true);
      expect(decide({ host, origin: `http://${host}` }).ok, host).toBe(true);
    }
    const hosts = allowedHostNames(['quiz.example.org'], ['https://play.example.org']);
    expect(hostAllowed('quiz.example.org', hosts)).toBe(true);
    expect(hostAllowed('QUIZ.example.org.:443', hosts)).toBe(true);
    expect(hostAllowed('play.example.org', hosts)).toBe(true);
    expect(hostAllowed('evil.example', hosts)).toBe(false);
    expect(hostAllowed(undefined)).toBe(true); // no Host: not a browser
  });

  it('does not take a look-alike for an address or for localhost', () => {
    for (const host of ['127.0.0.1.evil.example', 'localhost.evil.example', 'evil.example@127.0.0.1', 'evil.example/127.0.0.1', '']) {
      expect(hostAllowed(host), host).toBe(false);
    }
  });

  it('a proxy that renames the Host: an allowed Origin is enough, as before', () => {
    expect(decide({ host: 'cramjam-upstream:3000', origin: 'https://quiz.example.org' }, ['https://quiz.example.org']).ok).toBe(true);
    expect(crossSiteProblem({ method: 'POST', host: 'cramjam-upstream:3000', origin: 'https://quiz.example.org', secFetchSite: 'same-origin' }, ['https://quiz.example.org'])).toBeNull();
  });
});

describe('request bodies', () => {
  const request = (body: string, headers: Record<string, string> = {}) => new Request('http://localhost/x', { method: 'POST', body, headers });

  it('reads a small JSON body, and refuses a large one without reading it all', async () => {
    expect(await readJsonAtMost(request('{"deviceId":"abc"}'))).toEqual({ deviceId: 'abc' });
    expect(await readJsonAtMost(request('not json'))).toBeUndefined();
    expect(await readJsonAtMost(request(`{"x":"${'a'.repeat(5000)}"}`))).toBe(TOO_LARGE);
    expect(await readJsonAtMost(request('{}', { 'content-length': String(64 * 1024 * 1024) }))).toBe(TOO_LARGE);
  });

  it('counts bytes as they stream, whatever Content-Length says', async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024;
        controller.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    const streamed = new Request('http://localhost/x', { method: 'POST', body: endless, duplex: 'half' } as RequestInit);
    expect(await readJsonAtMost(streamed)).toBe(TOO_LARGE);
    expect(sent).toBeLessThan(16 * 1024);
  });
});

describe('addresses and headers', () => {
  it('knows an address that does not decode', () => {
    expect(decodable('/results/%zz')).toBe(false);
    expect(decodable('/results/%E0%A4%A')).toBe(false);
    expect(decodable('/results/abc?x=%zz')).toBe(true); // the query is the page's business
    expect(decodable('/join/123456')).toBe(true);
  });

  it('sends a nonce-based CSP that forbids framing, and the other headers', () => {
    const csp = contentSecurityPolicy('abc123');
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    // A bank's own images come from this server; an https image linked in a bank is allowed too.
    expect(csp).toContain("img-src 'self' data: blob: https:");
    expect(securityHeaders(csp)).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY' });
    expect(contentSecurityPolicy('n', true)).toContain("'unsafe-eval'");
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PhoneAssets } from './phone-page';

const bundle = vi.hoisted(() => ({ assets: null as PhoneAssets | null }));
vi.mock('./phone-assets', () => ({ phoneAssets: async () => bundle.assets }));
const { GET } = await import('./route');

const ASSETS: PhoneAssets = { script: '/phone/phone-AB12CD34.js', preload: [], stylesheet: '/phone/phone-ef567890.css' };
const open = (code: string) =>
  GET(new Request(`http://localhost/join/${code}`, { headers: { 'content-security-policy': "script-src 'nonce-abc'" } }), { params: Promise.resolve({ code }) });

afterEach(() => {
  bundle.assets = null;
  vi.restoreAllMocks();
});

describe('the route of /join/CODE', () => {
  it('without the phone bundle (next build run alone): a 503 page that says what to do, and the fix in the log once', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const code of ['123456', '654321']) {
      const response = await open(code);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toContain('<h1 class="text-3xl font-black">Not ready</h1>');
      expect(html).toContain('npm run build');
      expect(html).not.toContain('<script');
    }
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(/public\/phone\/manifest\.json is missing.*npm run build/);
  });

  it('a code that is not 6 or 8 digits: a 404 page that sends the player to enter it, styled, with no game script', async () => {
    bundle.assets = ASSETS;
    for (const code of ['abc', '12345', '1234567']) {
      const response = await open(code);
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toContain(`“${code}” is not a room code`);
      expect(html).toContain('<a href="/" class="game-button game-button-primary">Enter a room code</a>');
      expect(html).toContain('<link rel="stylesheet" href="/phone/phone-ef567890.css">');
      expect(html).not.toContain('<script');
    }
  });

  it("a room's code: the phone's page, its script carrying the request's nonce, never cached", async () => {
    bundle.assets = ASSETS;
    const response = await open('123456');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<script type="module" src="/phone/phone-AB12CD34.js" nonce="abc"></script>');
    expect(html).toContain('data-code="123456"');
  });

  it('an 8-digit code (a public server) is a room code too', async () => {
    bundle.assets = ASSETS;
    expect((await open('12345678')).status).toBe(200);
  });

  it("gives a browser without one the server's device cookie, HttpOnly, and keeps one it has", async () => {
    bundle.assets = ASSETS;
    const cookie = (await open('123456')).headers.get('set-cookie');
    expect(cookie).toMatch(/^cramjam_device=[\w-]{32}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    const again = await GET(new Request('http://localhost/join/123456', { headers: { cookie: cookie!.split(';')[0]! } }), { params: Promise.resolve({ code: '123456' }) });
    expect(again.status).toBe(200);
    expect(again.headers.get('set-cookie')).toBeNull();
  });
});

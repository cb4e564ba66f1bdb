import { deviceInCookies, newDeviceCookie } from '@/server/realtime/device-cookie';
import { roomCode } from '@/server/realtime/schemas';
import { phoneAssets } from './phone-assets';
import { noticePage, phonePage } from './phone-page';

/**
 * The phone's page. It is not a Next.js page: a phone on a slow network should
 * not load React and the App Router runtime (130 KB gzipped) to tap an answer.
 * It is the player app bundled with Preact by scripts/build-phone.mjs, whose
 * script carries this request's CSP nonce, as Next's own scripts do
 * (server/http/serve.ts puts the policy on the request).
 */

const NOT_BUILT =
  "public/phone/manifest.json is missing: the phone's page (/join/CODE) is built by `npm run build` (scripts/build-phone.mjs, then next build), not by `next build` alone.";
let warned = false;

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const assets = await phoneAssets();
  if (!assets) {
    if (!warned) console.error(NOT_BUILT);
    warned = true;
    const message = "Phones cannot join games on this server yet: it was built without the phone's page. Whoever runs the server: npm run build makes it.";
    return html(503, noticePage({ heading: 'Not ready', message }));
  }
  const { code } = await params;
  const room = roomCode.safeParse(code);
  if (!room.success) {
    const message = `“${code.slice(0, 12)}” is not a room code: a room code is the 6 or 8 digits on the host's screen.`;
    return html(404, noticePage({ heading: 'No such room', message, link: { href: '/', text: 'Enter a room code' }, stylesheet: assets.stylesheet }));
  }
  const nonce = /'nonce-([^']+)'/.exec(request.headers.get('content-security-policy') ?? '')?.[1] ?? '';
  // The browser's device id, before its socket opens: a kick keeps it out of this game (server/realtime/device-cookie.ts).
  const cookie: Record<string, string> = deviceInCookies(request.headers.get('cookie') ?? undefined) ? {} : { 'set-cookie': newDeviceCookie() };
  return html(200, phonePage({ code: room.data, nonce, assets }), cookie);
}

const html = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers } });

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { phonePage, type PhoneAssets } from './phone-page';

/**
 * The phone's page. It is not a Next.js page: a phone on a slow network should
 * not load React and the App Router runtime (130 KB gzipped) to tap an answer.
 * It is the player app bundled with Preact by scripts/build-phone.mjs, whose
 * script carries this request's CSP nonce, as Next's own scripts do
 * (server/http/serve.ts puts the policy on the request).
 */

let assets: Promise<PhoneAssets> | undefined;
function phoneAssets(): Promise<PhoneAssets> {
  // Read once per process: npm run build writes the bundle before Next builds.
  assets ??= readFile(path.join(process.cwd(), 'public', 'phone', 'manifest.json'), 'utf8').then((text) => JSON.parse(text) as PhoneAssets);
  return assets;
}

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  const nonce = /'nonce-([^']+)'/.exec(request.headers.get('content-security-policy') ?? '')?.[1] ?? '';
  const html = phonePage({ code, nonce, assets: await phoneAssets() });
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}

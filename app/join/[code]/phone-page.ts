/**
 * The phone's page around its script: the room's code for the script, this
 * request's CSP nonce on the script, and as its body what the player app first
 * renders ("Connecting…"), so the page reads the same before the script runs.
 */

export interface PhoneAssets {
  script: string;
  /** Chunks the script imports up front. */
  preload: string[];
  stylesheet: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function phonePage({ code, nonce, assets }: { code: string; nonce: string; assets: PhoneAssets }): string {
  const room = escapeHtml(code);
  const { script, preload, stylesheet } = assets;
  const nonced = `nonce="${escapeHtml(nonce)}"`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#5b4ef0">
<title>Playing · Cramjam</title>
<meta name="description" content="Live quiz games for study groups">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="icon" href="/favicon.ico" sizes="48x48">
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="/apple-icon.png">
<link rel="stylesheet" href="${stylesheet}">
<script type="module" src="${script}" ${nonced}></script>
${preload.map((chunk) => `<link rel="modulepreload" href="${chunk}" ${nonced}>`).join('\n')}
</head>
<body class="min-h-dvh bg-slate-50 text-slate-900 antialiased">
<div id="phone" data-code="${room}"><main data-theme="auto" class="flex h-dvh flex-col">
<header class="flex shrink-0 items-center gap-3 bg-accent px-3 py-2 text-on-accent"><span class="shrink-0 font-black">Cramjam</span><span class="min-w-0 flex-1 truncate text-right text-sm font-semibold">Room ${room}</span></header>
<div class="mx-auto flex min-h-0 w-full max-w-xl flex-1 flex-col overflow-y-auto"><p role="status" class="m-auto p-4 text-center text-muted">Connecting…</p></div>
<noscript><p class="p-4 text-center">Cramjam needs JavaScript to play.</p></noscript>
</main></div>
</body>
</html>
`;
}

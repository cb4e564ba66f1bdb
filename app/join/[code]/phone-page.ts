/**
 * The phone's page around its script: the room's code for the script, this
 * request's CSP nonce on the script, and as its body what the player app first
 * renders ("Connecting…"), so the page reads the same before the script runs.
 * And the pages that stand in for it when it cannot play: no such room, or no
 * phone bundle on this server.
 */

export interface PhoneAssets {
  script: string;
  /** Chunks the script imports up front. */
  preload: string[];
  stylesheet: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The document around a body: the app's name, icons and theme colour, as its Next.js pages have them. */
function page({ title, stylesheet, head = '', body }: { title: string; stylesheet?: string; head?: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#5b4ef0">
<title>${title}</title>
<meta name="description" content="Live quiz games for study groups">
<meta name="application-name" content="Cramjam">
<meta name="mobile-web-app-capable" content="yes">
<meta name="apple-mobile-web-app-title" content="Cramjam">
<meta name="apple-mobile-web-app-status-bar-style" content="default">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="icon" href="/favicon.ico" sizes="32x32">
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="/apple-icon.png">
${stylesheet ? `<link rel="stylesheet" href="${stylesheet}">\n` : ''}${head}</head>
<body class="min-h-dvh bg-slate-50 text-slate-900 antialiased">
${body}
</body>
</html>
`;
}

const HEADER = '<header class="flex shrink-0 items-center gap-3 bg-accent px-3 py-2 text-on-accent"><span class="shrink-0 font-black">Cramjam</span>';

export function phonePage({ code, nonce, assets }: { code: string; nonce: string; assets: PhoneAssets }): string {
  const room = escapeHtml(code);
  const { script, preload, stylesheet } = assets;
  const nonced = `nonce="${escapeHtml(nonce)}"`;
  const head = [`<script type="module" src="${script}" ${nonced}></script>`, ...preload.map((chunk) => `<link rel="modulepreload" href="${chunk}" ${nonced}>`)].join('\n');
  return page({
    title: 'Playing · Cramjam',
    stylesheet,
    head: `${head}\n`,
    body: `<div id="phone" data-code="${room}"><main data-theme="auto" class="flex h-dvh flex-col">
${HEADER}<span class="min-w-0 flex-1 truncate text-right text-sm font-semibold">Room ${room}</span></header>
<div class="mx-auto flex min-h-0 w-full max-w-xl flex-1 flex-col overflow-y-auto"><p role="status" class="m-auto p-4 text-center text-muted">Connecting…</p></div>
<noscript><p class="p-4 text-center">Cramjam needs JavaScript to play.</p></noscript>
</main></div>`,
  });
}

/** A page without the game: a heading, what happened, and a link on when there is somewhere to go; styled when the bundle's stylesheet exists. */
export function noticePage({ heading, message, link, stylesheet }: { heading: string; message: string; link?: { href: string; text: string }; stylesheet?: string }): string {
  const action = link ? `\n<a href="${link.href}" class="game-button game-button-primary">${escapeHtml(link.text)}</a>` : '';
  return page({
    title: `${escapeHtml(heading)} · Cramjam`,
    stylesheet,
    body: `<main data-theme="auto" class="flex h-dvh flex-col">
${HEADER}</header>
<div role="alert" class="m-auto flex flex-col items-center gap-3 p-4 text-center">
<h1 class="text-3xl font-black">${escapeHtml(heading)}</h1>
<p class="text-muted">${escapeHtml(message)}</p>${action}
</div>
</main>`,
  });
}

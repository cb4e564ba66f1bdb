/**
 * The phone's first-load JavaScript: opens the join page of a real room in
 * headless Chromium and sums the JavaScript it loads, gzipped here (level 9,
 * whatever the server sent) so the figure does not depend on the server's
 * compression. Then it joins, as a player would, and sums what loads after.
 *
 *   npm run bench:bundle -- [--top 8]
 *
 * It builds if stale and starts the production server on a scratch database
 * (DATABASE_URL's server, dropped after) or on the embedded Postgres in .data/bench.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from './browser.mjs';
import { benchDatabase, embeddedDatabaseUrl, findShippedBank } from './bench/database';
import { connectHost, createGame } from './bench/scenario';
import { buildIfStale, ROOT, startServer } from './bench/server';
import { collectScripts, total, type Script } from './bench/loaded-scripts';
import { bytes, table } from './bench/stats';

function report(label: string, scripts: Script[], top: number): string {
  const biggest = [...scripts].sort((a, b) => b.gzip - a.gzip).slice(0, top);
  return [
    `${label}: ${bytes(total(scripts, 'gzip'))} gzipped (${bytes(total(scripts, 'raw'))} as JavaScript) in ${scripts.length} files`,
    table(['file', 'gzipped', 'raw', ''], biggest.map((s) => [s.url, bytes(s.gzip), bytes(s.raw), ''])),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { top: { type: 'string', default: '8' } } });
  const top = Number(values.top);
  buildIfStale();
  const serverUrl = process.env.DATABASE_URL;
  const scratch = serverUrl ? await benchDatabase(serverUrl) : null;
  const dataDir = '.data/bench';
  const server = await startServer({ env: scratch ? { DATABASE_URL: scratch.url } : { CRAMJAM_DATA_DIR: dataDir }, profileDir: null });
  const browser = await chromium.launch({ executablePath: chromiumExecutable() });
  try {
    const bank = await findShippedBank(scratch?.url ?? embeddedDatabaseUrl(path.join(ROOT, dataDir)));
    const host = await connectHost(server.url);
    await createGame(host, bank.id, 1, 60);
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });

    const firstLoad = collectScripts(page);
    await page.goto(`${server.url}/join/${host.code}`, { waitUntil: 'networkidle' });
    await page.getByLabel('Nickname').waitFor();
    const loaded = await firstLoad.stop();

    const afterJoin = collectScripts(page);
    await page.getByLabel('Nickname').fill('Bundle');
    await page.getByRole('button', { name: 'Join game' }).click();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const joined = await afterJoin.stop();
    host.socket.disconnect();

    console.log(`\n${report(`join page /join/${host.code}, first load`, loaded, top)}\n`);
    console.log(`${report('after joining (loaded while the lobby waits for the first question)', joined, top)}\n`);
    console.log(`summary: join page first-load JS ${bytes(total(loaded, 'gzip'))} gzipped, ${bytes(total(joined, 'gzip'))} more after joining`);
  } finally {
    await browser.close();
    await server.stop();
    await scratch?.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);

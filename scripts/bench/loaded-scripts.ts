import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

/** A JavaScript file a page loaded, with its size as sent and gzipped here (level 9, whatever the server sent). */
export interface Script {
  url: string;
  raw: number;
  gzip: number;
}

/** Every JavaScript file the page loads from now on, until `stop()`. */
export function collectScripts(page: Page): { stop(): Promise<Script[]> } {
  const pending: Promise<Script | null>[] = [];
  const listener = (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(response.body().then(
      (body) => ({ url: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }),
      () => null,
    ));
  };
  page.on('response', listener);
  return {
    async stop() {
      page.off('response', listener);
      return (await Promise.all(pending)).filter((s): s is Script => s !== null);
    },
  };
}

export const total = (scripts: Script[], key: 'raw' | 'gzip') => scripts.reduce((sum, s) => sum + s[key], 0);

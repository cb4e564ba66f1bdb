import path from 'node:path';
import { benchDatabase, embeddedDatabaseUrl } from './database';
import type { BenchOptions } from './options';
import { buildIfStale, ROOT, startServer, waitForHealth } from './server';

/** The server under test: one started here (and stopped at the end), or one already running at --url. */
export interface Target {
  url: string;
  /** for /proc readings; null when unknown */
  pid: number | null;
  /** the server's database, for the bank id and the row checks; null when unknown */
  databaseUrl: string | null;
  description: string;
  /** resolves with the server's exit code and last output if it exits before release(); never for --url */
  crashed: Promise<string>;
  /** SIGTERM to the server started here; resolves with the ms until it exited (null with --url) */
  stop(): Promise<number | null>;
  /** stops what was started here; safe to call twice */
  release(): Promise<void>;
}

const DATA_DIR = '.data/bench';

export async function prepareTarget(options: BenchOptions, onRelease: (release: () => Promise<void>) => void): Promise<Target> {
  if (options.url) {
    await waitForHealth(options.url, 10_000);
    return {
      url: options.url,
      pid: options.serverPid,
      databaseUrl: process.env.DATABASE_URL ?? null,
      description: `already running at ${options.url}${options.serverPid ? ` (pid ${options.serverPid})` : ''}`,
      crashed: new Promise(() => {}),
      stop: async () => null,
      release: async () => {},
    };
  }
  buildIfStale();
  const releases: (() => Promise<void>)[] = [];
  let released = false;
  let stopped = false; // by stop(): not a crash
  const release = async () => {
    if (released) return;
    released = true;
    for (const step of releases.reverse()) await step().catch((e: unknown) => console.error(`cleanup: ${String(e)}`));
  };
  onRelease(release); // registered before anything starts, so Ctrl-C during start-up cleans up too

  const serverDatabase = process.env.DATABASE_URL;
  const scratch = serverDatabase ? await benchDatabase(serverDatabase) : null;
  if (scratch) releases.push(() => scratch.drop());
  const profileDir = options.profile ? path.join(ROOT, DATA_DIR, 'profiles') : null;
  const server = await startServer({
    env: scratch ? { DATABASE_URL: scratch.url } : { CRAMJAM_DATA_DIR: DATA_DIR },
    profileDir,
  }).catch(async (error: unknown) => {
    await release();
    throw error;
  });
  releases.push(() => server.stop());
  const where = scratch ? `scratch database ${scratch.name} (dropped at the end)` : `embedded Postgres in ${DATA_DIR}`;
  return {
    url: server.url,
    pid: server.pid,
    databaseUrl: scratch ? scratch.url : embeddedDatabaseUrl(path.join(ROOT, DATA_DIR)),
    description: `started here: pid ${server.pid}, ${server.url}, ${where}${profileDir ? `, CPU profile to ${profileDir}` : ''}`,
    crashed: server.exited.then((code) =>
      released || stopped
        ? new Promise<string>(() => {}) // stopped by us
        : `the server exited (code ${code}) in the middle of the run; its last output:\n${server.recentOutput()}`,
    ),
    stop: async () => {
      stopped = true;
      const sent = performance.now();
      await server.stop();
      return performance.now() - sent;
    },
    release,
  };
}

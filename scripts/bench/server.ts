import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/** The real Cramjam server as a child process, so the bench and the server do not share an event loop. */

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  pid: number;
  /** the child process itself (its IPC channel when started with `ipc`) */
  child: ChildProcess;
  url: string;
  /** the last lines the server printed, for when it fails */
  recentOutput(): string;
  /** resolves with the exit code once the process is gone */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export function buildIfStale(): void {
  const result = spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The production build failed: see the output above.');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  env: Record<string, string>;
  /** write a V8 CPU profile here on exit */
  profileDir: string | null;
  /** default: a free one */
  port?: number;
  /** prefixes its output lines (several nodes) */
  label?: string;
  /** more Node options, before the server's entry point */
  nodeArgs?: string[];
  /** open an IPC channel to the child */
  ipc?: boolean;
}

export async function startServer({ env, profileDir, port: wanted, label = 'server', nodeArgs = [], ipc = false }: StartOptions): Promise<ServerProcess> {
  const port = wanted ?? (await freePort());
  const args = ['--import', 'tsx', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...nodeArgs, 'server/index.ts'];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    // Rate limits off: the bench's thousands of clients all come from 127.0.0.1.
    env: { ...process.env, CRAMJAM_RATE_LIMITS: 'off', LOG_LEVEL: 'warn', ...env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1' },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: a Ctrl-C reaches only the script, which stops it in order
  });
  const output = keepTail(child, label);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const server: ServerProcess = {
    pid: child.pid!,
    child,
    url: `http://127.0.0.1:${port}`,
    recentOutput: output,
    exited,
    stop: () => stopChild(child, exited),
  };
  await waitForHealth(server.url, 120_000, exited, output);
  return server;
}

/** Keeps the last lines of the child's output and echoes warnings as they come. */
function keepTail(child: ChildProcess, label: string): () => string {
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 40) lines.shift();
      process.stderr.write(`  [${label}] ${line.length > 300 ? `${line.slice(0, 300)}…` : line}\n`);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return () => lines.join('\n');
}

export async function waitForHealth(url: string, timeoutMs: number, exited?: Promise<number | null>, output?: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone: number | null | undefined;
  void exited?.then((code) => (gone = code));
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`The server exited (code ${gone}) before it was healthy.\n${output?.() ?? ''}`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url}/api/health did not answer 200 within ${timeoutMs / 1000} s.\n${output?.() ?? ''}`);
}

/** SIGTERM, then SIGKILL if it has not exited after 20 s. */
async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

export async function connectedClients(url: string): Promise<number | null> {
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) });
    const body = (await response.json()) as { realtime?: { clients?: number } };
    return body.realtime?.clients ?? null;
  } catch {
    return null;
  }
}

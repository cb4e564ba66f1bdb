/**
 * Several Cramjam nodes on one machine, behind nginx on one port, to try the
 * multi-node mode:
 *
 *   DATABASE_URL=postgresql://... REDIS_URL=redis://127.0.0.1:6379 npm run start:cluster -- [--nodes 3] [--port 3000]
 *
 * The proxy listens on --port (default PORT, else 3000) and the nodes on the
 * ports after it. Ctrl-C stops the nodes (each lets go of its games and stores
 * every accepted answer) and then nginx.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfStale, type ServerProcess } from './bench/server';
import { startNginx, type Proxy } from './cluster/nginx';
import { CLUSTER_DIR, startNodes } from './cluster/nodes';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { nodes: { type: 'string', default: '3' }, port: { type: 'string' } }, strict: true });
  const count = Number(values.nodes);
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(count) || count < 1 || count > 16) throw new Error('--nodes must be a whole number from 1 to 16.');
  if (!Number.isInteger(port) || port < 1 || port + count > 65535) throw new Error('--port must be a port number.');
  if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL: the nodes share one PostgreSQL (createdb cramjam; DATABASE_URL=postgresql://localhost/cramjam).');
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

  buildIfStale();
  const running: { nodes: ServerProcess[]; proxy?: Proxy } = { nodes: [] };
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping the nodes, then nginx…');
    await Promise.all(running.nodes.map((n) => n.stop()));
    await running.proxy?.stop();
    const codes = await Promise.all(running.nodes.map((n) => n.exited));
    console.log(`stopped (the nodes exited with ${codes.join(', ')}; 0 is a clean stop)`);
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));

  // Rate limits on (startServer turns them off for benches), counted by the address nginx saw.
  const nodes = (running.nodes = await startNodes({ count, firstPort: port + 1, env: { REDIS_URL: redisUrl, CRAMJAM_RATE_LIMITS: 'on', TRUST_PROXY: '1' } }));
  for (const node of nodes) void node.exited.then((code) => !stopping && console.error(`a node (pid ${node.pid}) exited with code ${code}; the others take its games over`));
  const proxy = (running.proxy = await startNginx(port, nodes.map((n) => new URL(n.url).host), path.join(CLUSTER_DIR, `nginx-${port}`)));
  console.log(`Cramjam: ${count} nodes (${nodes.map((n) => `${n.url} pid ${n.pid}`).join(', ')})`);
  console.log(`behind nginx at ${proxy.url}, on Redis ${redisUrl}. Ctrl-C stops them all.`);
  return new Promise<number>(() => {}); // until Ctrl-C
}

main().catch((error: unknown) => {
  console.error(`start:cluster: ${(error as Error).message}`);
  process.exit(1);
});

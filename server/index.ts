import { readFileSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import pino from 'pino';
import { Server } from 'socket.io';
import { joinCluster } from './cluster';
import { loadConfig } from './config';
import { monotonicClock } from './game/clock';
import { hardenedHandler } from './http/serve';
import { allowedHostNames, allowSameOrigin } from './http/request-guard';
import { phoneOrigin } from './lan';
import { Gate } from './realtime/gate';
import { attachRealtime } from './realtime/handlers';
import { HEARTBEAT } from './realtime/heartbeat';
import { RateLimits, rateLimitsWith } from './realtime/rate-limit';
import { restoreRooms } from './realtime/restore-rooms';
import { closeSockets, settleRooms } from './realtime/shutdown';
import { splicingParser } from './realtime/spliced-json';
import { importShippedBanks } from './banks/shipped-banks';
import { parseBankOffThread } from './banks/parse/off-thread';
import { savedImageCache } from './banks/image-route';
import { PreviewImages } from './banks/preview-images';
import { backfillQuestionKeys } from './banks/store/question-keys';
import { memoryAfterRounds } from './groups/round-memory';
import { setAppContext } from './context';
import type { ClientToServerEvents, ServerToClientEvents } from '../common/protocol';
import { createDb, migrateDatabase, pingDb } from './store/db';

// Composition root: database, Next.js, Socket.IO on one port. Nothing else lives here.

const root = path.resolve(import.meta.dirname, '..');
const config = configOrExit();
const log = pino({ level: config.LOG_LEVEL });
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

async function main() {
  // The port first: a process that cannot serve exits here, before it touches a database, restores a game or joins a cluster.
  // Until everything is in place (and again from SIGTERM on) the gate answers "try again in a moment".
  const gate = new Gate();
  const httpServer = createServer(gate.requests);
  const allowedHosts = allowedHostNames(config.ALLOWED_HOSTS, config.ALLOWED_ORIGINS);
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(httpServer, {
    allowRequest: gate.allowRequest(allowSameOrigin(config.ALLOWED_ORIGINS, allowedHosts)),
    // Replays missed packets after a short drop; a full resync still follows every (re)connect.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: true },
    ...HEARTBEAT,
    // One node: a reveal reaches each phone as one message, spliced from JSON made once (realtime/player-screens.ts).
    ...(config.REDIS_URL ? {} : { parser: splicingParser }),
  });
  await listen(httpServer, config.PORT, config.HOST);

  // Loaded only when used: nothing of the embedded database's package runs with DATABASE_URL.
  const embedded = config.DATABASE_URL
    ? undefined
    : await (await import('./store/embedded-postgres')).startEmbeddedPostgres(path.resolve(root, config.CRAMJAM_DATA_DIR, 'postgres'), (m) => log.warn(m));
  const databaseUrl = config.DATABASE_URL ?? embedded!.url;
  const applied = await migrateDatabase(databaseUrl);
  if (applied.length) log.info({ applied }, 'applied migrations');
  const db = createDb(databaseUrl);
  const keyed = await backfillQuestionKeys(db);
  if (keyed) log.info({ questions: keyed }, 'gave the questions of banks stored before keys existed their stable keys');
  for (const bank of await importShippedBanks(db)) if (bank.created) log.info(bank, 'imported a shipped question bank');

  const app = next({ dev: config.NODE_ENV === 'development', dir: root, hostname: config.HOST, port: config.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();

  setAppContext({
    db,
    version,
    pingDatabase: () => pingDb(db),
    realtime: { listening: () => httpServer.listening, connectedClients: () => io.engine.clientsCount },
    parseUpload: (job) => parseBankOffThread(job),
    previewImages: new PreviewImages(),
    imageCache: savedImageCache(db, config.CRAMJAM_IMAGE_CACHE_MB * 1024 * 1024),
    guessLimits: config.CRAMJAM_RATE_LIMITS === 'off' ? undefined : new RateLimits(),
  });

  // Several nodes (REDIS_URL): games are shared through Redis and leased in Postgres (server/cluster).
  const cluster = config.REDIS_URL
    ? await joinCluster(io, {
      databaseUrl, log, redisUrl: config.REDIS_URL, nodeId: config.CRAMJAM_NODE_ID, leaseMs: config.CRAMJAM_LEASE_MS,
      redisPrefix: config.CRAMJAM_REDIS_PREFIX, accepting: () => gate.open,
    })
    : undefined;
  // Study groups: a closed round's members' answers go into their memory, off the answer path.
  const memory = memoryAfterRounds(db, log);
  const roomDeps = {
    io, db, clock: monotonicClock, log, lanOrigin: phoneOrigin(config.HOST, config.PORT), leases: cluster?.leases, roundClosed: memory.roundClosed,
  };
  const rooms = attachRealtime(io, roomDeps, {
    limits: config.CRAMJAM_RATE_LIMITS === 'off' ? null : rateLimitsWith(config.CRAMJAM_ROOMS_PER_HOUR),
    trustedProxies: config.TRUST_PROXY,
    connectionsPerAddress: config.CRAMJAM_MAX_CONNECTIONS_PER_ADDRESS,
    codeDigits: config.CRAMJAM_ROOM_CODE_DIGITS,
    route: cluster?.route,
  });
  if (cluster) await cluster.start(roomDeps, rooms); // its sweeper takes the games nobody serves
  else {
    io.on('connection', (socket) => gate.guard(socket)); // several nodes: the router asks the gate itself
    const restored = await restoreRooms(roomDeps, rooms); // before the gate opens: hosts and phones come back to them
    if (restored.restored + restored.ended > 0) log.warn(restored, 'took back the games a previous run was hosting');
  }

  gate.openUp(hardenedHandler(handle, { dev: config.NODE_ENV === 'development', allowedOrigins: config.ALLOWED_ORIGINS, allowedHosts, trustedProxies: config.TRUST_PROXY }));
  // Phones need the Wi-Fi address, not localhost: the ready line says both.
  const phones = roomDeps.lanOrigin ?? undefined;
  log.info({ url: `http://localhost:${config.PORT}`, phones, database: embedded ? 'embedded' : 'DATABASE_URL', version, node: cluster?.nodeId }, phones ? `Cramjam is ready: phones join at ${phones}` : 'Cramjam is ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      log.warn({ signal }, 'stopping now, without waiting'); // a second Ctrl-C
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'shutting down');
    // Never hang on a stuck connection: whatever is left after 15 s is abandoned.
    setTimeout(() => {
      log.error('shutdown took over 15 s; exiting');
      process.exit(1);
    }, 15_000).unref();
    // Nothing new from here; what was queued is stored and acknowledged (or refused) while the sockets are open.
    gate.shut();
    await Promise.all([settleRooms(rooms), cluster?.settle()]);
    await memory.settled();
    await closeSockets(io); // and the http server
    await cluster?.stop(); // lets go of its games: the other nodes take them at once
    await app.close();
    await db.$disconnect();
    await embedded?.stop();
    log.info('stopped cleanly');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal));
}

/** Binds the port, or rejects (EADDRINUSE, EACCES): then main() fails and the process exits 1. */
function listen(server: HttpServer, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** The settings, or a plain message and exit 1: a wrong setting is the operator's to fix, not a crash with a stack. */
function configOrExit() {
  try {
    return loadConfig();
  } catch (error) {
    console.error(`Cramjam cannot start. ${(error as Error).message}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, 'Cramjam could not start');
  process.exit(1);
});

import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Logger } from 'pino';
import type { GameServer, RoomDeps } from '../realtime/game-room';
import type { GameSocket } from '../realtime/handlers';
import type { Rooms } from '../realtime/rooms';
import { createDb } from '../store/db';
import { NodeChannel } from './forward';
import { LeaseKeeper } from './leases';
import { connectRedis } from './redis';
import { Router, type Forwarded } from './router';
import { Sweeper } from './sweeper';

export interface ClusterOptions {
  /** the shared PostgreSQL: game leases get a pool of their own on it */
  databaseUrl: string;
  log: Logger;
  redisUrl: string;
  nodeId: string;
  leaseMs: number;
}

const MOVES_CHANNEL = 'cramjam:moved';

/**
 * Several nodes (REDIS_URL): joins the others through Redis. The Socket.IO Redis
 * Streams adapter carries every emit to the node that holds the socket; game
 * leases in Postgres say which node owns which game; commands go to the owner on
 * per-node channels; a sweeper takes over the games of a node that died.
 */
export async function joinCluster(io: GameServer, options: ClusterOptions) {
  const { log, nodeId, leaseMs } = options;
  const pub = await connectRedis(options.redisUrl, log, 'pub');
  const sub = await connectRedis(options.redisUrl, log, 'sub');
  io.adapter(createAdapter(pub, { streamName: 'cramjam', maxLen: 100_000, readCount: 500 }));
  let router: Router | undefined;
  let sweeper: Sweeper | undefined;
  let rooms: Rooms | undefined;
  let serve: ((socket: GameSocket) => void) | undefined;
  let mayGuess: ((socket: GameSocket) => void) | undefined;

  const leaseDb = createDb(options.databaseUrl); // a pool of its own: see LeaseKeeper
  const keeper = new LeaseKeeper(leaseDb, nodeId, leaseMs, log, (gameId) => {
    // Another node owns it now, or this node could not renew in time: drop it, say nothing more, and let its sockets here resume there.
    const room = rooms?.get(gameId);
    if (room) rooms!.remove(room);
    router?.forget(gameId);
    router?.resync(gameId);
  });
  const channel = new NodeChannel(pub, sub, nodeId, log,
    (body, from) => router!.handle(body as Forwarded, from),
    (body) => router?.closeServed((body as { closed: string }).closed));

  return {
    nodeId,
    leases: keeper,
    /** for attachRealtime: the connection handlers, served through the router, and its room-code guess limit */
    route(handlers: (socket: GameSocket) => void, guessLimit: (socket: GameSocket) => void): void {
      serve = handlers;
      mayGuess = guessLimit;
    },
    /** Before listening: starts routing, renewing and sweeping. */
    async start(deps: RoomDeps, liveRooms: Rooms): Promise<void> {
      rooms = liveRooms;
      router = new Router(deps, liveRooms, serve!, mayGuess!, keeper, () => channel, log, (gameId) => void pub.publish(MOVES_CHANNEL, gameId));
      await channel.start();
      await sub.subscribe(MOVES_CHANNEL, (gameId) => router!.resync(gameId));
      // Redis came back after a gap: emits may have been lost, so every socket here gets its whole screen again.
      let gap = false;
      sub.on('error', () => (gap = true));
      sub.on('ready', () => {
        if (!gap) return;
        gap = false;
        setTimeout(() => router!.resync(), 500);
      });
      router.listen();
      keeper.start();
      sweeper = new Sweeper(leaseDb, pub, keeper, router, liveRooms, log);
      sweeper.start();
    },
    /** After the rooms settled: lets go of every game at once, so the other nodes take them without waiting. */
    async stop(): Promise<void> {
      sweeper?.stop();
      keeper.stop();
      channel.stop();
      for (const gameId of keeper.owns()) await keeper.release(gameId).catch(() => {});
      await Promise.allSettled([pub.quit(), sub.quit(), leaseDb.$disconnect()]);
    },
  };
}

export type Cluster = Awaited<ReturnType<typeof joinCluster>>;

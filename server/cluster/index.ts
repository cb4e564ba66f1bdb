import type { Logger } from 'pino';
import type { GameServer, RoomDeps } from '../realtime/game-room';
import type { GameSocket } from '../realtime/connection';
import type { Rooms } from '../realtime/rooms';
import { createDb } from '../store/db';
import { NodeChannel } from './forward';
import { LeaseKeeper } from './leases';
import { connectRedis, streamsAdapter } from './redis';
import { redisKeys } from './redis-keys';
import { Router, type Forwarded } from './router';
import { Sweeper } from './sweeper';

export interface ClusterOptions {
  /** the shared PostgreSQL: game leases get a pool of their own on it */
  databaseUrl: string;
  log: Logger;
  redisUrl: string;
  nodeId: string;
  leaseMs: number;
  /** CRAMJAM_REDIS_PREFIX: every key and channel of this deployment starts with it */
  redisPrefix: string;
  /** false while the node is starting or stopping: it takes no new command (realtime/gate.ts) */
  accepting: () => boolean;
}

/**
 * Several nodes (REDIS_URL): joins the others through Redis. The Socket.IO Redis
 * Streams adapter carries every emit to the node that holds the socket; game
 * leases in Postgres say which node owns which game; commands go to the owner on
 * per-node channels; a sweeper takes over the games of a node that died.
 */
export async function joinCluster(io: GameServer, options: ClusterOptions) {
  const { log, nodeId, leaseMs } = options;
  const keys = redisKeys(options.redisPrefix);
  const pub = await connectRedis(options.redisUrl, log, 'pub');
  const sub = await connectRedis(options.redisUrl, log, 'sub');
  io.adapter(streamsAdapter(pub, keys));
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
  const channel = new NodeChannel(pub, sub, nodeId, keys, log,
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
    /** Once the port is bound (a node no client can reach must take no game): starts routing, renewing and sweeping. */
    async start(deps: RoomDeps, liveRooms: Rooms): Promise<void> {
      rooms = liveRooms;
      router = new Router(deps, liveRooms, serve!, mayGuess!, keeper, () => channel, log, (gameId) => void pub.publish(keys.moved, gameId), options.accepting);
      await channel.start();
      await sub.subscribe(keys.moved, (gameId) => router!.resync(gameId));
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
      sweeper = new Sweeper(leaseDb, pub, keys, keeper, router, liveRooms, log);
      sweeper.start();
    },
    /** Stopping: takes no more games, and waits for the answers to this node's sockets' commands (the rooms settle meanwhile). */
    async settle(): Promise<void> {
      sweeper?.stop();
      await router?.settle();
    },
    /** After the rooms settled and the sockets closed: lets go of every game at once, so the other nodes take them without waiting. */
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

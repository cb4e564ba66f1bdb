import type { Logger } from 'pino';
import type { RoomDeps } from '../realtime/game-room';
import { RESTARTING } from '../realtime/gate';
import { deviceInCookies } from '../realtime/device-cookie';
import type { GameSocket } from '../realtime/connection';
import { MOVED } from '../realtime/event-table';
import { Refusal } from '../realtime/refusal';
import { restoreRoom } from '../realtime/restore-rooms';
import type { Rooms } from '../realtime/rooms';
import { loadUnfinishedGames } from '../store/live-games';
import { leaseOf } from '../store/leases';
import type { NodeChannel } from './forward';
import type { LeaseKeeper } from './leases';
import { RemoteSocket, type Peer } from './remote-socket';

/** A command from a socket, on its way to the owner of its game. */
export interface Forwarded {
  socketId: string;
  event: string;
  payload: unknown;
  /** the game it is for; none: any node serves it (creating a game, an unknown code) */
  gameId?: string;
  /** the player this socket plays as, so a new owner can bind it again (failover) */
  player?: { gameId: string; playerToken: string };
  /** who the client is, for the owner's rate limits */
  peer: Peer;
}

/** What the owner answers: the ack for the client, or "not mine" (the sender looks again). */
export type Served = { reply: unknown } | 'moved';

/** A socket held by this node and what it is known to be. */
interface Route {
  socket: GameSocket;
  player?: { gameId: string; playerToken: string };
  host?: { gameId: string; hostToken: string };
  /** nodes that serve (or served) its commands, to tell them when it goes */
  nodes: Set<string>;
}

export const NO_ANSWER = { ok: false, code: 'retry', error: 'The game server did not answer in time. Try again.' } as const;
const FAILED = { ok: false, code: 'server', error: 'Something went wrong on the server. Try again.' } as const;

type Payload = { gameId?: unknown; code?: unknown } | undefined;
type Reply = { ok: boolean; data?: Record<string, unknown> };

/**
 * Several nodes: any node holds any socket, one node owns each game. Every event
 * from a socket held here is sent to its game's owner (this node included, with
 * no hop), which runs the usual handlers on a RemoteSocket standing for it. An
 * owner that stopped renewing is taken over here, through the restore path.
 */
export class Router {
  private readonly routes = new Map<string, Route>();
  /** connections served here, by socket id */
  private readonly served = new Map<string, RemoteSocket>();
  private readonly owners = new Map<string, string>();
  private readonly codes = new Map<string, string>();
  private readonly taking = new Map<string, Promise<boolean>>();
  /** commands from sockets held here that have not been answered yet */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly deps: RoomDeps,
    private readonly rooms: Rooms,
    /** the realtime handlers for one connection (attachRealtime's) */
    private readonly serve: (socket: GameSocket) => void,
    /** throws a Refusal when this client has no room-code guesses left (attachRealtime's) */
    private readonly mayGuess: (socket: GameSocket) => void,
    private readonly keeper: LeaseKeeper,
    private readonly channel: () => NodeChannel,
    private readonly log: Logger,
    private readonly announceMove: (gameId: string) => void,
    /** false while the node is starting or stopping (realtime/gate.ts): it takes no new command */
    private readonly accepting: () => boolean,
  ) {}

  get nodeId(): string {
    return this.keeper.nodeId;
  }

  /** Real sockets come here; the handlers run on RemoteSockets, on the owner. */
  listen(): void {
    this.deps.io.on('connection', (socket) => this.accept(socket));
  }

  private accept(socket: GameSocket): void {
    const route: Route = { socket, nodes: new Set() };
    this.routes.set(socket.id, route);
    socket.onAny((event: string, ...args: unknown[]) => {
      const ack = args.at(-1);
      if (typeof ack !== 'function') return;
      const answered = this.send(route, event, args.length > 1 ? args[0] : undefined).then((reply) => (ack as (r: unknown) => void)(reply));
      this.inFlight.add(answered);
      void answered.finally(() => this.inFlight.delete(answered));
    });
    socket.on('disconnect', () => {
      this.routes.delete(socket.id);
      for (const node of route.nodes) {
        if (node === this.nodeId) this.closeServed(socket.id);
        else this.channel().notify(node, { closed: socket.id });
      }
    });
  }

  /** Sends one event to its game's owner and returns the ack for the client. */
  private async send(route: Route, event: string, payload: unknown): Promise<unknown> {
    if (!this.accepting()) return RESTARTING;
    try {
      return await this.trySend(route, event, payload);
    } catch (error) {
      this.log.error({ err: error, event }, 'could not route a command');
      return NO_ANSWER;
    }
  }

  private async trySend(route: Route, event: string, payload: unknown): Promise<unknown> {
    const refused = this.outOfGuesses(route, payload as Payload);
    if (refused) return refused;
    const gameId = await this.gameOf(route, event, payload as Payload);
    const { address, headers } = route.socket.handshake;
    const peer: Peer = { address, forwardedFor: headers['x-forwarded-for'], device: deviceInCookies(headers.cookie) };
    for (let attempt = 0; attempt < 3; attempt++) {
      const owner = gameId ? await this.locate(gameId) : this.nodeId;
      route.nodes.add(owner);
      const request: Forwarded = { socketId: route.socket.id, event, payload, gameId, player: route.player, peer };
      const served = owner === this.nodeId ? await this.handle(request, this.nodeId) : await this.channel().request(owner, request);
      if (served === 'moved' || served === 'timeout') this.owners.delete(gameId!);
      if (served === 'moved') continue;
      if (served === 'timeout') return NO_ANSWER;
      if (typeof served !== 'object' || served === null) return FAILED;
      const reply = (served as { reply: Reply }).reply;
      this.learn(route, event, payload as Payload, reply);
      return reply;
    }
    return MOVED;
  }

  /**
   * A client out of room-code guesses is refused here, on the node that holds its
   * socket, before the code is looked up: served on the game's owner, a right code
   * would be answered where a wrong one is refused, and the limit would tell.
   */
  private outOfGuesses(route: Route, payload: Payload): { ok: false; code: string; error: string } | undefined {
    if (typeof payload?.code !== 'string') return undefined;
    try {
      this.mayGuess(route.socket);
      return undefined;
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, code: error.code, error: error.message };
      throw error;
    }
  }

  /** Which game an event is for: named by id, by room code, or (an answer) the one this socket plays in. */
  private async gameOf(route: Route, event: string, payload: Payload): Promise<string | undefined> {
    if (typeof payload?.gameId === 'string') return payload.gameId;
    if (typeof payload?.code === 'string') return this.gameWithCode(payload.code);
    if (event === 'player:answer') return route.player?.gameId;
    return undefined;
  }

  private async gameWithCode(code: string): Promise<string | undefined> {
    const known = this.codes.get(code);
    if (known) return known;
    const game = await this.keeper.db.game.findUnique({ where: { liveCode: code }, select: { id: true } });
    if (game) this.codes.set(code, game.id);
    if (this.codes.size > 10_000) this.codes.clear(); // codes of ended games are reused: stay small
    return game?.id;
  }

  /** What a socket proved it is, so it can be bound again on a new owner or after Redis came back. */
  private learn(route: Route, event: string, payload: Payload, reply: Reply): void {
    if (!reply.ok || !reply.data) return;
    const data = reply.data as { gameId?: string; playerToken?: string; hostToken?: string };
    if ((event === 'player:join' || event === 'player:resume') && data.gameId && data.playerToken) {
      route.player = { gameId: data.gameId, playerToken: data.playerToken };
    } else if (event === 'host:create' && data.gameId && data.hostToken) {
      route.host = { gameId: data.gameId, hostToken: data.hostToken };
    } else if (event === 'host:resume' && payload && typeof payload.gameId === 'string') {
      route.host = { gameId: payload.gameId, hostToken: (payload as { hostToken: string }).hostToken };
    }
  }

  /** The node that owns the game; takes it over when its lease expired. This node when nobody can (ended, unknown). */
  private async locate(gameId: string): Promise<string> {
    if (this.rooms.get(gameId)) {
      if (this.keeper.live(gameId)) return this.nodeId;
      this.keeper.lose(gameId); // this node's hold ran out: it must not serve the game any more
    }
    const cached = this.owners.get(gameId);
    if (cached) return cached;
    const lease = await leaseOf(this.keeper.db, gameId);
    if (lease && !lease.expired && lease.owner !== this.nodeId) {
      this.owners.set(gameId, lease.owner);
      return lease.owner;
    }
    if (await this.takeOver(gameId)) return this.nodeId;
    const now = await leaseOf(this.keeper.db, gameId);
    return now && !now.expired && now.owner !== this.nodeId ? now.owner : this.nodeId;
  }

  /** Takes the lease of a game nobody serves and rebuilds it from Postgres; one attempt at a time per game. */
  takeOver(gameId: string): Promise<boolean> {
    const running = this.taking.get(gameId);
    if (running) return running;
    const attempt = this.tryTakeOver(gameId).finally(() => this.taking.delete(gameId));
    this.taking.set(gameId, attempt);
    return attempt;
  }

  private async tryTakeOver(gameId: string): Promise<boolean> {
    if (this.rooms.get(gameId) && this.keeper.live(gameId)) return true;
    const lease = await this.keeper.take(gameId);
    if (!lease) return false;
    const [game] = await loadUnfinishedGames(this.deps.db, gameId);
    const restored = game !== undefined && (await restoreRoom(this.deps, this.rooms, game, lease));
    if (!restored) {
      await this.keeper.release(gameId);
      return false;
    }
    this.owners.delete(gameId);
    this.log.warn({ gameId, epoch: lease.fence.epoch }, 'took over a game whose owner stopped renewing');
    this.announceMove(gameId);
    return true;
  }

  /** Shutdown: resolves once every command from a socket held here has its ack (a forwarded one, within FORWARD_TIMEOUT_MS). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  /** Serves a command for a socket held here or on another node. */
  async handle(request: Forwarded, from: string): Promise<Served> {
    // Stopping: "not mine", so the sender's phone tries again and reaches the node that takes the game next.
    if (!this.accepting()) return 'moved';
    const { gameId } = request;
    if (gameId && !(this.rooms.get(gameId) && this.keeper.live(gameId))) return 'moved';
    let socket = this.served.get(request.socketId);
    const fresh = !socket;
    if (!socket) {
      socket = new RemoteSocket(this.deps.io, request.socketId, from, request.peer);
      this.served.set(request.socketId, socket);
      this.serve(socket.asSocket());
    }
    const { player } = request;
    if (fresh && player && player.gameId === gameId && request.event !== 'player:resume' && request.event !== 'player:join') {
      await socket.call('player:resume', player); // first command here since a failover: bind it to its player again
    }
    if (gameId) socket.gameId = gameId;
    return { reply: await socket.call(request.event, request.payload) };
  }

  /** A notice from another node: one of its sockets closed. */
  closeServed(socketId: string): void {
    this.served.get(socketId)?.close();
    this.served.delete(socketId);
  }

  /** The game is not this node's (any more): forget its connections here, and where it lives. */
  forget(gameId: string): void {
    this.owners.delete(gameId);
    for (const [id, socket] of this.served) if (socket.gameId === gameId) this.served.delete(id);
  }

  /**
   * The game moved (or Redis came back after a gap): every socket held here that
   * plays or hosts it resumes on its owner, which binds it again and sends it its
   * whole current screen. Nothing is asked of the browser.
   */
  resync(gameId?: string): void {
    if (gameId) this.owners.delete(gameId);
    for (const route of this.routes.values()) {
      if (route.player && (!gameId || route.player.gameId === gameId)) void this.send(route, 'player:resume', route.player);
      if (route.host && (!gameId || route.host.gameId === gameId)) void this.send(route, 'host:resume', route.host);
    }
  }

  /** The origins of connections served here, to find those whose node died. */
  servedOrigins(): Map<string, string[]> {
    const byOrigin = new Map<string, string[]>();
    for (const socket of this.served.values()) byOrigin.set(socket.origin, [...(byOrigin.get(socket.origin) ?? []), socket.id]);
    return byOrigin;
  }
}

import type { GameServer } from '../realtime/game-room';
import { DEVICE_COOKIE } from '../realtime/device-cookie';
import type { GameSocket } from '../realtime/connection';

type Listener = (...args: unknown[]) => void;

/**
 * What the node holding a socket saw of its handshake: the rate limits count by the client's
 * address (limits/client-address.ts), a kick keeps out its device (realtime/device-cookie.ts).
 */
export interface Peer {
  address: string;
  forwardedFor?: string | string[];
  device?: string;
}

/**
 * A connection as the owner of a game sees it when the socket itself is held by
 * another node (or by this one: every event goes through the same door). The
 * realtime handlers run on it unchanged: what they emit to it, and the rooms they
 * put it in, reach the real socket through the Socket.IO adapter, wherever it is.
 */
export class RemoteSocket {
  connected = true;
  /** the game this connection last used here, to let it go with the game */
  gameId: string | undefined;
  /** the real socket's handshake, as far as the handlers read it */
  readonly handshake: { address: string; headers: { 'x-forwarded-for'?: string | string[]; cookie?: string } };
  private readonly listeners = new Map<string, Listener[]>();

  constructor(
    private readonly io: GameServer,
    readonly id: string,
    /** the node that holds the real socket */
    readonly origin: string,
    peer: Peer,
  ) {
    this.handshake = {
      address: peer.address,
      headers: {
        ...(peer.forwardedFor === undefined ? {} : { 'x-forwarded-for': peer.forwardedFor }),
        ...(peer.device === undefined ? {} : { cookie: `${DEVICE_COOKIE}=${peer.device}` }),
      },
    };
  }

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  // A socket held by this node is used directly; another node's, through the adapter.
  emit(event: string, ...args: unknown[]): boolean {
    const target = this.local() ?? this.io.to(this.id);
    (target.emit as (event: string, ...args: unknown[]) => boolean)(event, ...args);
    return true;
  }

  join(rooms: string | string[]): void {
    const local = this.local();
    if (local) void local.join(rooms);
    else this.io.in(this.id).socketsJoin(rooms);
  }

  leave(room: string): void {
    const local = this.local();
    if (local) void local.leave(room);
    else this.io.in(this.id).socketsLeave(room);
  }

  private local() {
    return this.io.sockets.sockets.get(this.id);
  }

  /** Runs a client event through the handlers; resolves with the ack they sent. */
  call(event: string, payload: unknown): Promise<unknown> {
    const handlers = this.listeners.get(event) ?? [];
    if (handlers.length === 0) return Promise.resolve({ ok: false, code: 'invalid', error: `Unknown event ${event}.` });
    return new Promise((resolve) => {
      for (const handler of handlers) handler(...(payload === undefined ? [] : [payload]), resolve);
    });
  }

  /** The real socket went away. */
  close(): void {
    if (!this.connected) return;
    this.connected = false;
    for (const handler of this.listeners.get('disconnect') ?? []) handler('transport close');
  }

  asSocket(): GameSocket {
    return this as unknown as GameSocket;
  }
}

import type { Logger } from 'pino';
import type { Socket } from 'socket.io';
import { playerOf } from '../game/engine';
import type { ClientToServerEvents, JoinedAs, ServerToClientEvents } from '../../common/protocol';
import type { RoomCodeDigits } from '../../common/room-code';
import { deviceInCookies } from './device-cookie';
import { GameRoom, type RoomDeps } from './game-room';
import type { RateLimits } from './rate-limit';
import type { Rooms } from './rooms';
import { hashToken } from './tokens';

export type GameSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

/** What every connection of this process shares (attachRealtime builds it once). */
export interface Realtime {
  rooms: Rooms;
  roomDeps: RoomDeps;
  /** null: no rate limits */
  limits: RateLimits | null;
  codeDigits: RoomCodeDigits;
  log: Logger;
}

/**
 * One client connection and who it plays as. Kept per connection (not in
 * socket.data, which connection state recovery restores) so every new
 * connection counts as present.
 */
export class Connection {
  room: GameRoom | undefined;
  playerId: string | undefined;
  playerToken: string | undefined;
  /** the rooms whose host screen this connection shows */
  private readonly hosting = new Set<GameRoom>();
  /** the browser, by the cookie the server gave it (device-cookie.ts); hashed, as it is stored */
  readonly deviceHash: string | undefined;

  constructor(
    readonly socket: GameSocket,
    readonly realtime: Realtime,
    /** the client's address, as the rate limits count it */
    readonly address: string,
  ) {
    const device = deviceInCookies(socket.handshake.headers.cookie);
    this.deviceHash = device === undefined ? undefined : hashToken(device);
  }

  /** This connection shows `room`'s host screen, so the room has a host (lifetimes.ts): sent now and on every change. */
  async showHost(room: GameRoom): Promise<void> {
    if (!this.hosting.has(room)) {
      this.hosting.add(room);
      room.hostSocketOpened();
    }
    await this.socket.join(room.hostRoom);
    this.socket.emit('host:screen', room.hostScreen());
  }

  /**
   * Binds this connection to a player. The binding and the socket counts
   * change synchronously, before any await, so a disconnect at any moment is
   * counted against the binding it belongs to; a connection that is already
   * gone (it dropped while its join was being stored) marks the player away.
   */
  async bindPlayer(room: GameRoom, playerId: string, justJoined = false): Promise<void> {
    if (this.room === room && this.playerId === playerId) return;
    const previous = this.room && this.playerId ? { room: this.room, playerId: this.playerId } : undefined;
    if (!this.socket.connected) {
      if (justJoined) await room.dispatch({ type: 'presence', playerId, connected: false });
      return;
    }
    this.room = room;
    this.playerId = playerId;
    const opened = room.socketOpened(playerId, justJoined);
    const closed = previous?.room.socketClosed(previous.playerId);
    if (previous && previous.room !== room) this.socket.leave(previous.room.playersRoom); // its broadcasts are not for this screen
    if (previous) this.socket.leave(GameRoom.playerRoom(previous.playerId));
    await this.socket.join([room.playersRoom, GameRoom.playerRoom(playerId)]);
    await Promise.all([opened, closed]);
  }

  /** Plays as this player from now on, and shows their whole screen: the ack of a join or resume. */
  playAs(room: GameRoom, playerId: string, playerToken: string): JoinedAs {
    this.playerToken = playerToken;
    this.socket.emit('player:screen', room.playerScreen(playerId)!);
    return { gameId: room.id, code: room.code, playerId, nickname: playerOf(room.state, playerId)!.nickname, playerToken };
  }

  /** The socket closed: its rooms lose a host screen or a player's socket. */
  closed(): void {
    for (const hosted of this.hosting) hosted.hostSocketClosed();
    const { room, playerId } = this;
    if (room && playerId) room.socketClosed(playerId).catch((error: unknown) => this.realtime.log.error({ err: error }, 'presence update failed'));
  }
}

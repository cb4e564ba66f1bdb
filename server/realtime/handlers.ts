import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { nicknameKey, playerOf } from '../game/engine';
import type { GameError, Outcome } from '../game/types';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '../protocol';
import { GameRoom, type GameServer, type RoomDeps } from './game-room';
import { clientAddress } from '../limits/client-address';
import type { RoomCodeDigits } from '../room-code';
import { capConnectionsPerAddress } from './connection-cap';
import { deviceInCookies, issueDeviceCookies } from './device-cookie';
import { keepLifetimes } from './lifetimes';
import { openRoom } from './open-room';
import { MAX_CONNECTIONS_PER_ADDRESS, RateLimits, type RateLimitSettings } from './rate-limit';
import { Refusal, StorageFailure } from './refusal';
import { Rooms } from './rooms';
import { LeaseLost } from '../store/leases';
import * as schema from './schemas';
import { hashToken, newToken, tokenMatches } from './tokens';

/** Several nodes: the game moved to another node while this command was on its way; sending it again reaches the new one. */
export const MOVED = { ok: false, code: 'retry', error: 'The game moved to another server. Try again.' } as const;

export type GameSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

/** What a client is told when the database did not store its command: nothing changed, and it may send it again. */
function storageMessage(event: keyof ClientToServerEvents): string {
  return event === 'player:answer'
    ? 'The server cannot save answers right now. Send your answer again in a moment.'
    : 'The server cannot save right now. Try again in a moment.';
}

export interface RealtimeOptions {
  /** null: no rate limits (tests and benches whose clients all share one address) */
  limits?: RateLimitSettings | null;
  /** how many proxies in front of us to trust for X-Forwarded-For (see limits/client-address.ts) */
  trustedProxies?: number;
  /** open connections one address may hold, with limits on (default MAX_CONNECTIONS_PER_ADDRESS) */
  connectionsPerAddress?: number;
  /** digits of new room codes (default 6); codes of every allowed length are accepted */
  codeDigits?: RoomCodeDigits;
  /**
   * several nodes: takes the connections and serves each event on the game's owner
   * (server/cluster/router.ts), asking `mayGuess` before it looks up whose a room code is
   */
  route?: (serve: (socket: GameSocket) => void, mayGuess: (socket: GameSocket) => void) => void;
}

/**
 * The realtime boundary: every event is rate-limited, validated (zod), authorized,
 * run through the game room, and answered with an ack the client can show. With
 * several nodes, `options.route` takes the connections instead.
 */
export function attachRealtime(io: GameServer, deps: Omit<RoomDeps, 'io'>, options: RealtimeOptions = {}): Rooms {
  const rooms = new Rooms();
  const roomDeps: RoomDeps = { ...deps, io };
  const limits = options.limits === null ? null : new RateLimits(options.limits, deps.clock);
  const addressOf = ({ handshake }: GameSocket) => clientAddress(handshake.address, handshake.headers['x-forwarded-for'], options.trustedProxies ?? 0);
  keepLifetimes(rooms, deps.clock, deps.log);
  issueDeviceCookies(io);
  if (limits) capConnectionsPerAddress(io, options.connectionsPerAddress ?? MAX_CONNECTIONS_PER_ADDRESS, (peer, forwardedFor) => clientAddress(peer, forwardedFor, options.trustedProxies ?? 0));

  /** Wraps a handler: parse the payload, run it, turn refusals and crashes into acks. */
  function on<E extends keyof ClientToServerEvents, S extends z.ZodType, T>(
    socket: GameSocket,
    event: E,
    payload: S,
    handler: (input: z.infer<S>) => Promise<T>,
  ): void {
    (socket.on as (event: string, listener: (...args: unknown[]) => void) => void)(event, (...args) => {
      // Every client call carries an ack, last; a call without a payload is answered too, not left to time out.
      const ack = args.at(-1);
      if (typeof ack !== 'function') return;
      const input = args.length > 1 ? args[0] : undefined;
      const reply = ack as Ack<T>;
      try {
        limits?.take('events', socket.id);
        if (event.startsWith('host:')) limits?.take('hostCommands', socket.id);
      } catch (error) {
        reply({ ok: false, code: (error as Refusal).code, error: (error as Refusal).message });
        return;
      }
      const parsed = payload.safeParse(input);
      if (!parsed.success) {
        reply({ ok: false, code: 'invalid', error: parsed.error.issues[0]?.message ?? 'Invalid request.' });
        return;
      }
      handler(parsed.data).then(
        (data) => reply({ ok: true, data }),
        (error: unknown) => {
          if (error instanceof Refusal) return reply({ ok: false, code: error.code, error: error.message });
          if (error instanceof StorageFailure) return reply({ ok: false, code: 'storage', error: storageMessage(event) });
          if (error instanceof LeaseLost) return reply(MOVED);
          deps.log.error({ err: error, event }, 'realtime handler failed');
          reply({ ok: false, code: 'server', error: 'Something went wrong on the server. Try again.' });
        },
      );
    });
  }

  function hostRoom(gameId: string, hostToken: string): GameRoom {
    const room = rooms.get(gameId);
    if (!room) throw new Refusal('This game is not running any more.', 'not_found');
    if (!tokenMatches(hostToken, room.hostTokenHash)) throw new Refusal('Only the host of this game can do that.', 'forbidden');
    return room;
  }

  function unwrap(outcome: { ok: true } | { ok: false; error: GameError }): void {
    if (!outcome.ok) throw new Refusal(outcome.error.message, outcome.error.code);
  }

  /** How many players a flood-control command kicked. */
  function kickedBy(outcome: Outcome): number {
    unwrap(outcome);
    return outcome.ok ? outcome.events.filter((e) => e.type === 'playerKicked').length : 0;
  }

  /** The live game a phone asks for by its code; a wrong code costs this address (and its block) one of its guesses, a right one nothing. */
  function roomWithCode(code: string, address: string): GameRoom {
    limits?.mayGuess(address);
    const room = rooms.withCode(code);
    if (!room) {
      limits?.guessedWrong(address);
      throw new Refusal(`No game is running with code ${code}. Check the code on the host's screen.`, 'not_found');
    }
    return room;
  }

  function joinedAs(room: GameRoom, playerId: string, playerToken: string) {
    return { gameId: room.id, code: room.code, playerId, nickname: playerOf(room.state, playerId)!.nickname, playerToken };
  }

  const serve = (socket: GameSocket) => {
    // Who this connection plays as. Kept per connection (not in socket.data, which
    // connection state recovery restores) so every new connection counts as present.
    const session: { room?: GameRoom; playerId?: string; playerToken?: string; hosting?: Set<GameRoom> } = {};
    /** This connection shows `room`'s host screen, so the room has a host (lifetimes.ts). */
    const hosts = (room: GameRoom) => {
      session.hosting ??= new Set();
      if (session.hosting.has(room)) return;
      session.hosting.add(room);
      room.hostSocketOpened();
    };
    const address = addressOf(socket);
    /** the browser, by the cookie the server gave it (device-cookie.ts); hashed, as it is stored */
    const device = deviceInCookies(socket.handshake.headers.cookie);
    const deviceHash = device === undefined ? undefined : hashToken(device);

    /**
     * Binds this connection to a player. The session and the socket counts
     * change synchronously, before any await, so a disconnect at any moment is
     * counted against the binding it belongs to; a connection that is already
     * gone (it dropped while its join was being stored) marks the player away.
     */
    async function bindPlayer(room: GameRoom, playerId: string, justJoined = false) {
      if (session.room === room && session.playerId === playerId) return;
      const previous = session.room && session.playerId ? { room: session.room, playerId: session.playerId } : undefined;
      if (!socket.connected) {
        if (justJoined) await room.dispatch({ type: 'presence', playerId, connected: false });
        return;
      }
      session.room = room;
      session.playerId = playerId;
      const opened = room.socketOpened(playerId, justJoined);
      const closed = previous?.room.socketClosed(previous.playerId);
      if (previous && previous.room !== room) socket.leave(previous.room.playersRoom); // its broadcasts are not for this screen
      if (previous) socket.leave(GameRoom.playerRoom(previous.playerId));
      await socket.join([room.playersRoom, GameRoom.playerRoom(playerId)]);
      await Promise.all([opened, closed]);
    }

    on(socket, 'host:create', schema.CreateGame, async (input) => {
      limits?.take('roomsCreated', address);
      const { room, hostToken } = await openRoom(roomDeps, rooms, input, options.codeDigits ?? 6);
      hosts(room);
      await socket.join(room.hostRoom);
      socket.emit('host:screen', room.hostScreen());
      return { gameId: room.id, hostToken, code: room.code };
    });

    on(socket, 'host:resume', schema.HostAuth, async ({ gameId, hostToken }) => {
      const room = hostRoom(gameId, hostToken);
      hosts(room);
      await socket.join(room.hostRoom);
      socket.emit('host:screen', room.hostScreen());
      return { code: room.code };
    });

    on(socket, 'host:start', schema.HostAuth, async ({ gameId, hostToken }) => {
      unwrap(await hostRoom(gameId, hostToken).dispatch({ type: 'start' }));
      return null;
    });

    on(socket, 'host:next', schema.Next, async ({ gameId, hostToken, from }) => {
      const when = (s: { phase: string; index: number }) => s.phase === from.phase && s.index === from.index;
      unwrap(await hostRoom(gameId, hostToken).dispatch({ type: 'next' }, { when }));
      return null;
    });

    on(socket, 'host:end', schema.HostAuth, async ({ gameId, hostToken }) => {
      unwrap(await hostRoom(gameId, hostToken).dispatch({ type: 'end' }));
      return null;
    });

    on(socket, 'host:lock', schema.Lock, async ({ gameId, hostToken, locked }) => {
      unwrap(await hostRoom(gameId, hostToken).dispatch({ type: 'lock', locked }));
      return null;
    });

    on(socket, 'host:kick', schema.Kick, async ({ gameId, hostToken, playerId }) => {
      unwrap(await hostRoom(gameId, hostToken).dispatch({ type: 'kick', playerId }));
      return null;
    });

    on(socket, 'host:kickRecent', schema.HostAuth, async ({ gameId, hostToken }) => {
      return { kicked: kickedBy(await hostRoom(gameId, hostToken).dispatch({ type: 'kickRecent' })) };
    });

    on(socket, 'host:ban', schema.Ban, async ({ gameId, hostToken, pattern }) => {
      return { kicked: kickedBy(await hostRoom(gameId, hostToken).dispatch({ type: 'ban', pattern })) };
    });

    on(socket, 'room:check', schema.RoomCheck, async ({ code }) => {
      const room = roomWithCode(code, address);
      if (room.state.phase === 'ended') throw new Refusal(`The game in room ${code} is over. Ask the host for a new code.`, 'game_over');
      if (room.state.locked) throw new Refusal(`Room ${code} is locked: ask the host to unlock it.`, 'room_locked');
      return { code };
    });

    on(socket, 'player:join', schema.Join, async ({ code, nickname }) => {
      const room = roomWithCode(code, address);
      const joined = session.room === room && session.playerId ? playerOf(room.state, session.playerId) : undefined;
      if (joined && session.playerToken && !joined.kicked && nicknameKey(joined.nickname) === nicknameKey(nickname)) {
        // The same join sent again on this connection (its ack was lost: a timeout, a game moving between nodes): the same player.
        socket.emit('player:screen', room.playerScreen(joined.id)!);
        return joinedAs(room, joined.id, session.playerToken);
      }
      limits?.take('joins', address);
      limits?.take('roomJoins', room.id);
      if (deviceHash && room.deviceKicked(deviceHash)) throw new Refusal('The host removed you from this game.', 'kicked');
      const playerId = randomUUID();
      const playerToken = newToken();
      unwrap(await room.dispatch({ type: 'join', playerId, nickname }, { tokenHash: hashToken(playerToken), deviceHash }));
      await bindPlayer(room, playerId, true);
      session.playerToken = playerToken;
      socket.emit('player:screen', room.playerScreen(playerId)!);
      return joinedAs(room, playerId, playerToken);
    });

    on(socket, 'player:resume', schema.Resume, async ({ gameId, playerToken }) => {
      const room = rooms.get(gameId);
      const playerId = room?.playerIdForToken(hashToken(playerToken));
      if (!room || !playerId) throw new Refusal('That game is not running any more.', 'not_found');
      if (playerOf(room.state, playerId)!.kicked) throw new Refusal('The host removed you from this game.', 'kicked');
      await bindPlayer(room, playerId);
      session.playerToken = playerToken;
      socket.emit('player:screen', room.playerScreen(playerId)!);
      return joinedAs(room, playerId, playerToken);
    });

    on(socket, 'player:answer', schema.Answer, async ({ index, optionIds, text }) => {
      const { room, playerId } = session;
      if (!room || !playerId) throw new Refusal('Join a game first.', 'not_joined');
      const outcome = await room.dispatch({ type: 'answer', playerId, index, optionIds, text });
      const earlier = room.answerOf(playerId, index);
      if (!outcome.ok && earlier && (outcome.error.code === 'already_answered' || outcome.error.code === 'round_closed')) {
        // A retried emit or a double tap: the first answer stands and is confirmed again, even once it closed the round.
        return earlier;
      }
      unwrap(outcome);
      return earlier ?? { picked: optionIds, ...(text === undefined ? {} : { text }) };
    });

    socket.on('disconnect', () => {
      for (const hosted of session.hosting ?? []) hosted.hostSocketClosed();
      const { room, playerId } = session;
      if (room && playerId) room.socketClosed(playerId).catch((error: unknown) => deps.log.error({ err: error }, 'presence update failed'));
    });
  };
  if (options.route) options.route(serve, (socket) => limits?.mayGuess(addressOf(socket)));
  else io.on('connection', serve);

  return rooms;
}

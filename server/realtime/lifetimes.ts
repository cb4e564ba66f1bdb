import type { Logger } from 'pino';
import type { Clock } from '../game/clock';
import type { GameRoom } from './game-room';
import type { Rooms } from './rooms';

/**
 * How long a room may hold its code and its memory without being played: a
 * lobby whose host has been gone for LOBBY_WITHOUT_HOST_MS, or any lobby older
 * than LOBBY_MAX_AGE_MS, is ended (its players see the end screen) and dropped
 * at once; an ended game is dropped after ENDED_GAME_KEPT_MS (rooms.ts).
 */
export const LOBBY_WITHOUT_HOST_MS = 30 * 60_000;
export const LOBBY_MAX_AGE_MS = 3 * 60 * 60_000;
const SWEEP_EVERY_MS = 60_000;

/** Why this room should end now, or null. */
export function lobbyExpiry(room: Pick<GameRoom, 'state' | 'createdAt' | 'hostAwaySince'>, now: number): string | null {
  if (room.state.phase !== 'lobby') return null;
  if (room.hostAwaySince !== null && now - room.hostAwaySince >= LOBBY_WITHOUT_HOST_MS) return 'no host for 30 minutes';
  if (now - room.createdAt >= LOBBY_MAX_AGE_MS) return 'a lobby older than 3 hours';
  return null;
}

/** Ends and drops every expired lobby; resolves with how many. */
export async function endExpiredLobbies(rooms: Rooms, now: number, log: Logger): Promise<number> {
  let ended = 0;
  for (const room of rooms.all()) {
    const why = lobbyExpiry(room, now);
    if (!why) continue;
    try {
      await room.dispatch({ type: 'end' }, { when: (s) => s.phase === 'lobby' });
      rooms.remove(room);
      ended += 1;
      log.info({ gameId: room.id, why }, 'ended an unused lobby');
    } catch (error) {
      log.error({ err: error, gameId: room.id }, 'could not end an unused lobby; will try again');
    }
  }
  return ended;
}

/** Sweeps every minute, without keeping the process alive. */
export function keepLifetimes(rooms: Rooms, clock: Clock, log: Logger): NodeJS.Timeout {
  return setInterval(() => void endExpiredLobbies(rooms, clock(), log), SWEEP_EVERY_MS).unref();
}

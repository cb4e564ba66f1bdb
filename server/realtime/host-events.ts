import type { Verdict } from '../game/types';
import type { Connection } from './connection';
import { unwrap, validate, type EventTable } from './event-table';
import type { GameRoom } from './game-room';
import { Refusal } from './refusal';
import * as schema from './schemas';
import { tokenMatches } from './tokens';

/** The running game this host token opens. */
function hostRoom({ realtime }: Connection, gameId: string, hostToken: string): GameRoom {
  const room = realtime.rooms.get(gameId);
  if (!room) throw new Refusal('This game is not running any more.', 'not_found');
  if (!tokenMatches(hostToken, room.hostTokenHash)) throw new Refusal('Only the host of this game can do that.', 'forbidden');
  return room;
}

/** How many players a flood-control command kicked. */
function kickedBy(verdict: Verdict): { kicked: number } {
  unwrap(verdict);
  return { kicked: verdict.ok ? verdict.events.filter((e) => e.type === 'playerKicked').length : 0 };
}

/** The host's events: each carries the host's secret token, checked against the game's stored hash. */
export const hostEvents: EventTable = {
  'host:resume': validate(schema.HostAuth, async ({ gameId, hostToken }, connection) => {
    const room = hostRoom(connection, gameId, hostToken);
    await connection.showHost(room);
    return { code: room.code };
  }),

  'host:start': validate(schema.HostAuth, async ({ gameId, hostToken }, connection) => {
    unwrap(await hostRoom(connection, gameId, hostToken).dispatch({ type: 'start' }));
    return null;
  }),

  'host:next': validate(schema.Next, async ({ gameId, hostToken, from }, connection) => {
    const when = (s: { phase: string; index: number }) => s.phase === from.phase && s.index === from.index;
    unwrap(await hostRoom(connection, gameId, hostToken).dispatch({ type: 'next' }, { when }));
    return null;
  }),

  'host:revote': validate(schema.Revote, async ({ gameId, hostToken, index }, connection) => {
    unwrap(await hostRoom(connection, gameId, hostToken).dispatch({ type: 'revote', index }));
    return null;
  }),

  'host:end': validate(schema.HostAuth, async ({ gameId, hostToken }, connection) => {
    unwrap(await hostRoom(connection, gameId, hostToken).dispatch({ type: 'end' }));
    return null;
  }),

  'host:lock': validate(schema.Lock, async ({ gameId, hostToken, locked }, connection) => {
    unwrap(await hostRoom(connection, gameId, hostToken).dispatch({ type: 'lock', locked }));
    return null;
  }),

  'host:kick': validate(schema.Kick, async ({ gameId, hostToken, playerId }, connection) => {
    unwrap(await hostRoom(connection, gameId, hostToken).dispatch({ type: 'kick', playerId }));
    return null;
  }),

  'host:kickRecent': validate(schema.HostAuth, async ({ gameId, hostToken }, connection) =>
    kickedBy(await hostRoom(connection, gameId, hostToken).dispatch({ type: 'kickRecent' }))),

  'host:ban': validate(schema.Ban, async ({ gameId, hostToken, pattern }, connection) =>
    kickedBy(await hostRoom(connection, gameId, hostToken).dispatch({ type: 'ban', pattern }))),
};

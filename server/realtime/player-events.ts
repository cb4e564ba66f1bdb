import { playerOf } from '../game/engine';
import { unwrap, validate, type EventTable } from './event-table';
import { Refusal } from './refusal';
import * as schema from './schemas';
import { hashToken } from './tokens';

/** A player's events: a phone plays as the player its token names (player:resume) or its join made. */
export const playerEvents: EventTable = {
  'player:resume': validate(schema.Resume, async ({ gameId, playerToken }, connection) => {
    const room = connection.realtime.rooms.get(gameId);
    const playerId = room?.playerIdForToken(hashToken(playerToken));
    if (!room || !playerId) throw new Refusal('That game is not running any more.', 'not_found');
    if (playerOf(room.state, playerId)!.kicked) throw new Refusal('The host removed you from this game.', 'kicked');
    await connection.bindPlayer(room, playerId);
    return connection.playAs(room, playerId, playerToken);
  }),

  'player:answer': validate(schema.Answer, async ({ index, optionIds, text, confidence }, connection) => {
    const { room, playerId } = connection;
    if (!room || !playerId) throw new Refusal('Join a game first.', 'not_joined');
    const verdict = await room.dispatch({ type: 'answer', playerId, index, optionIds, text, confidence });
    const earlier = room.answerOf(playerId, index);
    if (!verdict.ok && earlier && (verdict.error.code === 'already_answered' || verdict.error.code === 'round_closed')) {
      // A retried emit or a double tap: the first answer stands and is confirmed again, even once it closed the round.
      return earlier;
    }
    unwrap(verdict);
    return earlier ?? { picked: optionIds, ...(text === undefined ? {} : { text }) };
  }),
};

import { randomUUID } from 'node:crypto';
import { nicknameKey, playerOf } from '../game/engine';
import type { Connection } from './connection';
import { unwrap, validate, type EventTable } from './event-table';
import type { GameRoom } from './game-room';
import { memberJoining } from '../groups/group-games';
import { openRoom } from './open-room';
import { Refusal } from './refusal';
import * as schema from './schemas';
import { hashToken, newToken } from './tokens';

/** The live game a phone asks for by its code; a wrong code costs this address (and its block) one of its guesses, a right one nothing. */
function roomWithCode({ realtime, address }: Connection, code: string): GameRoom {
  realtime.limits?.mayGuess(address);
  const room = realtime.rooms.withCode(code);
  if (!room) {
    realtime.limits?.guessedWrong(address);
    throw new Refusal(`No game is running with code ${code}. Check the code on the host's screen.`, 'not_found');
  }
  return room;
}

/** The events anyone may send, holding no token yet: opening a room, checking a code, joining. */
export const guestEvents: EventTable = {
  'host:create': validate(schema.CreateGame, async (input, connection) => {
    const { realtime } = connection;
    realtime.limits?.take('roomsCreated', connection.address);
    const { room, hostToken } = await openRoom(realtime.roomDeps, realtime.rooms, input, realtime.codeDigits);
    await connection.showHost(room);
    return { gameId: room.id, hostToken, code: room.code };
  }),

  'room:check': validate(schema.RoomCheck, async ({ code }, connection) => {
    const room = roomWithCode(connection, code);
    if (room.state.phase === 'ended') throw new Refusal(`The game in room ${code} is over. Ask the host for a new code.`, 'game_over');
    if (room.state.locked) throw new Refusal(`Room ${code} is locked: ask the host to unlock it.`, 'room_locked');
    return { code };
  }),

  'player:join': validate(schema.Join, async ({ code, nickname: typed, memberKeys = [] }, connection) => {
    const { realtime, deviceHash } = connection;
    const room = roomWithCode(connection, code);
    // A study group's member joins a game of their group under their own name.
    const member = await memberJoining(realtime.roomDeps.db, room.id, memberKeys);
    const nickname = member?.name ?? typed;
    const joined = connection.room === room && connection.playerId ? playerOf(room.state, connection.playerId) : undefined;
    if (joined && connection.playerToken && !joined.kicked && nicknameKey(joined.nickname) === nicknameKey(nickname)) {
      // The same join sent again on this connection (its ack was lost: a timeout, a game moving between nodes): the same player.
      return connection.playAs(room, joined.id, connection.playerToken);
    }
    realtime.limits?.take('joins', connection.address);
    realtime.limits?.take('roomJoins', room.id);
    if (deviceHash && room.deviceKicked(deviceHash)) throw new Refusal('The host removed you from this game.', 'kicked');
    const playerId = randomUUID();
    const playerToken = newToken();
    unwrap(await room.dispatch({ type: 'join', playerId, nickname }, { tokenHash: hashToken(playerToken), deviceHash, ...(member ? { memberId: member.id } : {}) }));
    await connection.bindPlayer(room, playerId, true);
    return connection.playAs(room, playerId, playerToken);
  }),
};

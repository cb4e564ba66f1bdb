import type { z } from 'zod';
import { newGame } from '../game/engine';
import type { RoomCodeDigits } from '../../common/room-code';
import { planGame } from '../game/plan';
import { toBankQuestion } from '../store/question-rows';
import { BankCache } from './bank-cache';
import { createGame } from '../store/games';
import { groupGame } from '../groups/group-games';
import { GameRoom, type RoomDeps } from './game-room';
import { Refusal } from './refusal';
import type { Rooms } from './rooms';
import type * as schema from './schemas';
import { cryptoRandom, hashToken, newGameId, newRoomCode, newToken } from './tokens';

const banks = new BankCache();

/**
 * A host's "Create room": plans the game from the bank and the settings, draws
 * a room code no live game uses, and stores the game and its rounds.
 */
export async function openRoom(
  deps: RoomDeps,
  rooms: Rooms,
  input: z.infer<typeof schema.CreateGame>,
  codeDigits: RoomCodeDigits,
): Promise<{ room: GameRoom; hostToken: string }> {
  const { deviceId, group, ...settings } = input;
  const bank = await banks.get(deps.db, settings.bankId);
  if (!bank) throw new Refusal('That question bank does not exist (any more).', 'not_found');
  const inGroup = group ? await groupGame(deps.db, group) : null;
  // A review game plays the questions it was given, in their order.
  const questions = inGroup?.questions
    ? planGame(inGroup.questions, { ...settings, sections: [], count: null, shuffleQuestions: false }, cryptoRandom)
    : planGame(bank.questions.map(toBankQuestion), settings, cryptoRandom);
  if (questions.length === 0) throw new Refusal('No questions match the sections you chose.', 'invalid');
  const hostToken = newToken();
  const id = newGameId();
  const rounds = questions.map((q, index) => ({ index, questionId: q.id, timeLimitMs: q.timeLimitMs, readMs: q.readMs, optionOrder: q.options.map((o) => o.sourceId) }));
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = newRoomCode(codeDigits);
    if (rooms.codeInUse(code)) continue;
    try {
      const roundIds = await createGame(deps.db, {
        id, code, bankId: settings.bankId, groupId: inGroup?.groupId ?? null, hostTokenHash: hashToken(hostToken), hostDeviceHash: hashToken(deviceId), settings, rounds,
      });
      const room = new GameRoom(deps, id, code, hashToken(hostToken), settings, roundIds, newGame(questions, settings.scoring, settings.askConfidence, settings.holdSplit));
      room.lease = await deps.leases?.claim(id);
      rooms.add(room);
      return { room, hostToken };
    } catch (error) {
      if ((error as { code?: string }).code !== 'P2002') throw error; // the code is live in another process: draw again
    }
  }
  throw new Refusal('Could not find a free room code. Try again.', 'busy');
}

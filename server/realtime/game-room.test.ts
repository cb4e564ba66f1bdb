import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Logger } from 'pino';
import type { Db } from '../store/db';
import type { GameSettingsInput } from '../../common/protocol';
import type { GameState } from '../game/types';
import { restoreGame } from '../game/restore';
import { play } from '../../tests/support/game-driver';
import { T, question, quiz } from '../../tests/support/game-questions';
import { storedGame } from '../../tests/support/stored-game';
import { GameRoom, type GameServer } from './game-room';

// The room's storage stores nothing here: these tests are about its timers.
vi.mock('../store/game-events', () => ({ persistEvents: vi.fn(async () => {}) }));

const settings: GameSettingsInput = {
  bankId: 'bank', sections: [], count: null, secondsPerQuestion: null, shuffleQuestions: false, shuffleOptions: false,
  showQuestionsOnPhones: true, autoAdvanceSeconds: 5,
};

let now = 0;
let emits = 0;

/** A room on a fake clock, whose emits are only counted. */
function roomOf(state: GameState) {
  const room = { emit: () => void (emits += 1), socketsLeave: () => {} };
  const io = { to: () => room, in: () => room, encoder: {} } as unknown as GameServer;
  const log = { error: () => {}, warn: () => {} } as unknown as Logger;
  return new GameRoom({ io, db: {} as Db, clock: () => now, log, lanOrigin: null }, 'game', '123456', 'hash', settings, ['r0', 'r1'], state);
}

/** A room of three connected players. */
function threePlayerRoom() {
  const game = play(quiz(2)).join('Ada').join('Bob').join('Cy');
  const gameRoom = roomOf(game.state);
  const ids = ['Ada', 'Bob', 'Cy'].map((name) => game.id(name));
  for (const id of ids) void gameRoom.socketOpened(id, true);
  return { room: gameRoom, ids };
}

beforeEach(() => {
  vi.useFakeTimers();
  now = 0;
  emits = 0;
});
afterEach(() => vi.useRealTimers());

it('clears every timer of the room when disposed, and none of a disposed room fires', async () => {
  const { room, ids } = threePlayerRoom();
  await room.dispatch({ type: 'start' }); // the round's deadline
  void room.socketClosed(ids[0]!); // the presence window
  await vi.advanceTimersByTimeAsync(20);
  await room.idle(); // Ada's grace, and the host screen's throttle
  void room.socketClosed(ids[1]!); // the presence window again
  expect(vi.getTimerCount()).toBe(4);

  room.dispose();
  expect(vi.getTimerCount()).toBe(0);
  await room.idle(); // Bob's change, queued at once, sets no timer either
  expect(vi.getTimerCount()).toBe(0);
  const sent = emits;
  now += 60 * 60_000;
  await vi.advanceTimersByTimeAsync(60 * 60_000);
  expect(room.state.phase).toBe('question'); // no deadline closed the round
  expect(emits).toBe(sent);
});

it('does not move on by itself once disposed in the reveal', async () => {
  const { room } = threePlayerRoom();
  await room.dispatch({ type: 'start' });
  await room.dispatch({ type: 'next' }); // the host closes the round: auto-advance in 5 s
  expect(vi.getTimerCount()).toBeGreaterThan(0);
  room.dispose();
  expect(vi.getTimerCount()).toBe(0);
  await vi.advanceTimersByTimeAsync(60_000);
  expect(room.state).toMatchObject({ phase: 'reveal', index: 0 });
});

it('a room restored mid-reading keeps its deadline: the reading time left plus the whole answer window', async () => {
  const game = play([question('q1', { readMs: 5_000 })]).join('Ada').join('Bob').start().at(2_000);
  const { state } = restoreGame(storedGame(game), now);
  const room = roomOf(state);
  room.resumeTimers();
  now += 3_000 + T; // 3 s of reading left, then the answer window
  await vi.advanceTimersByTimeAsync(3_000 + T - 1);
  expect(room.state.phase).toBe('question');
  await vi.advanceTimersByTimeAsync(100);
  await room.idle();
  expect(room.state.lastRound).toMatchObject({ index: 0, reason: 'time' });
});

import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Logger } from 'pino';
import type { Db } from '../store/db';
import type { GameSettingsInput } from '../../common/protocol';
import { play } from '../../tests/support/game-driver';
import { quiz } from '../../tests/support/game-questions';
import { GameRoom, type GameServer } from './game-room';

// The room's storage stores nothing here: these tests are about its timers.
vi.mock('../store/game-events', () => ({ persistEvents: vi.fn(async () => {}) }));

const settings: GameSettingsInput = {
  bankId: 'bank', sections: [], count: null, secondsPerQuestion: null, shuffleQuestions: false, shuffleOptions: false,
  showQuestionsOnPhones: true, autoAdvanceSeconds: 5,
};

let now = 0;
let emits = 0;

/** A room of three connected players, on a fake clock, whose emits are only counted. */
function threePlayerRoom() {
  const game = play(quiz(2)).join('Ada').join('Bob').join('Cy');
  const room = { emit: () => void (emits += 1), socketsLeave: () => {} };
  const io = { to: () => room, in: () => room, encoder: {} } as unknown as GameServer;
  const log = { error: () => {}, warn: () => {} } as unknown as Logger;
  const gameRoom = new GameRoom({ io, db: {} as Db, clock: () => now, log, lanOrigin: null }, 'game', '123456', 'hash', settings, ['r0', 'r1'], game.state);
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

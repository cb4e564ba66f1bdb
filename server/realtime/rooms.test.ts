import { afterEach, expect, it, vi } from 'vitest';
import type { GameRoom } from './game-room';
import { ENDED_GAME_KEPT_MS, Rooms } from './rooms';

// An ended game frees its code at once and its memory on schedule (issue 8, item 4).

afterEach(() => vi.useRealTimers());

/** What Rooms reads of a game room. */
function room(id: string, code: string) {
  return { id, code, state: { phase: 'question' }, dispose: vi.fn(), onEnded: undefined as (() => void) | undefined };
}

/** Rooms holding game-1 (code 123456), which has just ended; fake timers on. */
function withEndedGame() {
  vi.useFakeTimers();
  const rooms = new Rooms();
  const ended = room('game-1', '123456');
  rooms.add(ended as unknown as GameRoom);
  ended.state.phase = 'ended';
  ended.onEnded!();
  return { rooms, ended };
}

it(`keeps an ended game ${ENDED_GAME_KEPT_MS / 60_000} minutes for late reconnects, its code free at once, then drops it`, () => {
  const { rooms, ended } = withEndedGame();

  expect(rooms.withCode('123456')).toBeUndefined();
  vi.advanceTimersByTime(ENDED_GAME_KEPT_MS - 1);
  expect(rooms.get('game-1')).toBe(ended);
  vi.advanceTimersByTime(1);
  expect(rooms.get('game-1')).toBeUndefined();
  expect(ended.dispose).toHaveBeenCalled();
});

it('dropping an ended game leaves a new game that took its code alone', () => {
  const { rooms } = withEndedGame();
  const next = room('game-2', '123456');
  rooms.add(next as unknown as GameRoom);
  vi.advanceTimersByTime(ENDED_GAME_KEPT_MS);
  expect(rooms.all()).toEqual([next]);
  expect(rooms.withCode('123456')).toBe(next);
});

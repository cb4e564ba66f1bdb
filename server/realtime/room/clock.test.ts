import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoomClock } from './clock';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a room clock', () => {
  it('runs a timer once, and setting its name again replaces it', () => {
    const clock = new RoomClock<'a' | 'b'>();
    const ran: string[] = [];
    clock.set('a', 100, () => ran.push('first a'));
    clock.set('a', 300, () => ran.push('second a'));
    clock.set('b', 200, () => ran.push('b'));
    vi.advanceTimersByTime(1_000);
    expect(ran).toEqual(['b', 'second a']);
    expect([clock.has('a'), clock.has('b')]).toEqual([false, false]);
  });

  it('clears every timer when disposed', () => {
    const clock = new RoomClock<'deadline' | 'grace' | 'advance'>();
    for (const name of ['deadline', 'grace', 'advance'] as const) clock.set(name, 1_000, () => {});
    expect(vi.getTimerCount()).toBe(3);
    clock.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('fires nothing once disposed, not even a timer set afterwards', () => {
    const clock = new RoomClock<'a' | 'b'>();
    const task = vi.fn();
    clock.set('a', 10, task);
    clock.dispose();
    clock.set('b', 10, task);
    vi.advanceTimersByTime(60 * 60_000);
    expect(task).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});

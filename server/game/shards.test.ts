import { describe, expect, it } from 'vitest';
import { keysOf, lookup, newBatch, noShards, shardsOf, valuesOf, withEntry } from './shards';

const ids = Array.from({ length: 500 }, (_, i) => `player-${i}`);

describe('shards', () => {
  it('hold what was set, and a batch leaves the shards it started from intact', () => {
    const before = shardsOf(ids.slice(0, 400).map((id, i) => [id, i] as const));
    const batch = newBatch();
    let after = before;
    ids.slice(400).forEach((id, i) => (after = withEntry(after, id, 400 + i, batch)));
    after = withEntry(after, 'player-0', -1, batch);

    expect(valuesOf(before)).toHaveLength(400);
    expect(lookup(before, 'player-0')).toBe(0);
    expect(lookup(before, 'player-450')).toBeUndefined();
    expect(keysOf(after).sort()).toEqual([...ids].sort());
    expect(lookup(after, 'player-0')).toBe(-1);
    expect(lookup(after, 'player-450')).toBe(450);
  });

  it('a change copies the list and one shard; the other shards are shared', () => {
    const before = shardsOf(ids.map((id) => [id, id] as const));
    const after = withEntry(before, 'someone', 'new', newBatch());
    const copied = after.filter((shard, i) => shard !== before[i]);
    expect(after).not.toBe(before);
    expect(copied).toHaveLength(1);
    expect(Object.keys(copied[0]!).length).toBeLessThan(ids.length / 10); // the keys spread over the shards
  });

  it('within one batch, the list and each shard are copied once, then changed in place', () => {
    const batch = newBatch();
    const first = withEntry(noShards<number>(), 'a', 1, batch);
    const second = withEntry(first, 'b', 2, batch);
    expect(second).toBe(first);
    expect(valuesOf(second).sort()).toEqual([1, 2]);
  });

  it('keys players choose, such as "__proto__" and "constructor", are keys like any other, also in a state read back from JSON', () => {
    expect(lookup(noShards<string>(), 'constructor')).toBeUndefined();
    expect(lookup(noShards<string>(), '__proto__')).toBeUndefined();
    const set = withEntry(withEntry(noShards<string>(), '__proto__', 'p1', newBatch()), 'constructor', 'p2', newBatch());
    expect([lookup(set, '__proto__'), lookup(set, 'constructor')]).toEqual(['p1', 'p2']);
    const restored = JSON.parse(JSON.stringify(set)) as typeof set;
    expect([lookup(restored, '__proto__'), lookup(restored, 'constructor'), lookup(restored, 'toString')]).toEqual(['p1', 'p2', undefined]);
    expect(lookup(withEntry(restored, 'ada', 'p3', newBatch()), '__proto__')).toBe('p1');
  });
});

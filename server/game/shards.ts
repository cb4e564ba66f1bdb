/**
 * A record too big to copy whole on every change (a room's players, their
 * nicknames, a round's answers): plain data, split by a hash of the key into SHARD_COUNT records.
 * Setting a key copies the list of shards and the one shard that holds it, about
 * SHARD_COUNT + size / SHARD_COUNT entries instead of size: a lobby filling up one
 * join at a time then costs O(players^1.5), not O(players²).
 */
export type Shards<T> = Record<string, T>[];

/** About the square root of the rooms we plan for (2,000–5,000 players): the two copies then cost about the same. */
const SHARD_COUNT = 64;

/**
 * The records and lists one run of commands created (engine.ts reduceBatch;
 * reduce is a run of one): within it, a later command may update in place what
 * an earlier one created, since the states between them are never handed out.
 * States from before the run are never touched, so a caller that drops the
 * run's result has the old state intact.
 */
export type Batch = WeakSet<object>;
export const newBatch = (): Batch => new WeakSet();

export function noShards<T>(): Shards<T> {
  return Array.from({ length: SHARD_COUNT }, () => ({}));
}

export function shardsOf<T>(entries: Iterable<readonly [string, T]>): Shards<T> {
  const shards = noShards<T>();
  for (const [key, value] of entries) put(shards[shardIndex(key)]!, key, value);
  return shards;
}

export function lookup<T>(shards: Shards<T>, key: string): T | undefined {
  const shard = shards[shardIndex(key)]!;
  return Object.hasOwn(shard, key) ? shard[key] : undefined; // not "constructor" from Object.prototype
}

/** `shards` with `key` set: in place where this batch created the list or the shard, else a copy this batch then owns. */
export function withEntry<T>(shards: Shards<T>, key: string, value: T, batch: Batch): Shards<T> {
  const list = owned(shards, batch, () => [...shards]);
  const at = shardIndex(key);
  const shard = owned(list[at]!, batch, () => ({ ...list[at]! }));
  put(shard, key, value);
  list[at] = shard;
  return list;
}

/** `shards` without `key`, copied as withEntry copies. */
export function withoutEntry<T>(shards: Shards<T>, key: string, batch: Batch): Shards<T> {
  if (lookup(shards, key) === undefined) return shards;
  const list = owned(shards, batch, () => [...shards]);
  const at = shardIndex(key);
  const shard = owned(list[at]!, batch, () => ({ ...list[at]! }));
  delete shard[key];
  list[at] = shard;
  return list;
}

/** Every value, in no particular order. */
export function valuesOf<T>(shards: Shards<T>): T[] {
  return shards.flatMap((shard) => Object.values(shard));
}

/** Every key with its value, in no particular order. */
export function entriesOf<T>(shards: Shards<T>): [string, T][] {
  return shards.flatMap((shard) => Object.entries(shard));
}

export function keysOf<T>(shards: Shards<T>): string[] {
  return shards.flatMap((shard) => Object.keys(shard));
}

function owned<O extends object>(value: O, batch: Batch, copy: () => O): O {
  if (batch.has(value)) return value;
  const mine = copy();
  batch.add(mine);
  return mine;
}

/**
 * Keys are player ids and nickname keys, which players choose: "__proto__" is
 * stored as an own property like any other key, not through Object.prototype's
 * setter (which would change the shard's prototype and store nothing).
 */
function put<T>(shard: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(shard, key, { value, writable: true, enumerable: true, configurable: true });
}

/** FNV-1a over the key's UTF-16 code units. */
function shardIndex(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHARD_COUNT;
}

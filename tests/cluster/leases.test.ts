import pino from 'pino';
import { afterAll, inject, expect, test } from 'vitest';
import { LeaseKeeper } from '../../server/cluster/leases';
import { monotonicClock } from '../../server/game/clock';
import { newGame as newGameState } from '../../server/game/engine';
import type { GameSettingsInput } from '../../common/protocol';
import { GameRoom, type GameServer } from '../../server/realtime/game-room';
import { createDb } from '../../server/store/db';
import { persistEvents } from '../../server/store/game-events';
import { checkFence, LeaseLost, leaseOf, renewLeases, takeLease } from '../../server/store/leases';
import { importShippedBanks } from '../../server/banks/shipped-banks';
import { useTestDb } from '../support/db';

// Game leases in Postgres: exactly one owner per game, and a stale owner's batch
// is rolled back by the fence before it writes anything.

const db = useTestDb();
/** A second connection pool: another node. */
const other = createDb(inject('databaseUrl'));
afterAll(() => other.$disconnect());

async function newGame(id: string) {
  await importShippedBanks(db);
  const bank = await db.bank.findFirstOrThrow({ where: { sourceName: { startsWith: 'content/' } } });
  await db.game.create({ data: { id, code: id.slice(-6), liveCode: id.slice(-6), bankId: bank.id, hostTokenHash: 'h', hostDeviceHash: 'd', settings: {}, status: 'lobby' } });
  return id;
}

const expire = (gameId: string) => db.$executeRaw`UPDATE "GameLease" SET "expiresAt" = now() - interval '1 second' WHERE "gameId" = ${gameId}`;

test('two nodes race to take over the same expired game 300 times: exactly one wins each time, and the epoch grows by one', async () => {
  const gameId = await newGame('race-game-000001');
  expect(await takeLease(db, gameId, 'node-a', 10_000)).toEqual({ owner: 'node-a', epoch: 1 });
  expect(await takeLease(other, gameId, 'node-b', 10_000)).toBeNull(); // held and not expired
  for (let i = 0; i < 300; i++) {
    await expire(gameId);
    const [a, b] = await Promise.all([takeLease(db, gameId, 'node-a', 10_000), takeLease(other, gameId, 'node-b', 10_000)]);
    const winners = [a, b].filter((f) => f !== null);
    expect(winners, `race ${i}`).toHaveLength(1);
    expect(winners[0]!.epoch).toBe(i + 2);
    expect(await leaseOf(db, gameId)).toEqual({ owner: winners[0]!.owner, epoch: i + 2, expired: false });
  }
});

test('renewal keeps only the leases a node still holds; an ended game cannot be taken', async () => {
  const gameId = await newGame('renew-game-00002');
  await takeLease(db, gameId, 'node-a', 10_000);
  expect(await renewLeases(db, 'node-a', [gameId], 10_000)).toEqual(new Map([[gameId, 1]]));
  // A batch of node-a is being written (its fence holds the row): the renewal goes through at once, it does not wait.
  await db.$transaction(async (tx) => {
    await checkFence(tx, gameId, { owner: 'node-a', epoch: 1 });
    expect(await renewLeases(other, 'node-a', [gameId], 10_000)).toEqual(new Map([[gameId, 1]]));
  });
  await expire(gameId);
  await takeLease(db, gameId, 'node-b', 10_000);
  expect((await renewLeases(db, 'node-a', [gameId], 10_000)).has(gameId)).toBe(false); // node-a learns it lost the game
  await db.game.update({ where: { id: gameId }, data: { status: 'ended' } });
  await expire(gameId);
  expect(await takeLease(db, gameId, 'node-a', 10_000)).toBeNull();
});

test('a stale owner\'s batch is rolled back by the fence: nothing of it is stored', async () => {
  const gameId = await newGame('fence-game-00003');
  const stale = (await takeLease(db, gameId, 'node-a', 10_000))!;
  await expire(gameId);
  const fresh = (await takeLease(db, gameId, 'node-b', 10_000))!;
  await expect(db.$transaction((tx) => checkFence(tx, gameId, fresh))).resolves.toBeUndefined();
  const lock = { type: 'lockChanged', locked: true } as const;
  const write = (fence: typeof stale) => persistEvents(db, { gameId, roundIds: [], fence }, [{ event: lock }], {} as never);
  await expect(write(stale)).rejects.toBeInstanceOf(LeaseLost);
  expect((await db.game.findUniqueOrThrow({ where: { id: gameId } })).locked).toBe(false);
  await write(fresh);
  expect((await db.game.findUniqueOrThrow({ where: { id: gameId } })).locked).toBe(true);
});

test('a node that cannot renew stops serving a game by its own deadline, before Postgres lets another node take it', async () => {
  const gameId = await newGame('local-game-00004');
  const down = { yes: false };
  const flaky = new Proxy(db, {
    get: (target, key, receiver) =>
      key === '$queryRaw' && down.yes ? () => Promise.reject(new Error('injected: Postgres is unreachable')) : Reflect.get(target, key, receiver),
  });
  const lost: string[] = [];
  const keeper = new LeaseKeeper(flaky, 'node-a', 1000, pino({ level: 'silent' }), (id) => lost.push(id));
  const lease = (await keeper.take(gameId))!;
  expect(lease.live()).toBe(true);
  down.yes = true;
  await new Promise((r) => setTimeout(r, 600));
  await keeper.renew(); // fails, and the node's own deadline (lease minus a margin) has passed
  expect(lost).toEqual([gameId]);
  expect(lease.live()).toBe(false);
  expect(await leaseOf(db, gameId)).toMatchObject({ owner: 'node-a', expired: false }); // nobody else could have it yet
  expect(await takeLease(other, gameId, 'node-b', 1000)).toBeNull();
});

test('a takeover waits for the batch being written under the old epoch, and then finds it stored', async () => {
  const gameId = await newGame('waits-game-00005');
  const fence = (await takeLease(db, gameId, 'node-a', 10_000))!;
  await expire(gameId);
  const order: string[] = [];
  let taking: Promise<unknown> | undefined;
  await db.$transaction(async (tx) => {
    await checkFence(tx, gameId, fence);
    taking = takeLease(other, gameId, 'node-b', 10_000).then((f) => order.push(`taken at epoch ${f?.epoch}`));
    await new Promise((r) => setTimeout(r, 300));
    await tx.game.update({ where: { id: gameId }, data: { locked: true } });
    order.push('batch committed');
  });
  await taking;
  expect(order).toEqual(['batch committed', 'taken at epoch 2']);
  expect((await db.game.findUniqueOrThrow({ where: { id: gameId } })).locked).toBe(true);
});

test('a node past its own deadline stores and says nothing more for a game, though Postgres would still let it write, and drops it', async () => {
  const gameId = await newGame('stale-game-00006');
  const lost: string[] = [];
  const keeper = new LeaseKeeper(db, 'node-a', 1000, pino({ level: 'silent' }), (id) => lost.push(id));
  const emitted: string[] = [];
  const io = { to: () => ({ emit: (event: string) => emitted.push(event) }) } as unknown as GameServer;
  const deps = { io, db, clock: monotonicClock, log: pino({ level: 'silent' }), lanOrigin: null };
  const room = new GameRoom(deps, gameId, gameId.slice(-6), 'h', { autoAdvanceSeconds: null } as GameSettingsInput, [], newGameState([]));
  room.lease = (await keeper.take(gameId))!;
  await new Promise((r) => setTimeout(r, 600)); // no renewal: the node's own deadline (lease minus a margin) has passed
  await expect(room.dispatch({ type: 'lock', locked: true })).rejects.toBeInstanceOf(LeaseLost);
  expect(await leaseOf(db, gameId)).toMatchObject({ owner: 'node-a', epoch: 1 }); // the fence alone would have let it write
  expect((await db.game.findUniqueOrThrow({ where: { id: gameId } })).locked).toBe(false);
  expect(room.state.locked).toBe(false);
  expect(emitted).toEqual([]);
  expect(lost).toEqual([gameId]);
});

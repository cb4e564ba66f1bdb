import type { Db } from './db';
import type { Tx } from './games';

/**
 * Game leases (several nodes): one owner per live game, a fencing epoch that
 * grows on every change of owner, and an expiry compared with Postgres's own
 * now(), so the nodes' clocks never matter.
 */

/** What a node proves, inside the transaction that stores a batch, to write for a game. */
export interface Fence {
  owner: string;
  epoch: number;
}

/** This node's lease on a game was taken by another node: the batch was rolled back. */
export class LeaseLost extends Error {
  constructor(readonly gameId: string) {
    super(`game ${gameId}: another node owns it now`);
  }
}

/**
 * Takes the game when its lease is free, expired or already this node's, in one
 * statement. Two nodes racing serialize on the row (READ COMMITTED re-checks the
 * WHERE against the winner's row), so exactly one gets a row back. A game that has
 * no lease yet (just created, or from a single-process run) gets one.
 */
export async function takeLease(db: Db, gameId: string, owner: string, leaseMs: number): Promise<Fence | null> {
  const rows = await db.$queryRaw<{ epoch: number }[]>`
    INSERT INTO "GameLease" ("gameId", "owner", "epoch", "expiresAt")
    SELECT g."id", ${owner}, 1, now() + ${leaseMs} * interval '1 millisecond' FROM "Game" g
    WHERE g."id" = ${gameId} AND g."status" <> 'ended'
    ON CONFLICT ("gameId") DO UPDATE
      SET "owner" = EXCLUDED."owner", "epoch" = "GameLease"."epoch" + 1, "expiresAt" = EXCLUDED."expiresAt"
      WHERE "GameLease"."expiresAt" <= now() OR "GameLease"."owner" = EXCLUDED."owner"
    RETURNING "epoch"`;
  return rows[0] ? { owner, epoch: rows[0].epoch } : null;
}

/**
 * Extends the leases of the games this node serves, in one statement; returns
 * those it still holds, with their epochs. It changes only the expiry, so it
 * never waits for a batch being written (see checkFence). A game this node
 * dropped is not renewed, even while its row still names this node, so the row
 * expires and another node takes it.
 */
export async function renewLeases(db: Db, owner: string, gameIds: string[], leaseMs: number): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ gameId: string; epoch: number }[]>`
    UPDATE "GameLease" SET "expiresAt" = now() + ${leaseMs} * interval '1 millisecond'
    WHERE "owner" = ${owner} AND "gameId" = ANY(${gameIds}::text[]) RETURNING "gameId", "epoch"`;
  return new Map(rows.map((r) => [r.gameId, r.epoch]));
}

/** Lets go of a game at once (an ended game, a clean shutdown), so another node need not wait for the expiry. */
export async function releaseLease(db: Db, gameId: string, fence: Fence): Promise<void> {
  await db.$executeRaw`
    UPDATE "GameLease" SET "expiresAt" = now() WHERE "gameId" = ${gameId} AND "owner" = ${fence.owner} AND "epoch" = ${fence.epoch}`;
}

export interface LeaseHolder {
  owner: string;
  epoch: number;
  /** by Postgres's clock */
  expired: boolean;
}

export async function leaseOf(db: Db, gameId: string): Promise<LeaseHolder | null> {
  const rows = await db.$queryRaw<LeaseHolder[]>`
    SELECT "owner", "epoch", "expiresAt" <= now() AS "expired" FROM "GameLease" WHERE "gameId" = ${gameId}`;
  return rows[0] ?? null;
}

/**
 * Live games no node is serving: their lease expired, or they never had one and
 * are older than a lease (a lease is taken right after a game is created;
 * Prisma stores createdAt in UTC).
 */
export async function orphanedGames(db: Db, leaseMs: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT g."id" FROM "Game" g LEFT JOIN "GameLease" l ON l."gameId" = g."id"
    WHERE g."status" <> 'ended'
      AND (l."expiresAt" <= now() OR (l."gameId" IS NULL AND g."createdAt" < (now() AT TIME ZONE 'UTC') - ${leaseMs} * interval '1 millisecond'))`;
  return rows.map((r) => r.id);
}

/**
 * The fence: the first statement of a batch's transaction. It holds the lease row
 * FOR KEY SHARE until the batch commits: a takeover changes the epoch (a key
 * column, by its unique index), so it waits for this batch and then rebuilds the
 * game with it; a renewal changes only the expiry and does not wait. Throws
 * LeaseLost, rolling the batch back, when another node took over.
 */
export async function checkFence(tx: Tx, gameId: string, fence: Fence): Promise<void> {
  const rows = await tx.$queryRaw<{ epoch: number }[]>`
    SELECT "epoch" FROM "GameLease" WHERE "gameId" = ${gameId} AND "owner" = ${fence.owner} FOR KEY SHARE`;
  if (rows[0]?.epoch !== fence.epoch) throw new LeaseLost(gameId);
}

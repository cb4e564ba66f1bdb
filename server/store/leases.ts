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
 * Renews the leases of the games this node serves, in one statement, and says
 * which it still holds (with their epochs) and which of those it renewed. A lease
 * whose row a batch of this node is writing right now (the fence locks it) is
 * skipped, not waited for: renewals never stall behind game writes, nor writes
 * behind renewals; it is renewed next time. A game this node dropped is not
 * renewed, even while its row still names this node, so the row expires and
 * another node takes it.
 */
export async function renewLeases(db: Db, owner: string, gameIds: string[], leaseMs: number): Promise<Map<string, { epoch: number; renewed: boolean }>> {
  const rows = await db.$queryRaw<{ gameId: string; epoch: number; renewed: boolean }[]>`
    WITH renewed AS (
      UPDATE "GameLease" SET "expiresAt" = now() + ${leaseMs} * interval '1 millisecond'
      WHERE "gameId" IN (
        SELECT "gameId" FROM "GameLease" WHERE "owner" = ${owner} AND "gameId" = ANY(${gameIds}::text[])
        FOR NO KEY UPDATE SKIP LOCKED)
      RETURNING "gameId")
    SELECT l."gameId", l."epoch", r."gameId" IS NOT NULL AS "renewed"
    FROM "GameLease" l LEFT JOIN renewed r ON r."gameId" = l."gameId"
    WHERE l."owner" = ${owner} AND l."gameId" = ANY(${gameIds}::text[])`;
  return new Map(rows.map((r) => [r.gameId, { epoch: r.epoch, renewed: r.renewed }]));
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
 * The fence: the first statement of a batch's transaction. It locks the lease row,
 * so a takeover waits for this batch to commit (and then rebuilds the game with
 * it), and throws LeaseLost, rolling the batch back, when another node took over.
 */
export async function checkFence(tx: Tx, gameId: string, fence: Fence): Promise<void> {
  const rows = await tx.$queryRaw<{ epoch: number }[]>`
    SELECT "epoch" FROM "GameLease" WHERE "gameId" = ${gameId} AND "owner" = ${fence.owner} FOR UPDATE`;
  if (rows[0]?.epoch !== fence.epoch) throw new LeaseLost(gameId);
}

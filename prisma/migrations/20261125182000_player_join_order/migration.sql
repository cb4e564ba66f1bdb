-- AlterTable
ALTER TABLE "Player" ADD COLUMN "joinOrder" INTEGER;

-- Existing players: their order of joining, as far as the clock tells.
UPDATE "Player" AS p SET "joinOrder" = o.n
FROM (SELECT "id", (ROW_NUMBER() OVER (PARTITION BY "gameId" ORDER BY "joinedAt", "id") - 1)::int AS n FROM "Player") AS o
WHERE p."id" = o."id";

ALTER TABLE "Player" ALTER COLUMN "joinOrder" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Player_gameId_joinOrder_key" ON "Player"("gameId", "joinOrder");

-- Discuss and vote again (issue #23): a round whose first vote split the room
-- is held for the host ("heldAt"), who may open a second vote ("revoteAt") on
-- it. A player's answers to one round are attempts 1 and 2: every answer stored
-- before this is a first vote.

-- AlterTable
ALTER TABLE "Round" ADD COLUMN "heldAt" TIMESTAMP(3);
ALTER TABLE "Round" ADD COLUMN "revoteAt" TIMESTAMP(3);
ALTER TABLE "Answer" ADD COLUMN "attempt" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_attempt_check" CHECK ("attempt" IN (1, 2));

-- One answer per player, round and vote
DROP INDEX "Answer_roundId_playerId_key";
CREATE UNIQUE INDEX "Answer_roundId_playerId_attempt_key" ON "Answer"("roundId", "playerId", "attempt");

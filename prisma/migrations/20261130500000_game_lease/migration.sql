-- Several nodes: exactly one owner per live game. A node owns a game while its
-- lease has not expired; "epoch" grows by one on every change of owner and fences
-- the owner's writes. Times are Postgres's own now(), so node clocks do not matter.
CREATE TABLE "GameLease" (
    "gameId" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "epoch" INTEGER NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "GameLease_pkey" PRIMARY KEY ("gameId")
);

-- CreateIndex
CREATE INDEX "GameLease_owner_idx" ON "GameLease"("owner");

-- A unique index makes "epoch" a key column: a batch's fence holds the row FOR KEY
-- SHARE, which a takeover (it changes the epoch) waits for and a renewal (it
-- changes only the expiry) does not.
CREATE UNIQUE INDEX "GameLease_gameId_epoch_key" ON "GameLease"("gameId", "epoch");

-- AddForeignKey
ALTER TABLE "GameLease" ADD CONSTRAINT "GameLease_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE CASCADE ON UPDATE CASCADE;

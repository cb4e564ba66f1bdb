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

-- AddForeignKey
ALTER TABLE "GameLease" ADD CONSTRAINT "GameLease_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE CASCADE ON UPDATE CASCADE;

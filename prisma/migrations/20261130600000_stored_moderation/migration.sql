-- The host's flood moderation outlives the process that hosts the game, so a
-- restart or another node taking the game over keeps it: the game's ban patterns
-- (nicknameKeys, in the order banned) and the device each player joined from
-- (hashed), whose kicked players' devices may not join the game again.

-- AlterTable
ALTER TABLE "Game" ADD COLUMN "bans" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Player" ADD COLUMN "deviceHash" TEXT;

-- "Time to read first": a round shows its question alone for readMs before its
-- options and answer clock, planned with the round like its time limit. Stored so
-- that a restart (or another node) mid-reading goes on reading for the time left;
-- 0 (rounds stored before this) shows the options at once.

-- AlterTable
ALTER TABLE "Round" ADD COLUMN "readMs" INTEGER NOT NULL DEFAULT 0;

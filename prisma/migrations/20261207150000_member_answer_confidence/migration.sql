-- The confidence a member gave with an answer (issue #23), kept with the
-- answer in their memory as it is on the game's Answer: Sure / Unsure /
-- Guessing where the game asked; NULL where it did not, in practice (which
-- does not ask), and in every answer stored before this. Its FSRS rating
-- already read it; now the answer keeps it too.

-- AlterTable
ALTER TABLE "MemberAnswer" ADD COLUMN "confidence" TEXT;
ALTER TABLE "MemberAnswer" ADD CONSTRAINT "MemberAnswer_confidence_check" CHECK ("confidence" IN ('sure', 'unsure', 'guessing'));

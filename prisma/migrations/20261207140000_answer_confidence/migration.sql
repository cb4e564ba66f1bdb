-- Confidence on every answer (issue #23): what the player said of an answer,
-- Sure / Unsure / Guessing, in games that ask; NULL in games that do not (and
-- in every answer stored before this). Certainty-based scoring and a member's
-- memory (FSRS ratings) read it.

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN "confidence" TEXT;
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_confidence_check" CHECK ("confidence" IN ('sure', 'unsure', 'guessing'));

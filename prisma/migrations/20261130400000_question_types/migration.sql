-- Question types (server/game/types/): existing questions are choices.
ALTER TABLE "Question" ADD COLUMN "type" TEXT NOT NULL DEFAULT 'choice';
-- A case study's title and scenario, repeated on each of its questions.
ALTER TABLE "Question" ADD COLUMN "caseTitle" TEXT;
ALTER TABLE "Question" ADD COLUMN "caseScenario" TEXT;
-- Matching: the answer a prompt pairs with.
ALTER TABLE "Option" ADD COLUMN "match" TEXT;
-- Type the answer: what the player wrote.
ALTER TABLE "Answer" ADD COLUMN "text" TEXT;

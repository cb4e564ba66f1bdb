-- A question's stable key across its bank's versions (server/banks/question-keys.ts):
-- what a member's memory of a question hangs on. Banks stored before keys existed
-- get theirs right after the migrations (server/banks/store/backfill-keys.ts): the
-- rule compares stems in code, which SQL alone cannot do.
ALTER TABLE "Question" ADD COLUMN "key" TEXT;
CREATE INDEX "Question_key_idx" ON "Question"("key");

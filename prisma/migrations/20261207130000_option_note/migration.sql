-- "Why not", per option: the bank's own note on an option (a markdown "> note"
-- under it, GIFT #feedback on an answer, a per-option feedback column). The
-- phone that picked a wrong option is shown its note at the reveal, the host the
-- note of the most-picked wrong one. Null: no note (every option stored before this).

-- AlterTable
ALTER TABLE "Option" ADD COLUMN "note" TEXT;

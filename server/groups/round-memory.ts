import type { Db } from '../store/db';
import { confidenceOf } from '../store/question-rows';
import { recordRecalls } from './store/memory';

/**
 * After a round of a group's game closes: the answers its members gave go into
 * their memory, at the round's close. Only answers given count (a phone away
 * says nothing of what its member knows); a kicked player's do not. Recorded
 * once per member and round, so a retry or a second node's close is harmless.
 * Any game's round may come here; one indexed query finds there is nothing to do.
 * A round voted on twice counts its first vote: what the member knew before the
 * room talked it over (the second is the room's answer as much as theirs).
 */
export async function recordRoundMemory(db: Db, roundId: string): Promise<number> {
  const rows = await db.$queryRaw<{ memberId: string; groupId: string; questionId: string; questionKey: string; section: string; correct: boolean; confidence: string | null; responseMs: number; timeLimitMs: number; at: Date }[]>`
    SELECT p."memberId", g."groupId", r."questionId", q.key AS "questionKey", q.section, a.correct, a.confidence, a."responseMs", r."timeLimitMs", COALESCE(r."closedAt", a."createdAt") AS at
    FROM "Answer" a
    JOIN "Player" p ON p.id = a."playerId"
    JOIN "Round" r ON r.id = a."roundId"
    JOIN "Game" g ON g.id = r."gameId"
    JOIN "Member" m ON m.id = p."memberId" AND m."groupId" = g."groupId"
    JOIN "Question" q ON q.id = r."questionId"
    WHERE a."roundId" = ${roundId} AND a.attempt = 1 AND NOT p.kicked AND q.key IS NOT NULL`;
  // The confidence the player gave, where the game asked, weighs in the rating (memory.ts ratingFor) and is kept with the member's answer.
  return recordRecalls(db, rows.map(({ confidence, ...row }) => ({ ...row, confidence: confidenceOf(confidence) ?? undefined, source: 'game' as const, roundId })));
}

/**
 * The room's hook (RoomDeps.roundClosed): records each closed round's members'
 * memory in the background, logging a failure (the game is unaffected, and the
 * round can be recorded again later), and can wait for what is in flight: a
 * stopping server does, before it closes the database.
 */
export function memoryAfterRounds(db: Db, log: { error(details: object, message: string): void }) {
  const inFlight = new Set<Promise<unknown>>();
  return {
    roundClosed(roundId: string): void {
      const recording = recordRoundMemory(db, roundId)
        .catch((error: unknown) => log.error({ err: error, roundId }, 'could not record a round into its members’ memory'))
        .finally(() => inFlight.delete(recording));
      inFlight.add(recording);
    },
    async settled(): Promise<void> {
      while (inFlight.size) await Promise.all(inFlight);
    },
  };
}

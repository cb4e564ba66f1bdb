import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/db';
import type { Tx } from '../../store/games';
import { remember, type MemoryCard, type Recall } from '../memory';
import { toCard, toRow } from './cards';

/** One answer a member gave, for their memory: a game's round or a practice question. */
export interface MemberRecall extends Recall {
  memberId: string;
  groupId: string;
  questionId: string;
  questionKey: string;
  section: string;
  source: 'game' | 'practice';
  /** a game's round: the same round is recorded once, however often it is sent */
  roundId: string | null;
  at: Date;
}

/**
 * Stores answers into their members' memory: each answer once (a round's
 * answer sent again is skipped), then each member's card for the question
 * moved on by FSRS, in the order the answers were given. One transaction, so
 * the answers and the cards never disagree, and a few statements whatever the
 * count: a 2,000-player round is one insert, one read and one upsert per
 * thousand, not a round trip per member. Returns how many were new.
 */
export async function recordRecalls(db: Db, recalls: readonly MemberRecall[]): Promise<number> {
  if (recalls.length === 0) return 0;
  const ordered = [...recalls].sort((a, b) => a.at.getTime() - b.at.getTime()).map((recall) => ({ recall, id: randomUUID() }));
  return db.$transaction(async (tx) => {
    const inserted = await tx.memberAnswer.createManyAndReturn({
      data: ordered.map(({ recall, id }) => ({
        id, memberId: recall.memberId, groupId: recall.groupId, questionKey: recall.questionKey, questionId: recall.questionId,
        section: recall.section, correct: recall.correct, responseMs: recall.responseMs, source: recall.source, roundId: recall.roundId, at: recall.at,
      })),
      skipDuplicates: true,
      select: { id: true },
    });
    const insertedIds = new Set(inserted.map((row) => row.id));
    const fresh = ordered.filter(({ id }) => insertedIds.has(id)).map(({ recall }) => recall);
    if (fresh.length === 0) return 0;
    const cards = new Map<string, MemoryCard>();
    const keyOf = (r: { memberId: string; questionKey: string }) => `${r.memberId}\u0000${r.questionKey}`;
    const stored = await tx.memberCard.findMany({
      where: { memberId: { in: [...new Set(fresh.map((r) => r.memberId))] }, questionKey: { in: [...new Set(fresh.map((r) => r.questionKey))] } },
    });
    for (const row of stored) cards.set(keyOf(row), toCard(row));
    const moved = new Map<string, { memberId: string; questionKey: string }>();
    for (const recall of fresh) {
      cards.set(keyOf(recall), remember(cards.get(keyOf(recall)) ?? null, recall, recall.at));
      moved.set(keyOf(recall), recall);
    }
    const rows = [...moved].map(([key, { memberId, questionKey }]) => ({ memberId, questionKey, ...toRow(cards.get(key)!) }));
    for (let i = 0; i < rows.length; i += UPSERT_BATCH) await upsertCards(tx, rows.slice(i, i + UPSERT_BATCH));
    return fresh.length;
  });
}

const UPSERT_BATCH = 1_000;

type CardUpsert = { memberId: string; questionKey: string } & ReturnType<typeof toRow>;

/** One statement for a batch of cards, new or moved on. Times go as UTC text, as Prisma keeps DateTime (timestamp without zone, in UTC). */
async function upsertCards(tx: Tx, rows: CardUpsert[]): Promise<void> {
  const utc = (date: Date | null) => date?.toISOString() ?? null;
  await tx.$executeRaw`
    INSERT INTO "MemberCard" ("memberId", "questionKey", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview")
    SELECT * FROM unnest(
      ${rows.map((r) => r.memberId)}::text[], ${rows.map((r) => r.questionKey)}::text[], ${rows.map((r) => utc(r.due))}::timestamp(3)[],
      ${rows.map((r) => r.stability)}::float8[], ${rows.map((r) => r.difficulty)}::float8[], ${rows.map((r) => r.elapsedDays)}::int[],
      ${rows.map((r) => r.scheduledDays)}::int[], ${rows.map((r) => r.learningSteps)}::int[], ${rows.map((r) => r.reps)}::int[],
      ${rows.map((r) => r.lapses)}::int[], ${rows.map((r) => r.state)}::int[], ${rows.map((r) => utc(r.lastReview))}::timestamp(3)[])
    ON CONFLICT ("memberId", "questionKey") DO UPDATE SET
      "due" = EXCLUDED."due", "stability" = EXCLUDED."stability", "difficulty" = EXCLUDED."difficulty", "elapsedDays" = EXCLUDED."elapsedDays",
      "scheduledDays" = EXCLUDED."scheduledDays", "learningSteps" = EXCLUDED."learningSteps", "reps" = EXCLUDED."reps", "lapses" = EXCLUDED."lapses",
      "state" = EXCLUDED."state", "lastReview" = EXCLUDED."lastReview"`;
}

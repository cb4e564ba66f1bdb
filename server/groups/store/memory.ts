import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/db';
import type { Tx } from '../../store/games';
import { remember, type MemoryCard, type Recall } from '../memory';
import { toCard, toRow, type CardRow } from './cards';

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
    const insertedIds = new Set(await insertAnswers(tx, ordered));
    const fresh = ordered.filter(({ id }) => insertedIds.has(id)).map(({ recall }) => recall);
    if (fresh.length === 0) return 0;
    const keyOf = (r: { memberId: string; questionKey: string }) => `${r.memberId}\u0000${r.questionKey}`;
    const moved = new Map(fresh.map((recall) => [keyOf(recall), recall]));
    const cards = new Map<string, MemoryCard>();
    for (const row of await cardsOf(tx, [...moved.values()])) cards.set(keyOf(row), toCard(row));
    for (const recall of fresh) cards.set(keyOf(recall), remember(cards.get(keyOf(recall)) ?? null, recall, recall.at));
    const rows = [...moved].map(([key, { memberId, questionKey }]) => ({ memberId, questionKey, ...toRow(cards.get(key)!) }));
    for (let i = 0; i < rows.length; i += UPSERT_BATCH) await upsertCards(tx, rows.slice(i, i + UPSERT_BATCH));
    return fresh.length;
  });
}

// Raw SQL with one array per column: Prisma's query compiler takes time in
// proportion to the rows it is given, which at 2,000 rows held the event loop
// (and a game's answer acks) for most of a second.

/** Inserts the answers not stored yet (a round's answer once per member), with the confidence given where it was asked; returns the ids inserted. */
async function insertAnswers(tx: Tx, answers: { recall: MemberRecall; id: string }[]): Promise<string[]> {
  const column = <T>(pick: (recall: MemberRecall) => T) => answers.map(({ recall }) => pick(recall));
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "MemberAnswer" ("id", "memberId", "groupId", "questionKey", "questionId", "section", "correct", "confidence", "responseMs", "source", "roundId", "at")
    SELECT * FROM unnest(
      ${answers.map(({ id }) => id)}::text[], ${column((r) => r.memberId)}::text[], ${column((r) => r.groupId)}::text[],
      ${column((r) => r.questionKey)}::text[], ${column((r) => r.questionId)}::text[], ${column((r) => r.section)}::text[],
      ${column((r) => r.correct)}::boolean[], ${column((r) => r.confidence ?? null)}::text[], ${column((r) => r.responseMs)}::int[],
      ${column((r) => r.source)}::text[], ${column((r) => r.roundId)}::text[], ${column((r) => r.at.toISOString())}::timestamp(3)[])
    ON CONFLICT DO NOTHING
    RETURNING "id"`;
  return rows.map((row) => row.id);
}

/** The stored cards of these members' questions. */
async function cardsOf(tx: Tx, pairs: { memberId: string; questionKey: string }[]): Promise<CardRow[]> {
  return tx.$queryRaw<CardRow[]>`
    SELECT c.* FROM "MemberCard" c
    JOIN unnest(${pairs.map((p) => p.memberId)}::text[], ${pairs.map((p) => p.questionKey)}::text[]) AS k("memberId", "questionKey")
      ON c."memberId" = k."memberId" AND c."questionKey" = k."questionKey"`;
}

const UPSERT_BATCH = 1_000;

type CardUpsert = { memberId: string; questionKey: string } & ReturnType<typeof toRow>;

/** One statement for a batch of cards, new or moved on. Times go as UTC text: Prisma keeps a DateTime as a timestamp without zone, in UTC. */
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

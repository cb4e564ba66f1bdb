import { createHash } from 'node:crypto';
import type { Db } from '../../store/db';
import { FORGETTING_CURVE } from '../memory';
import { answersStamp, PerGroupCache } from './group-cache';

/**
 * What a group's pages show, read from its members' cards and answers:
 * mastery per section (FSRS's chance of recall now, averaged over the
 * section's questions, an unseen question counting 0), the due questions, the
 * most missed, the trend across the group's games and who has questions due.
 * Sums over cards run in SQL: a group of 60 with a 600-question bank has
 * 36,000 cards, too many to read into JavaScript for every page view.
 */

export interface GroupQuestion {
  id: string;
  key: string;
  section: string;
  stem: string;
}

/** The questions the group studies: the latest version of each of its banks, in bank order, each key once. */
export function groupQuestions(db: Db, groupId: string): Promise<GroupQuestion[]> {
  return db.$queryRaw<GroupQuestion[]>`
    SELECT id, key, section, stem FROM (
      SELECT DISTINCT ON (q.key) q.id, q.key, q.section, q.stem, gb.position AS "bankPlace", q.position
      FROM "GroupBank" gb
      JOIN LATERAL (SELECT id FROM "Bank" b WHERE b.slug = gb."bankSlug" ORDER BY b.version DESC LIMIT 1) latest ON true
      JOIN "Question" q ON q."bankId" = latest.id
      WHERE gb."groupId" = ${groupId} AND q.key IS NOT NULL
      ORDER BY q.key, gb.position, q.position
    ) studied ORDER BY "bankPlace", position`;
}

export interface SectionMastery {
  section: string;
  questions: number;
  /** 0 to 100 */
  mastery: number;
}

type RecallSums = { memberId: string; section: string; recall: number }[];

const recallCache = new PerGroupCache<RecallSums>();

/** The recall sums, also kept to the hour: a card's whole day since its last review passes on its own (FSRS counts whole days). */
async function groupRecallSums(db: Db, groupId: string, questions: GroupQuestion[], memberIds: string[], now: Date): Promise<RecallSums> {
  const hour = Math.floor(now.getTime() / 3_600_000);
  const stamp = createHash('sha256').update(JSON.stringify([hour, await answersStamp(db, groupId, memberIds), questions.map((q) => [q.key, q.section])])).digest('base64');
  return recallCache.get(groupId, stamp, () => recallSums(db, questions, memberIds, now));
}

export type AnswerTallies = Map<string, { answers: number; misses: number }>;
const tallyCache = new PerGroupCache<AnswerTallies>();

/** The group's answers and misses per question key, for the most missed and the review game. */
export async function answerTallies(db: Db, groupId: string, memberIds: string[]): Promise<AnswerTallies> {
  return tallyCache.get(groupId, await answersStamp(db, groupId, memberIds), async () => {
    const rows = await db.$queryRaw<{ questionKey: string; answers: bigint; misses: bigint }[]>`
      SELECT "questionKey", count(*) AS answers, count(*) FILTER (WHERE NOT correct) AS misses
      FROM "MemberAnswer" WHERE "groupId" = ${groupId} GROUP BY "questionKey"`;
    return new Map(rows.map((r) => [r.questionKey, { answers: Number(r.answers), misses: Number(r.misses) }]));
  });
}

/** Each member's summed chance of recall now, per section of the group's questions. */
function recallSums(db: Db, questions: GroupQuestion[], memberIds: string[], now: Date): Promise<RecallSums> {
  const { factor, decay } = FORGETTING_CURVE;
  return db.$queryRaw<RecallSums>`
    SELECT c."memberId", qs.section,
           sum(CASE WHEN c.state = 0 OR c."lastReview" IS NULL THEN 0
                    ELSE power(1 + ${factor}::float8 * greatest(floor(extract(epoch FROM (${now}::timestamp - c."lastReview")) / 86400), 0) / c.stability, ${decay}::float8) END)::float8 AS recall
    FROM "MemberCard" c
    JOIN unnest(${questions.map((q) => q.key)}::text[], ${questions.map((q) => q.section)}::text[]) AS qs(key, section) ON qs.key = c."questionKey"
    WHERE c."memberId" = ANY(${memberIds}::text[])
    GROUP BY c."memberId", qs.section`;
}

/** Mastery per section in bank order, from recall sums over `members` members. */
function masteryOf(questions: GroupQuestion[], sums: RecallSums, members: number): SectionMastery[] {
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.section, (counts.get(q.section) ?? 0) + 1);
  const recall = new Map<string, number>();
  for (const row of sums) recall.set(row.section, (recall.get(row.section) ?? 0) + row.recall);
  return [...counts].map(([section, n]) => ({ section, questions: n, mastery: members ? Math.round((100 * (recall.get(section) ?? 0)) / (n * members)) : 0 }));
}

/** The group's questions due for each member now, by member id. */
async function dueKeys(db: Db, questions: GroupQuestion[], memberIds: string[], now: Date): Promise<Map<string, Set<string>>> {
  const rows = await db.memberCard.findMany({
    where: { memberId: { in: memberIds }, due: { lte: now }, questionKey: { in: questions.map((q) => q.key) } },
    select: { memberId: true, questionKey: true },
  });
  const due = new Map<string, Set<string>>();
  for (const row of rows) (due.get(row.memberId) ?? due.set(row.memberId, new Set()).get(row.memberId)!).add(row.questionKey);
  return due;
}

const memberIdsOf = async (db: Db, groupId: string) => (await db.member.findMany({ where: { groupId }, orderBy: { joinedAt: 'asc' }, select: { id: true, name: true } }));

/** A member's own page: their due questions, their mastery, the group's, and the games they played with the group. */
export async function memberOverview(db: Db, groupId: string, memberId: string, now: Date) {
  const [group, questions, members, games] = await Promise.all([
    db.studyGroup.findUniqueOrThrow({ where: { id: groupId }, select: { name: true, exam: true, targetMastery: true, sharedBoard: true } }),
    groupQuestions(db, groupId),
    memberIdsOf(db, groupId),
    db.player.findMany({
      where: { memberId, game: { groupId } },
      orderBy: { joinedAt: 'desc' },
      take: 20,
      select: { score: true, correctCount: true, game: { select: { id: true, createdAt: true, bank: { select: { title: true } }, _count: { select: { rounds: true } } } } },
    }),
  ]);
  const [sums, due] = await Promise.all([groupRecallSums(db, groupId, questions, members.map((m) => m.id), now), dueKeys(db, questions, [memberId], now)]);
  const mine = due.get(memberId) ?? new Set();
  return {
    group,
    due: questions.filter((q) => mine.has(q.key)).map(({ id, section }) => ({ id, section })),
    mastery: masteryOf(questions, sums.filter((row) => row.memberId === memberId), 1),
    groupMastery: masteryOf(questions, sums, members.length),
    games: games.map(({ score, correctCount, game }) => ({ gameId: game.id, playedAt: game.createdAt.toISOString(), bankTitle: game.bank.title, score, correctCount, questions: game._count.rounds })),
  };
}

/** The group's page: everything aggregated; members by name only for the organizer or with the shared board on. */
export async function groupOverview(db: Db, groupId: string, now: Date, { names }: { names: boolean }) {
  const [group, questions, members, trend] = await Promise.all([
    db.studyGroup.findUniqueOrThrow({ where: { id: groupId }, select: { name: true, exam: true, targetMastery: true, sharedBoard: true, inviteToken: true } }),
    groupQuestions(db, groupId),
    memberIdsOf(db, groupId),
    db.$queryRaw<{ gameId: string; playedAt: Date; answers: bigint; correct: bigint }[]>`
      SELECT g.id AS "gameId", g."createdAt" AS "playedAt", count(a.id) AS answers, count(a.id) FILTER (WHERE a.correct) AS correct
      FROM "Game" g JOIN "Round" r ON r."gameId" = g.id JOIN "MemberAnswer" a ON a."roundId" = r.id
      WHERE g."groupId" = ${groupId}
      GROUP BY g.id ORDER BY g."createdAt" DESC LIMIT 52`,
  ]);
  const ids = members.map((m) => m.id);
  const [sums, due, tallies] = await Promise.all([groupRecallSums(db, groupId, questions, ids, now), dueKeys(db, questions, ids, now), answerTallies(db, groupId, ids)]);
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const dueCounts = members.map((m) => ({ name: m.name, due: due.get(m.id)?.size ?? 0 }));
  return {
    group,
    members: members.length,
    mastery: masteryOf(questions, sums, members.length),
    memberMastery: names ? members.map((m) => ({ name: m.name, mastery: masteryOf(questions, sums.filter((row) => row.memberId === m.id), 1) })) : null,
    mostMissed: [...tallies]
      .filter(([key, { misses }]) => misses > 0 && byKey.has(key))
      .sort(([, a], [, b]) => b.misses - a.misses || a.answers - b.answers)
      .slice(0, 10)
      .map(([key, tally]) => ({ ...byKey.get(key)!, ...tally })),
    trend: trend.reverse().map((row) => ({ gameId: row.gameId, playedAt: row.playedAt.toISOString(), percentCorrect: Math.round((100 * Number(row.correct)) / Number(row.answers)) })),
    membersWithDue: dueCounts.filter((m) => m.due > 0).length,
    dueNames: names ? dueCounts.filter((m) => m.due > 0) : null,
  };
}

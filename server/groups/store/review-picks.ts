import type { Db } from '../../store/db';
import { pickReviewQuestions, type Pick } from '../review-pick';
import { answerTallies, groupQuestions, type GroupQuestion } from './overview';

/**
 * Gathers what the review game's rule (review-pick.ts) needs, in three queries:
 * how many of the players have each question due, the group's answers per
 * question, and the answers of the group's last game.
 */
export async function reviewPicks(db: Db, groupId: string, { memberIds, count, now }: { memberIds: string[] | null; count: number; now: Date }): Promise<Pick<GroupQuestion>[]> {
  const members = (await db.member.findMany({ where: { groupId }, orderBy: { joinedAt: 'asc' }, select: { id: true } })).map((m) => m.id);
  // Only the group's own members count, whatever ids the request named.
  const players = memberIds ? members.filter((id) => memberIds.includes(id)) : members;
  const [questions, due, answers, lastGame] = await Promise.all([
    groupQuestions(db, groupId),
    db.memberCard.groupBy({ by: ['questionKey'], where: { memberId: { in: players }, due: { lte: now } }, _count: { _all: true } }),
    answerTallies(db, groupId, members),
    db.$queryRaw<{ questionKey: string; answers: bigint; misses: bigint }[]>`
      SELECT q.key AS "questionKey", count(a.id) AS answers, count(a.id) FILTER (WHERE NOT a.correct) AS misses
      FROM "Round" r JOIN "Question" q ON q.id = r."questionId" LEFT JOIN "MemberAnswer" a ON a."roundId" = r.id
      WHERE r."gameId" = (SELECT id FROM "Game" WHERE "groupId" = ${groupId} AND "startedAt" IS NOT NULL ORDER BY "createdAt" DESC LIMIT 1)
      GROUP BY q.key`,
  ]);
  const stats = (rows: { questionKey: string; answers: bigint; misses: bigint }[]) => new Map(rows.map((r) => [r.questionKey, { answers: Number(r.answers), misses: Number(r.misses) }]));
  return pickReviewQuestions({
    questions,
    dueCount: new Map(due.map((row) => [row.questionKey, row._count._all])),
    players: players.length,
    answers,
    lastGame: stats(lastGame),
    count,
  });
}

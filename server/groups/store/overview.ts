import type { Db } from '../../store/db';
import { recallChance } from '../memory';
import { toCard } from './cards';

/**
 * What a group's pages show, read from its members' cards and answers:
 * mastery per section (FSRS's chance of recall now, averaged over the
 * section's questions, an unseen question counting 0), the most missed
 * questions, the trend across the group's games and who has questions due.
 */

export interface GroupQuestion {
  id: string;
  key: string;
  section: string;
  stem: string;
}

/** The questions the group studies: the latest version of each of its banks, in bank order. */
export async function groupQuestions(db: Db, groupId: string): Promise<GroupQuestion[]> {
  const banks = await db.groupBank.findMany({ where: { groupId }, orderBy: { position: 'asc' }, select: { bankSlug: true } });
  const latest = await Promise.all(
    banks.map(({ bankSlug }) =>
      db.bank.findFirst({
        where: { slug: bankSlug },
        orderBy: { version: 'desc' },
        select: { questions: { orderBy: { position: 'asc' }, select: { id: true, key: true, section: true, stem: true } } },
      }),
    ),
  );
  const seen = new Set<string>();
  return latest.flatMap((bank) => bank?.questions ?? []).flatMap((q) => {
    // Every question has a key once the backfill ran; two banks holding one question count it once.
    if (!q.key || seen.has(q.key)) return [];
    seen.add(q.key);
    return [{ ...q, key: q.key }];
  });
}

export interface SectionMastery {
  section: string;
  questions: number;
  /** 0 to 100 */
  mastery: number;
}

/** Mastery per section in bank order, from one member's cards (questionKey -> card). */
function masteryOf(questions: GroupQuestion[], cards: Map<string, ReturnType<typeof toCard>>, now: Date): SectionMastery[] {
  const sections = new Map<string, { total: number; questions: number }>();
  for (const q of questions) {
    const card = cards.get(q.key);
    const entry = sections.get(q.section) ?? { total: 0, questions: 0 };
    entry.total += card ? recallChance(card, now) : 0;
    entry.questions += 1;
    sections.set(q.section, entry);
  }
  return [...sections].map(([section, { total, questions }]) => ({ section, questions, mastery: Math.round((100 * total) / questions) }));
}

async function cardsByMember(db: Db, groupId: string, memberId?: string) {
  const rows = await db.memberCard.findMany({ where: memberId ? { memberId } : { member: { groupId } } });
  const byMember = new Map<string, Map<string, ReturnType<typeof toCard>>>();
  for (const row of rows) {
    const cards = byMember.get(row.memberId) ?? byMember.set(row.memberId, new Map()).get(row.memberId)!;
    cards.set(row.questionKey, toCard(row));
  }
  return byMember;
}

const dueIn = (questions: GroupQuestion[], cards: Map<string, ReturnType<typeof toCard>> | undefined, now: Date) =>
  questions.filter((q) => {
    const card = cards?.get(q.key);
    return card !== undefined && card.due <= now;
  });

/** A member's own page: their due questions, their mastery, the group's, and the games they played with the group. */
export async function memberOverview(db: Db, groupId: string, memberId: string, now: Date) {
  const [group, questions, mine, everyone, games] = await Promise.all([
    db.studyGroup.findUniqueOrThrow({ where: { id: groupId }, select: { name: true, exam: true, targetMastery: true, sharedBoard: true } }),
    groupQuestions(db, groupId),
    cardsByMember(db, groupId, memberId),
    cardsByMember(db, groupId),
    db.player.findMany({
      where: { memberId, game: { groupId } },
      orderBy: { joinedAt: 'desc' },
      take: 20,
      select: { score: true, correctCount: true, game: { select: { id: true, createdAt: true, bank: { select: { title: true } }, _count: { select: { rounds: true } } } } },
    }),
  ]);
  const cards = mine.get(memberId) ?? new Map();
  return {
    group,
    due: dueIn(questions, cards, now).map(({ id, section }) => ({ id, section })),
    mastery: masteryOf(questions, cards, now),
    groupMastery: averageMastery(questions, everyone, now),
    games: games.map(({ score, correctCount, game }) => ({ gameId: game.id, playedAt: game.createdAt.toISOString(), bankTitle: game.bank.title, score, correctCount, questions: game._count.rounds })),
  };
}

function averageMastery(questions: GroupQuestion[], byMember: Map<string, Map<string, ReturnType<typeof toCard>>>, now: Date, members = [...byMember.keys()]): SectionMastery[] {
  const perMember = members.map((id) => masteryOf(questions, byMember.get(id) ?? new Map(), now));
  const first = masteryOf(questions, new Map(), now);
  return first.map((section, i) => ({
    ...section,
    mastery: perMember.length ? Math.round(perMember.reduce((sum, m) => sum + m[i]!.mastery, 0) / perMember.length) : 0,
  }));
}

/** The group's page: everything aggregated; members by name only for the organizer or with the shared board on. */
export async function groupOverview(db: Db, groupId: string, now: Date, { names }: { names: boolean }) {
  const [group, questions, members, byMember, missed, trend] = await Promise.all([
    db.studyGroup.findUniqueOrThrow({ where: { id: groupId }, select: { name: true, exam: true, targetMastery: true, sharedBoard: true, inviteToken: true } }),
    groupQuestions(db, groupId),
    db.member.findMany({ where: { groupId }, orderBy: { joinedAt: 'asc' }, select: { id: true, name: true } }),
    cardsByMember(db, groupId),
    db.$queryRaw<{ questionKey: string; answers: bigint; misses: bigint }[]>`
      SELECT "questionKey", count(*) AS answers, count(*) FILTER (WHERE NOT correct) AS misses
      FROM "MemberAnswer" WHERE "groupId" = ${groupId}
      GROUP BY "questionKey" HAVING count(*) FILTER (WHERE NOT correct) > 0
      ORDER BY misses DESC, answers ASC LIMIT 40`,
    db.$queryRaw<{ gameId: string; playedAt: Date; answers: bigint; correct: bigint }[]>`
      SELECT g.id AS "gameId", g."createdAt" AS "playedAt", count(a.id) AS answers, count(a.id) FILTER (WHERE a.correct) AS correct
      FROM "Game" g JOIN "Round" r ON r."gameId" = g.id JOIN "MemberAnswer" a ON a."roundId" = r.id
      WHERE g."groupId" = ${groupId}
      GROUP BY g.id ORDER BY g."createdAt" ASC LIMIT 52`,
  ]);
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const memberIds = members.map((m) => m.id);
  const due = members.map((m) => ({ ...m, due: dueIn(questions, byMember.get(m.id), now).length }));
  return {
    group,
    members: members.length,
    mastery: averageMastery(questions, byMember, now, memberIds),
    memberMastery: names ? members.map((m) => ({ name: m.name, mastery: masteryOf(questions, byMember.get(m.id) ?? new Map(), now) })) : null,
    mostMissed: missed
      .filter((row) => byKey.has(row.questionKey))
      .slice(0, 10)
      .map((row) => ({ ...byKey.get(row.questionKey)!, answers: Number(row.answers), misses: Number(row.misses) })),
    trend: trend.map((row) => ({ gameId: row.gameId, playedAt: row.playedAt.toISOString(), percentCorrect: Math.round((100 * Number(row.correct)) / Number(row.answers)) })),
    membersWithDue: due.filter((m) => m.due > 0).length,
    dueNames: names ? due.filter((m) => m.due > 0).map(({ name, due: count }) => ({ name, due: count })) : null,
  };
}

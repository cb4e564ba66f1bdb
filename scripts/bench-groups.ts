/**
 * A study group's pages and its review game at a realistic size, timed from
 * the database: a group of --members members who played --games games of
 * --questions questions from a --bank-size question bank (defaults: 60 members,
 * 300 games of 20: 360,000 answers), with a card per member and question.
 *
 *   DATABASE_URL=postgresql://... npm run bench:groups -- [--members 60] [--games 300] [--questions 20] [--bank-size 600] [--runs 40]
 *
 * Rows are written with SQL (generate_series), then each read is run --runs
 * times for random members: a member's page (due list and mastery per
 * section, as POST /api/groups/<id> returns it), the group's page, the due
 * questions in the practice screens' shape, and the review game's picks; the
 * first two also just after a member answered, when the group's sums are read
 * afresh rather than from their cache (store/group-cache.ts).
 * Figures, not assertions: it prints p50/p95/max per read.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { importBank } from '../server/banks/store/banks';
import type { ParsedBank } from '../server/banks/types';
import { createGroup, joinGroup } from '../server/groups/store/groups';
import { groupOverview, memberOverview } from '../server/groups/store/overview';
import { duePractice } from '../server/groups/practice';
import { reviewPicks } from '../server/groups/store/review-picks';
import { recordRecalls } from '../server/groups/store/memory';
import { createDb, migrateDatabase } from '../server/store/db';
import { createScratchDatabase } from '../server/store/pg';
import { ms, summarize, table } from './bench/stats';

const { values: args } = parseArgs({
  options: {
    members: { type: 'string', default: '60' },
    games: { type: 'string', default: '300' },
    questions: { type: 'string', default: '20' },
    'bank-size': { type: 'string', default: '600' },
    runs: { type: 'string', default: '40' },
  },
});
const [members, games, perGame, bankSize, runs] = [args.members, args.games, args.questions, args['bank-size'], args.runs].map(Number) as [number, number, number, number, number];
if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL to a PostgreSQL server: the bench makes a scratch database on it.');

const SECTIONS = ['Data preparation', 'Model development', 'Deployment', 'Monitoring', 'Security'];
const bank: ParsedBank = {
  title: 'Bench bank',
  description: '',
  sections: SECTIONS,
  questions: Array.from({ length: bankSize }, (_, i) => ({
    type: 'choice' as const,
    caseStudy: null,
    section: SECTIONS[i % SECTIONS.length]!,
    stem: `Question ${i}: which service fits scenario ${i}, given its data and latency needs?`,
    options: ['A', 'B', 'C', 'D'].map((letter, o) => ({ text: `Option ${letter} of ${i}`, correct: o === i % 4, authored: true })),
    select: 1,
    explanation: `Because of ${i}.`,
    whyNot: [],
    links: [],
    line: i + 1,
  })),
};

const scratch = await createScratchDatabase(process.env.DATABASE_URL, `cramjam_bench_groups_${Date.now()}`);
try {
  await migrateDatabase(scratch.url);
  const db = createDb(scratch.url);
  const started = performance.now();
  const stored = await importBank(db, bank, { origin: 'cli', fileName: 'bench-groups.md' });
  const group = await createGroup(db, { name: 'Bench group', exam: 'MLA', bankSlugs: [stored.slug] });
  if (!group.ok) throw new Error('no group');
  const memberIds: string[] = [];
  for (let m = 0; m < members; m++) {
    const joined = await joinGroup(db, group.invite, `Member ${m}`);
    if (!joined.ok) throw new Error(joined.reason);
    memberIds.push(joined.memberId);
  }
  const now = new Date();
  // Games a day apart, each with `perGame` rounds walking through the bank; every member answers every round.
  await db.$executeRaw`
    INSERT INTO "Game" (id, code, "bankId", "groupId", "hostTokenHash", "hostDeviceHash", settings, status, "createdAt", "startedAt", "endedAt")
    SELECT 'bench-game-' || g, lpad(g::text, 6, '0'), ${stored.id}, ${group.groupId}, 'h', 'd', '{}', 'ended',
           ${now}::timestamp - (${games} - g) * interval '1 day', ${now}::timestamp - (${games} - g) * interval '1 day', ${now}::timestamp - (${games} - g) * interval '1 day'
    FROM generate_series(1, ${games}) g`;
  await db.$executeRaw`
    INSERT INTO "Round" (id, "gameId", index, "questionId", "timeLimitMs", "optionOrder", "openedAt", "closedAt")
    SELECT gen_random_uuid()::text, 'bench-game-' || g, r, q.id, 30000, ARRAY[]::text[], g."createdAt", g."createdAt"
    FROM generate_series(1, ${games}) gs(g)
    CROSS JOIN generate_series(0, ${perGame - 1}) r
    JOIN "Game" g ON g.id = 'bench-game-' || gs.g
    JOIN "Question" q ON q."bankId" = ${stored.id} AND q.position = ((gs.g * ${perGame} + r) % ${bankSize})`;
  // About one answer in three wrong, varying by member and question.
  await db.$executeRaw`
    INSERT INTO "MemberAnswer" (id, "memberId", "groupId", "questionKey", "questionId", section, correct, "responseMs", source, "roundId", at)
    SELECT gen_random_uuid()::text, m.id, ${group.groupId}, q.key, q.id, q.section, (hashtext(m.id || r.id) % 3) <> 0, 8000, 'game', r.id, r."closedAt"
    FROM "Round" r JOIN "Game" g ON g.id = r."gameId" AND g."groupId" = ${group.groupId}
    JOIN "Question" q ON q.id = r."questionId"
    CROSS JOIN "Member" m WHERE m."groupId" = ${group.groupId}`;
  // One card per member and question played, due from a week ago to a month ahead.
  await db.$executeRaw`
    INSERT INTO "MemberCard" ("memberId", "questionKey", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "lastReview")
    SELECT m.id, q.key, ${now}::timestamp + ((abs(hashtext(m.id || q.key)) % 37) - 7) * interval '1 day', 5 + abs(hashtext(q.key) % 20), 5, 3, 7, 0, 3, 1, 2, ${now}::timestamp - interval '3 days'
    FROM "Member" m CROSS JOIN (SELECT DISTINCT q.key FROM "Round" r JOIN "Question" q ON q.id = r."questionId" JOIN "Game" g ON g.id = r."gameId" WHERE g."groupId" = ${group.groupId}) q
    WHERE m."groupId" = ${group.groupId}`;
  await db.$executeRaw`ANALYZE`;
  const [answers, cards] = await Promise.all([db.memberAnswer.count(), db.memberCard.count()]);
  console.log(`${members} members, ${games} games of ${perGame}, a bank of ${bankSize}: ${answers.toLocaleString('en')} answers, ${cards.toLocaleString('en')} cards (written in ${ms(performance.now() - started)})\n`);

  const pick = () => memberIds[Math.floor(Math.random() * memberIds.length)]!;
  // A member's practice answer changes the group's sums: the next page view reads them afresh.
  const answered = async () => {
    const question = await db.question.findFirstOrThrow({ where: { bankId: stored.id }, skip: Math.floor(Math.random() * bankSize), select: { id: true, key: true, section: true } });
    await recordRecalls(db, [{ memberId: pick(), groupId: group.groupId, questionId: question.id, questionKey: question.key!, section: question.section, correct: false, responseMs: null, timeLimitMs: null, source: 'practice', roundId: null, at: new Date() }]);
  };
  const reads: [string, () => Promise<unknown>, (() => Promise<unknown>)?][] = [
    ["a member's page, just after someone answered", () => memberOverview(db, group.groupId, pick(), new Date()), answered],
    ['the review game of 10, just after someone answered', () => reviewPicks(db, group.groupId, { memberIds: null, count: 10, now: new Date() }), answered],
    ["a member's page (due list, mastery)", () => memberOverview(db, group.groupId, pick(), now)],
    ["a member's due questions to practise", () => duePractice(db, group.groupId, pick(), now)],
    ["the group's page (organizer)", () => groupOverview(db, group.groupId, now, { names: true })],
    ['the review game of 10, whole group', () => reviewPicks(db, group.groupId, { memberIds: null, count: 10, now })],
    ['the review game of 10, 8 in the lobby', () => reviewPicks(db, group.groupId, { memberIds: memberIds.slice(0, 8), count: 10, now })],
  ];
  const rows: string[][] = [];
  for (const [what, read, before] of reads) {
    await read(); // warm: plans cached, pages in memory
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await before?.();
      const t = performance.now();
      await read();
      times.push(performance.now() - t);
    }
    const s = summarize(times)!;
    rows.push([what, ms(s.p50), ms(s.p95), ms(s.max), '']);
  }
  console.log(table(['read', 'p50', 'p95', 'max', ''], rows));
  console.log(`\ngoals: a member's due list and mastery under 50 ms p95; the review game's selection under 200 ms (run id ${randomUUID().slice(0, 8)})`);
  await db.$disconnect();
} finally {
  await scratch.drop();
}

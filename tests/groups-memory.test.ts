// A group's memory in real Postgres over simulated weeks: answers become each
// member's FSRS cards, due lists and mastery follow them, the review game picks
// from them, an answer recorded twice counts once, leaving deletes it all, and
// each answer keeps the confidence given with it.
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadBankFile } from '../server/banks/load';
import { importBank } from '../server/banks/store/banks';
import { createGroup, joinGroup, removeMember } from '../server/groups/store/groups';
import { recordRecalls, type MemberRecall } from '../server/groups/store/memory';
import { groupOverview, groupQuestions, memberOverview, type GroupQuestion } from '../server/groups/store/overview';
import { reviewPicks } from '../server/groups/store/review-picks';
import { duePractice } from '../server/groups/practice';
import { useTestDb } from './support/db';

const db = useTestDb();
const run = Date.now().toString(36);
const day = (n: number) => new Date(Date.UTC(2026, 11, 1 + n, 19));

let groupId = '';
let ann = '';
let ben = '';
let questions: GroupQuestion[] = [];

beforeAll(async () => {
  const { bank } = await loadBankFile('content/aws-ml-engineer-sample-questions.md');
  const { slug } = await importBank(db, { ...bank!, title: `Memory ${run}` }, { origin: 'cli', fileName: `memory-${run}.md` });
  const group = await createGroup(db, { name: 'Memory group', exam: 'MLA', bankSlugs: [slug] });
  if (!group.ok) throw new Error('no group');
  groupId = group.groupId;
  const memberId = async (name: string) => {
    const joined = await joinGroup(db, group.invite, name);
    if (!joined.ok) throw new Error(joined.reason);
    return joined.memberId;
  };
  ann = await memberId('Ann');
  ben = await memberId('Ben');
  questions = await groupQuestions(db, groupId);
});

const recall = (memberId: string, q: GroupQuestion, correct: boolean, at: Date, roundId: string | null = null): MemberRecall => ({
  memberId, groupId, questionId: q.id, questionKey: q.key, section: q.section, correct, responseMs: 8_000, timeLimitMs: 30_000, source: roundId ? 'game' : 'practice', roundId, at,
});

describe("a group's memory over weeks", () => {
  test("each member's card follows FSRS's own schedule, and the due list follows the cards", async () => {
    const [q1, q2] = questions as [GroupQuestion, GroupQuestion];
    // Week 1: Ann right on q1, wrong on q2; Ben wrong on both. Week 2: Ann wrong on q1.
    await recordRecalls(db, [recall(ann, q1, true, day(0)), recall(ann, q2, false, day(0)), recall(ben, q1, false, day(0)), recall(ben, q2, false, day(0))]);
    await recordRecalls(db, [recall(ann, q1, false, day(7))]);

    const reference = fsrs({ enable_fuzz: false, enable_short_term: false });
    const expected = reference.next(reference.next(createEmptyCard(day(0)), day(0), Rating.Good).card, day(7), Rating.Again).card;
    const card = await db.memberCard.findUniqueOrThrow({ where: { memberId_questionKey: { memberId: ann, questionKey: q1.key } } });
    expect({ due: card.due, stability: card.stability, reps: card.reps, lapses: card.lapses }).toEqual({ due: expected.due, stability: expected.stability, reps: 2, lapses: 1 });

    // The day after week 2: Ann's q1 (due a day after her miss) and q2 are due.
    const annNow = await memberOverview(db, groupId, ann, day(8));
    expect(annNow.due.map((d) => d.id).sort()).toEqual([q1.id, q2.id].sort());
    expect(annNow.mastery.reduce((n, s) => n + s.questions, 0)).toBe(questions.length);
    const beforeDue = await memberOverview(db, groupId, ann, day(7));
    expect(beforeDue.due.map((d) => d.id)).toEqual([q2.id]);

    // What the practice screens get: each due question with its rules, in the bank's option ids.
    const practice = await duePractice(db, groupId, ann, day(8));
    expect(practice.map((p) => p.stem).sort()).toEqual([q1.stem, q2.stem].sort());
    expect(practice.map((p) => [p.id, p.stem]).sort()).toEqual([[q1.id, q1.stem], [q2.id, q2.stem]].sort());
    const stored = await db.option.findMany({ where: { questionId: q1.id } });
    const first = practice.find((p) => p.stem === q1.stem)!;
    expect(first.rules.options.map((o) => o.id).sort()).toEqual(stored.map((o) => o.id).sort());
    expect(first.rightAnswer).toBe(stored.filter((o) => o.correct).map((o) => o.text).join(', '));
  });

  test('a round recorded twice counts once', async () => {
    const q3 = questions[2]!;
    const roundId = '00000000-0000-4000-8000-0000000000aa';
    expect(await recordRecalls(db, [recall(ben, q3, true, day(1), roundId)])).toBe(1);
    expect(await recordRecalls(db, [recall(ben, q3, true, day(1), roundId)])).toBe(0);
    const card = await db.memberCard.findUniqueOrThrow({ where: { memberId_questionKey: { memberId: ben, questionKey: q3.key } } });
    expect(card.reps).toBe(1);
  });

  test('the group page counts the most missed questions and who has questions due', async () => {
    const overview = await groupOverview(db, groupId, day(8), { names: true });
    expect(overview.mostMissed.slice(0, 2).map((m) => [m.id, m.misses])).toEqual([[questions[1]!.id, 2], [questions[0]!.id, 2]]);
    expect(overview.membersWithDue).toBe(2);
    expect(overview.dueNames?.map((d) => d.name).sort()).toEqual(['Ann', 'Ben']);
  });

  test('the review game picks the questions due for most players first, with why', async () => {
    const picks = await reviewPicks(db, groupId, { memberIds: null, count: 4, now: day(8) });
    expect(picks).toHaveLength(4);
    // q2 is due for both; q1 for both (Ann missed it in week 2, Ben in week 1).
    expect(picks.slice(0, 2).map((p) => p.reason)).toEqual(['due for 2 of 2', 'due for 2 of 2']);
    expect(new Set(picks.slice(0, 2).map((p) => p.key))).toEqual(new Set([questions[0]!.key, questions[1]!.key]));
    // Only the group's own members count: an id from elsewhere is left out.
    const lobby = await reviewPicks(db, groupId, { memberIds: [ann, '00000000-0000-4000-8000-00000000dead'], count: 2, now: day(8) });
    expect(lobby.map((p) => p.reason)).toEqual(['due for 1 of 1', 'due for 1 of 1']);
  });

  test('a member removed takes their cards and answers with them', async () => {
    expect(await removeMember(db, groupId, ben)).toBe(true);
    expect(await db.memberCard.count({ where: { memberId: ben } })).toBe(0);
    expect(await db.memberAnswer.count({ where: { memberId: ben } })).toBe(0);
    expect(await db.memberAnswer.count({ where: { memberId: ann } })).toBe(3);
  });

  test('each answer keeps the confidence given with it, and none where it was not asked; FSRS rates it as before', async () => {
    const [q4, q5] = [questions[3]!, questions[4]!];
    const rounds = ['00000000-0000-4000-8000-0000000000bb', '00000000-0000-4000-8000-0000000000cc'];
    await recordRecalls(db, [{ ...recall(ann, q4, true, day(9), rounds[0]!), confidence: 'guessing' }, recall(ann, q5, true, day(9), rounds[1]!)]);
    const kept = await db.memberAnswer.findMany({ where: { roundId: { in: rounds } }, select: { questionKey: true, confidence: true } });
    expect(kept.map((a) => [a.questionKey, a.confidence]).sort()).toEqual([[q4.key, 'guessing'], [q5.key, null]].sort());
    // A right answer guessed is Hard; one with no confidence (8 s of 30: not slow) Good.
    const reference = fsrs({ enable_fuzz: false, enable_short_term: false });
    const first = (rating: Rating.Good | Rating.Hard) => reference.next(createEmptyCard(day(9)), day(9), rating).card.stability;
    const stability = async (questionKey: string) => (await db.memberCard.findUniqueOrThrow({ where: { memberId_questionKey: { memberId: ann, questionKey } } })).stability;
    expect([await stability(q4.key), await stability(q5.key)]).toEqual([first(Rating.Hard), first(Rating.Good)]);
    // Only the three confidences are stored.
    await expect(db.$executeRaw`UPDATE "MemberAnswer" SET confidence = 'certain' WHERE "roundId" = ${rounds[0]}`).rejects.toThrow(/MemberAnswer_confidence_check/);
  });
});

// Live games in a study group against real Postgres: only the organizer hosts
// one, members join under their own name with their key, guests still join by
// code, and a closed round's member answers go into their memory (not the
// guests'); a review game plays the picked questions in order.
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { PlayerScreen } from '../common/protocol';
import { createGroup, joinGroup } from '../server/groups/store/groups';
import { useTestDb } from './support/db';
import { ask, next, startRealtimeServer, type TestClient } from './support/realtime-server';

const db = useTestDb();

type Server = Awaited<ReturnType<typeof startRealtimeServer>>;
let server: Server;
let group: { groupId: string; organizerKey: string };
let annKey = '';
let annId = '';
let eveKey = '';
let otherGroupId = '';

beforeAll(async () => {
  server = await startRealtimeServer(db);
  const { slug } = await db.bank.findUniqueOrThrow({ where: { id: server.bankId }, select: { slug: true } });
  const created = await createGroup(db, { name: 'Game group', exam: 'MLA', bankSlugs: [slug] });
  const other = await createGroup(db, { name: 'Other group', exam: '', bankSlugs: [slug] });
  if (!created.ok || !other.ok) throw new Error('no group');
  group = { groupId: created.groupId, organizerKey: created.organizerKey };
  const ann = await joinGroup(db, created.invite, 'Ann');
  const eve = await joinGroup(db, other.invite, 'Eve');
  if (!ann.ok || !eve.ok) throw new Error('no member');
  [annKey, annId, eveKey, otherGroupId] = [ann.memberKey, ann.memberId, eve.memberKey, other.groupId];
});

async function question(phone: TestClient, opened: Promise<PlayerScreen>) {
  const screen = await opened;
  if (screen.screen !== 'question') throw new Error(`expected a question, got ${screen.screen}`);
  return screen;
}

/** The phones' id of round `index`'s right answer. */
async function rightOption(gameId: string, index: number, options: { id: string; text: string }[]) {
  const round = await db.round.findFirstOrThrow({ where: { gameId, index } });
  const right = (await db.option.findMany({ where: { id: { in: round.optionOrder } } })).find((o) => o.correct)!;
  return options.find((o) => o.text === right.text)!.id;
}

describe('a game in a study group', () => {
  test('is hosted only with the organizer’s key of that group', async () => {
    await expect(server.hostCreates({ group: { ...group, organizerKey: annKey } })).rejects.toThrow('Only the study group’s organizer can host a game in the group.');
    await expect(server.hostCreates({ group: { groupId: 'A'.repeat(22), organizerKey: group.organizerKey } })).rejects.toThrow('Only the study group’s organizer');
  });

  test('members join under their name, guests and other groups’ members as typed; only members’ answers are remembered, with their confidence', async () => {
    const { host, gameId, hostToken, code } = await server.hostCreates({ group, count: 1, askConfidence: true });
    expect(await db.game.findUniqueOrThrow({ where: { id: gameId }, select: { groupId: true } })).toEqual({ groupId: group.groupId });

    const ann = await server.phoneJoins(code, 'whatever I typed', [annKey]);
    const guest = await server.phoneJoins(code, 'Guest');
    const eve = await server.phoneJoins(code, 'Eve typed', [eveKey]);
    const players = await db.player.findMany({ where: { gameId }, orderBy: { joinOrder: 'asc' }, select: { nickname: true, memberId: true } });
    expect(players).toEqual([
      { nickname: 'Ann', memberId: annId },
      { nickname: 'Guest', memberId: null },
      { nickname: 'Eve typed', memberId: null },
    ]);

    const opened = [ann, guest, eve].map(({ phone }) => next(phone, 'player:screen', (s) => s.screen === 'question'));
    await ask(host, 'host:start', { gameId, hostToken });
    const screens = await Promise.all([ann, guest, eve].map(({ phone }, i) => question(phone, opened[i]!)));
    const right = await rightOption(gameId, 0, screens[0]!.round.options);
    server.clock.advance(3_000);
    // Ann is sure, and quick (3 s of 20): Easy for FSRS (memory.ts ratingFor), where a right answer without a confidence is Good.
    for (const { phone } of [ann, guest]) expect((await ask(phone, 'player:answer', { index: 0, optionIds: [right], confidence: 'sure' })).ok).toBe(true);
    // No frame a phone gets names the group or a member id.
    expect(JSON.stringify(screens)).not.toMatch(new RegExp(`${group.groupId}|${annId}`));

    await server.memorySettled(); // nothing before the round closes
    expect(await db.memberAnswer.count({ where: { memberId: annId } })).toBe(0);
    // The last answer closes the round.
    expect((await ask(eve.phone, 'player:answer', { index: 0, optionIds: [right] })).ok).toBe(true);
    await expect.poll(async () => (await db.round.findFirstOrThrow({ where: { gameId, index: 0 } })).closedAt).not.toBeNull();
    await server.memorySettled();

    // Ann's answer is kept with the confidence she gave.
    const remembered = await db.memberAnswer.findMany({ where: { groupId: group.groupId }, select: { memberId: true, correct: true, confidence: true, responseMs: true, source: true } });
    expect(remembered).toEqual([{ memberId: annId, correct: true, confidence: 'sure', responseMs: 3_000, source: 'game' }]);
    const card = await db.memberCard.findFirstOrThrow({ where: { memberId: annId } });
    const first = (rating: Rating.Good | Rating.Easy) => fsrs({ enable_fuzz: false, enable_short_term: false }).next(createEmptyCard(card.lastReview!), card.lastReview!, rating).card;
    expect(card.stability).toBe(first(Rating.Easy).stability);
    expect(card.stability).not.toBe(first(Rating.Good).stability);
    expect(await db.memberAnswer.count({ where: { groupId: otherGroupId } })).toBe(0);
  });

  test('a review game plays the questions it was given, in their order; questions outside the group’s banks are refused', async () => {
    const picked = await db.question.findMany({ where: { bankId: server.bankId }, orderBy: { position: 'desc' }, take: 3, select: { id: true } });
    const { gameId } = await server.hostCreates({ group: { ...group, questionIds: picked.map((q) => q.id) } });
    const rounds = await db.round.findMany({ where: { gameId }, orderBy: { index: 'asc' }, select: { questionId: true } });
    expect(rounds.map((r) => r.questionId)).toEqual(picked.map((q) => q.id));

    const elsewhere = await db.question.findFirstOrThrow({ where: { bankId: { not: server.bankId } }, select: { id: true } });
    await expect(server.hostCreates({ group: { ...group, questionIds: [elsewhere.id] } })).rejects.toThrow('not all in the group’s banks');
  });
});

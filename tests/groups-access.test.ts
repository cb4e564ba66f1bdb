// The study group routes on real rows: who may read and change what. Every route
// is called without a key, with a made-up key, with another group's keys and with
// a member's key where the organizer's is needed, and must refuse each.
import { beforeAll, describe, expect, test } from 'vitest';
import { POST as createRoute } from '../app/api/groups/route';
import { POST as joinRoute } from '../app/api/groups/join/route';
import { POST as redeemRoute } from '../app/api/groups/link/route';
import { POST as overviewRoute } from '../app/api/groups/[groupId]/route';
import { POST as linkCodeRoute } from '../app/api/groups/[groupId]/link-code/route';
import { POST as leaveRoute } from '../app/api/groups/[groupId]/leave/route';
import { POST as settingsRoute } from '../app/api/groups/[groupId]/settings/route';
import { POST as reissueRoute } from '../app/api/groups/[groupId]/members/[memberId]/link-code/route';
import { POST as removeRoute } from '../app/api/groups/[groupId]/members/[memberId]/remove/route';
import { POST as dueRoute } from '../app/api/groups/[groupId]/due/route';
import { POST as practiceRoute } from '../app/api/groups/[groupId]/practice/route';
import { POST as reviewRoute } from '../app/api/groups/[groupId]/review/route';
import { loadBankFile } from '../server/banks/load';
import { savedImageCache } from '../server/banks/image-route';
import { parseBankOffThread } from '../server/banks/parse/off-thread';
import { PreviewImages } from '../server/banks/preview-images';
import { importBank } from '../server/banks/store/banks';
import { setAppContext } from '../server/context';
import { CLIENT_ADDRESS_HEADER } from '../server/limits/client-address';
import { RATE_LIMITS, RateLimits } from '../server/realtime/rate-limit';
import { newToken } from '../server/realtime/tokens';
import { useTestDb } from './support/db';

const db = useTestDb();
const run = Date.now().toString(36);

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/** A route called as the HTTP layer passes it on: from `address` (server/http/serve.ts sets the header). */
async function call<P extends Record<string, string>>(handler: Handler<P>, params: P, body: unknown, address = '192.0.2.1') {
  const headers = { 'content-type': 'application/json', [CLIENT_ADDRESS_HEADER]: address };
  const response = await handler(new Request('http://localhost/api/groups', { method: 'POST', body: JSON.stringify(body), headers }), { params: Promise.resolve(params) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

let bankSlug = '';

beforeAll(async () => {
  setAppContext({ db, version: 'test', pingDatabase: async () => true, realtime: { listening: () => true, connectedClients: () => 0 }, parseUpload: parseBankOffThread, previewImages: new PreviewImages(), imageCache: savedImageCache(db, 0), guessLimits: new RateLimits() });
  const { bank } = await loadBankFile('content/aws-ml-engineer-sample-questions.md');
  bankSlug = (await importBank(db, { ...bank!, title: `Groups ${run}` }, { origin: 'cli', fileName: `groups-${run}.md` })).slug;
});

async function newGroup(name: string) {
  const created = await call(createRoute, {}, { name, exam: 'AWS ML Engineer', bankSlugs: [bankSlug] });
  expect(created.status).toBe(200);
  const { groupId, organizerKey, invite } = created.body as { groupId: string; organizerKey: string; invite: string };
  const member = async (memberName: string) => {
    const joined = await call(joinRoute, {}, { invite, name: memberName });
    expect(joined.status).toBe(200);
    return joined.body as { memberId: string; memberKey: string };
  };
  return { groupId, organizerKey, invite, member };
}

describe('a study group', () => {
  test('is created with banks that exist, and refuses unknown banks and bad names with a message', async () => {
    expect(await call(createRoute, {}, { name: 'Week group', bankSlugs: ['no-such-bank'] })).toEqual({ status: 400, body: { error: 'One of those question banks does not exist (any more).' } });
    expect((await call(createRoute, {}, { name: '', bankSlugs: [bankSlug] })).body).toEqual({ error: 'Give the group a name.' });
  });

  test('is joined with its invite and a name; a taken name and a wrong invite are refused', async () => {
    const group = await newGroup('Join group');
    await group.member('Ann');
    expect((await call(joinRoute, {}, { invite: group.invite, name: 'ann' })).status).toBe(409);
    expect((await call(joinRoute, {}, { invite: newToken(), name: 'Ben' })).status).toBe(404);
    expect((await call(joinRoute, {}, { invite: group.invite, name: 'x'.repeat(21) })).status).toBe(400);
  });

  test('shows the organizer every member by name, and a member only the group and themselves', async () => {
    const group = await newGroup('View group');
    const ann = await group.member('Ann');
    await group.member('Ben');
    const asOrganizer = await call(overviewRoute, { groupId: group.groupId }, { key: group.organizerKey });
    expect(asOrganizer.status).toBe(200);
    expect(asOrganizer.body.role).toBe('organizer');
    expect((asOrganizer.body.memberMastery as { name: string }[]).map((m) => m.name)).toEqual(['Ann', 'Ben']);
    // The organizer alone gets the member ids (to re-issue a link or remove) and the bank a review game is hosted from.
    expect((asOrganizer.body.roster as { id: string; name: string }[]).map((m) => [m.id, m.name])).toEqual([[ann.memberId, 'Ann'], [expect.any(String), 'Ben']]);
    expect(asOrganizer.body.bankId).toEqual(expect.any(String));

    const asAnn = await call(overviewRoute, { groupId: group.groupId }, { key: ann.memberKey });
    expect(asAnn.body).toMatchObject({ role: 'member', name: 'Ann', memberMastery: null, dueNames: null });
    expect(asAnn.body).not.toHaveProperty('roster');
    expect(JSON.stringify(asAnn.body)).not.toContain('Ben');

    // With the shared board on, members see each other too.
    expect((await call(settingsRoute, { groupId: group.groupId }, { key: group.organizerKey, sharedBoard: true })).status).toBe(200);
    const shared = await call(overviewRoute, { groupId: group.groupId }, { key: ann.memberKey });
    expect((shared.body.memberMastery as { name: string }[]).map((m) => m.name)).toEqual(['Ann', 'Ben']);
  });

  test('refuses every route without a key, with a made-up key and with another group’s keys', async () => {
    const group = await newGroup('Locked group');
    const ann = await group.member('Ann');
    const other = await newGroup('Other group');
    const stranger = await other.member('Eve');
    const params = { groupId: group.groupId };
    const memberParams = { groupId: group.groupId, memberId: ann.memberId };
    const routes = [
      [overviewRoute, params],
      [dueRoute, params],
      [practiceRoute, params],
      [reviewRoute, params],
      [linkCodeRoute, params],
      [leaveRoute, params],
      [settingsRoute, params],
      [reissueRoute, memberParams],
      [removeRoute, memberParams],
    ] as const;
    for (const body of [{}, { key: newToken() }, { key: other.organizerKey }, { key: stranger.memberKey }, { key: group.invite }]) {
      for (const [route, routeParams] of routes) {
        const reply = await call(route as Handler<typeof routeParams>, routeParams, body);
        expect(reply.status, `${JSON.stringify(body)} ${JSON.stringify(routeParams)}`).toBe(403);
        expect(JSON.stringify(reply.body)).not.toContain('Ann');
      }
    }
    // A made-up group id is "not found", whatever the key.
    expect((await call(overviewRoute, { groupId: 'x' }, { key: group.organizerKey })).status).toBe(404);
  });

  test('keeps organizer actions from members', async () => {
    const group = await newGroup('Roles group');
    const ann = await group.member('Ann');
    const ben = await group.member('Ben');
    expect((await call(settingsRoute, { groupId: group.groupId }, { key: ann.memberKey, sharedBoard: true })).status).toBe(403);
    expect((await call(reviewRoute, { groupId: group.groupId }, { key: ann.memberKey })).status).toBe(403);
    // The organizer's review of a group that has played nothing yet: questions not played yet, with why.
    const review = await call(reviewRoute, { groupId: group.groupId }, { key: group.organizerKey, count: 3 });
    expect((review.body.questions as { reason: string }[]).map((q) => q.reason)).toEqual(['not played yet', 'not played yet', 'not played yet']);
    expect((await call(removeRoute, { groupId: group.groupId, memberId: ben.memberId }, { key: ann.memberKey })).status).toBe(403);
    expect((await call(reissueRoute, { groupId: group.groupId, memberId: ben.memberId }, { key: ann.memberKey })).status).toBe(403);
    expect((await call(overviewRoute, { groupId: group.groupId }, { key: ben.memberKey })).status).toBe(200);
    // Practice is a member's own: the organizer's key holds no memory.
    expect((await call(dueRoute, { groupId: group.groupId }, { key: group.organizerKey })).status).toBe(403);
  });

  test('a member practises a question of the group: judged by the game rules and remembered; a question of another bank is refused', async () => {
    const group = await newGroup('Practice group');
    const ann = await group.member('Ann');
    const question = await db.question.findFirstOrThrow({ where: { bank: { slug: bankSlug }, type: 'choice', select: 1 }, include: { options: true } });
    const right = question.options.find((o) => o.correct)!;
    const answer = (optionIds: string[], questionId = question.id) => call(practiceRoute, { groupId: group.groupId }, { key: ann.memberKey, questionId, optionIds });
    expect(await answer([right.id])).toEqual({ status: 200, body: { correct: true } });
    expect((await answer([question.options.find((o) => !o.correct)!.id])).body).toEqual({ correct: false });
    // Practice does not ask how sure: its answers keep no confidence.
    expect(await db.memberAnswer.findMany({ where: { memberId: ann.memberId }, select: { source: true, confidence: true } })).toEqual([
      { source: 'practice', confidence: null }, { source: 'practice', confidence: null },
    ]);
    expect(await db.memberCard.count({ where: { memberId: ann.memberId } })).toBe(1);
    const { bank } = await loadBankFile('content/aws-ml-engineer-sample-questions.md');
    const other = await importBank(db, { ...bank!, title: `Not the group's ${run}` }, { origin: 'cli', fileName: `other-${run}.md` });
    const elsewhere = await db.question.findFirstOrThrow({ where: { bankId: other.id } });
    expect((await answer([right.id], elsewhere.id)).status).toBe(404);
    // The miss makes it due tomorrow, not today.
    expect(await call(dueRoute, { groupId: group.groupId }, { key: ann.memberKey })).toEqual({ status: 200, body: { questions: [] } });
  });

  test('moves a member to a new phone with a one-time code: the new key works, the old one and the code stop working', async () => {
    const group = await newGroup('Link group');
    const ann = await group.member('Ann');
    const issued = await call(linkCodeRoute, { groupId: group.groupId }, { key: ann.memberKey });
    expect(issued.body.code).toMatch(/^[A-Z0-9]{8}$/);
    const moved = await call(redeemRoute, {}, { code: issued.body.code });
    expect(moved.body).toMatchObject({ groupId: group.groupId, memberId: ann.memberId, name: 'Ann' });
    expect((await call(redeemRoute, {}, { code: issued.body.code })).status).toBe(404);
    expect((await call(overviewRoute, { groupId: group.groupId }, { key: ann.memberKey })).status).toBe(403);
    expect((await call(overviewRoute, { groupId: group.groupId }, { key: moved.body.memberKey })).status).toBe(200);

    // The organizer re-issues a lost phone's link the same way.
    const reissued = await call(reissueRoute, { groupId: group.groupId, memberId: ann.memberId }, { key: group.organizerKey });
    const again = await call(redeemRoute, {}, { code: reissued.body.code });
    expect(again.body.memberId).toBe(ann.memberId);
    expect((await call(overviewRoute, { groupId: group.groupId }, { key: moved.body.memberKey })).status).toBe(403);
  });

  test('a member who leaves, or is removed, is gone with everything stored about them, and their key stops working at once', async () => {
    const group = await newGroup('Leave group');
    const ann = await group.member('Ann');
    const ben = await group.member('Ben');
    expect((await call(leaveRoute, { groupId: group.groupId }, { key: ann.memberKey })).status).toBe(200);
    expect((await call(overviewRoute, { groupId: group.groupId }, { key: ann.memberKey })).status).toBe(403);
    expect(await db.member.count({ where: { id: ann.memberId } })).toBe(0);

    expect((await call(removeRoute, { groupId: group.groupId, memberId: ben.memberId }, { key: group.organizerKey })).status).toBe(200);
    expect((await call(overviewRoute, { groupId: group.groupId }, { key: ben.memberKey })).status).toBe(403);
    // Their name is free again.
    expect((await call(joinRoute, {}, { invite: group.invite, name: 'Ben' })).status).toBe(200);
  });

  test('invites and link codes cannot be guessed: each wrong one costs the address a try, and once they are used up even a right one waits', async () => {
    const group = await newGroup('Guess group');
    const ann = await group.member('Ann');
    const guesser = '198.51.100.7';
    const wrongInvite = { invite: newToken(), name: 'Eve' };
    for (let i = 0; i < RATE_LIMITS.wrongCodes.burst / 2; i++) {
      expect((await call(joinRoute, {}, wrongInvite, guesser)).status).toBe(404);
      expect((await call(redeemRoute, {}, { code: `WRONG${String(i).padStart(3, '0')}` }, guesser)).status).toBe(404);
    }
    const issued = await call(linkCodeRoute, { groupId: group.groupId }, { key: ann.memberKey });
    const refused = await call(redeemRoute, {}, { code: issued.body.code }, guesser);
    expect(refused).toEqual({ status: 429, body: { error: expect.stringMatching(/^Too many tries: wait \d+ s and try again\.$/) } });
    expect((await call(joinRoute, {}, { invite: group.invite, name: 'Eve' }, guesser)).status).toBe(429);
    // Right secrets cost nothing, and another address is not held back by the guesser.
    expect((await call(redeemRoute, {}, { code: issued.body.code }, '203.0.113.9')).body).toMatchObject({ memberId: ann.memberId });
    expect((await call(joinRoute, {}, { invite: group.invite, name: 'Eve' }, '203.0.113.9')).status).toBe(200);
  });
});

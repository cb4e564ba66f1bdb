import type { z } from 'zod';
import type { Db } from '../store/db';
import * as schema from './schemas';
import { createGroup, firstBankId, groupRoster, joinGroup, newLinkCode, redeemLinkCode, removeMember, updateSettings, whoIs, type Asker } from './store/groups';
import { groupOverview, memberOverview } from './store/overview';
import { answerPractice, duePractice } from './practice';
import { reviewPicks } from './store/review-picks';

/**
 * The logic of the group routes (app/api/groups/): each validates its body,
 * proves who is asking by their key, and answers with a status and a body.
 * The Next.js route files only pass the request through.
 */

export interface Reply {
  status: number;
  body: object;
}

const ok = (body: object): Reply => ({ status: 200, body });
const refuse = (status: number, error: string): Reply => ({ status, body: { error } });

const NOT_ALLOWED = refuse(403, 'This browser holds no key of this study group: open the invite link or ask the organizer for a new link.');
const ORGANIZER_ONLY = refuse(403, 'Only the group’s organizer can do this.');

function parse<S extends z.ZodType>(shape: S, json: unknown): { data: z.infer<S> } | { reply: Reply } {
  const result = shape.safeParse(json);
  return result.success ? { data: result.data } : { reply: refuse(400, result.error.issues[0]?.message ?? 'That request is not valid.') };
}

/** The asker of a request about group `groupId`, or the reply that refuses it. */
async function asker(db: Db, groupId: string, json: unknown): Promise<{ asker: Asker } | { reply: Reply }> {
  if (!schema.GroupId.safeParse(groupId).success) return { reply: refuse(404, 'There is no study group with this id.') };
  const body = parse(schema.KeyOnly, json);
  if ('reply' in body) return { reply: NOT_ALLOWED };
  const found = await whoIs(db, groupId, body.data.key);
  return found ? { asker: found } : { reply: NOT_ALLOWED };
}

export async function create(db: Db, json: unknown): Promise<Reply> {
  const body = parse(schema.CreateGroup, json);
  if ('reply' in body) return body.reply;
  const created = await createGroup(db, body.data);
  if (!created.ok) return refuse(400, 'One of those question banks does not exist (any more).');
  return ok({ groupId: created.groupId, organizerKey: created.organizerKey, invite: created.invite });
}

export async function join(db: Db, json: unknown): Promise<Reply> {
  const body = parse(schema.JoinGroup, json);
  if ('reply' in body) return body.reply;
  const joined = await joinGroup(db, body.data.invite, body.data.name);
  if (!joined.ok) {
    return joined.reason === 'name_taken'
      ? refuse(409, `Someone in this group is already called ${body.data.name}: pick another name.`)
      : refuse(404, 'This invite link does not work (any more): ask the organizer for the current one.');
  }
  return ok({ groupId: joined.groupId, groupName: joined.groupName, memberId: joined.memberId, memberKey: joined.memberKey });
}

export async function overview(db: Db, groupId: string, json: unknown, now: Date): Promise<Reply> {
  const found = await asker(db, groupId, json);
  if ('reply' in found) return found.reply;
  const { asker: who } = found;
  if (who.role === 'organizer') {
    const [group, roster, bankId] = await Promise.all([groupOverview(db, groupId, now, { names: true }), groupRoster(db, groupId), firstBankId(db, groupId)]);
    return ok({ role: 'organizer', ...group, roster, bankId });
  }
  // Members see each other by name only with the shared board on.
  const { sharedBoard } = await db.studyGroup.findUniqueOrThrow({ where: { id: groupId }, select: { sharedBoard: true } });
  const [group, me] = await Promise.all([groupOverview(db, groupId, now, { names: sharedBoard }), memberOverview(db, groupId, who.memberId, now)]);
  return ok({ role: 'member', name: who.name, me, ...group });
}

export async function linkCode(db: Db, groupId: string, json: unknown, now: Date, memberId?: string): Promise<Reply> {
  const found = await asker(db, groupId, json);
  if ('reply' in found) return found.reply;
  const { asker: who } = found;
  // A member links their own phone; the organizer re-issues any member's link.
  const target = who.role === 'member' ? who.memberId : memberId;
  if (who.role === 'member' && memberId && memberId !== who.memberId) return ORGANIZER_ONLY;
  if (!target || !schema.MemberId.safeParse(target).success) return refuse(400, 'Say which member the link is for.');
  const issued = await newLinkCode(db, groupId, target, now);
  return issued.ok ? ok({ code: issued.code, expiresAt: issued.expiresAt.toISOString() }) : refuse(404, 'There is no such member in this group.');
}

export async function redeem(db: Db, json: unknown, now: Date): Promise<Reply> {
  const body = parse(schema.RedeemLink, json);
  if ('reply' in body) return body.reply;
  const redeemed = await redeemLinkCode(db, body.data.code, now);
  if (!redeemed.ok) return refuse(404, 'That code does not work: it is used up or older than ten minutes. Show a new one on your old phone.');
  return ok({ groupId: redeemed.groupId, memberId: redeemed.memberId, name: redeemed.name, memberKey: redeemed.memberKey });
}

/** A member leaving (themselves) or the organizer removing one: everything stored about them goes. */
export async function remove(db: Db, groupId: string, json: unknown, memberId?: string): Promise<Reply> {
  const found = await asker(db, groupId, json);
  if ('reply' in found) return found.reply;
  const { asker: who } = found;
  if (who.role === 'member' && memberId && memberId !== who.memberId) return ORGANIZER_ONLY;
  const target = who.role === 'member' ? who.memberId : memberId;
  if (!target || !schema.MemberId.safeParse(target).success) return refuse(400, 'Say which member to remove.');
  return (await removeMember(db, groupId, target)) ? ok({ removed: target }) : refuse(404, 'There is no such member in this group.');
}

export async function settings(db: Db, groupId: string, json: unknown): Promise<Reply> {
  const found = await asker(db, groupId, json);
  if ('reply' in found) return found.reply;
  if (found.asker.role !== 'organizer') return ORGANIZER_ONLY;
  const body = parse(schema.Settings, json);
  if ('reply' in body) return body.reply;
  const { key: _key, ...changes } = body.data;
  await updateSettings(db, groupId, changes);
  return ok({ updated: Object.keys(changes) });
}

const MEMBERS_ONLY = refuse(403, 'Only members practise: open the group from your phone’s invite link.');

/** A member's due questions, to practise. */
export async function due(db: Db, groupId: string, json: unknown, now: Date): Promise<Reply> {
  const found = await asker(db, groupId, json);
  if ('reply' in found) return found.reply;
  if (found.asker.role !== 'member') return MEMBERS_ONLY;
  return ok({ questions: await duePractice(db, groupId, found.asker.memberId, now) });
}

/** One practice answer, judged by the game's rules and recorded into the member's memory. */
export async function practise(db: Db, groupId: string, json: unknown, now: Date): Promise<Reply> {
  const found = await asker(db, groupId, json);
  if ('reply' in found) return found.reply;
  const { asker: who } = found;
  if (who.role !== 'member') return MEMBERS_ONLY;
  const body = parse(schema.PracticeAnswer, json);
  if ('reply' in body) return body.reply;
  const { questionId, optionIds, text } = body.data;
  const judged = await answerPractice(db, groupId, who.memberId, questionId, text === undefined ? { optionIds } : { optionIds, text }, now);
  if (!judged) return refuse(404, 'That question is not in this group’s banks.');
  return judged.ok ? ok({ correct: judged.correct }) : refuse(400, judged.error);
}

/** The review game's questions, each with why it was picked, for the organizer to look over and host. */
export async function review(db: Db, groupId: string, json: unknown, now: Date): Promise<Reply> {
  const found = await asker(db, groupId, json);
  if ('reply' in found) return found.reply;
  if (found.asker.role !== 'organizer') return ORGANIZER_ONLY;
  const body = parse(schema.ReviewRequest, json);
  if ('reply' in body) return body.reply;
  const picks = await reviewPicks(db, groupId, { memberIds: body.data.memberIds, count: body.data.count, now });
  return ok({ questions: picks.map(({ id, section, stem, reason }) => ({ id, section, stem, reason })) });
}

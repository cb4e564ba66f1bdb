import type { BankQuestion } from '../game/plan';
import type { GroupGameInput } from '../../common/protocol';
import { Refusal } from '../realtime/refusal';
import { hashToken } from '../realtime/tokens';
import type { Db } from '../store/db';
import { toBankQuestion } from '../store/question-rows';
import { whoIs } from './store/groups';
import { groupQuestions } from './store/overview';

/**
 * A live game in a study group: only its organizer hosts one, and a review
 * game plays the questions the organizer was shown (review-pick.ts), in their
 * order, each one the group studies. Members join it with their key.
 */

export interface GroupGame {
  groupId: string;
  /** the review game's questions; null: the bank's, as the settings pick them */
  questions: BankQuestion[] | null;
}

export async function groupGame(db: Db, { groupId, organizerKey, questionIds }: GroupGameInput): Promise<GroupGame> {
  const asker = await whoIs(db, groupId, organizerKey);
  if (asker?.role !== 'organizer') throw new Refusal('Only the study group’s organizer can host a game in the group.', 'forbidden');
  if (!questionIds) return { groupId, questions: null };
  const studied = new Set((await groupQuestions(db, groupId)).map((q) => q.id));
  if (!questionIds.every((id) => studied.has(id))) throw new Refusal('Those questions are not all in the group’s banks (any more): pick the review again.', 'invalid');
  const rows = await db.question.findMany({
    where: { id: { in: questionIds } },
    include: { options: { orderBy: { position: 'asc' } }, links: { orderBy: { position: 'asc' } } },
  });
  const byId = new Map(rows.map((row) => [row.id, toBankQuestion(row)]));
  return { groupId, questions: questionIds.map((id) => byId.get(id)!) };
}

/**
 * The member a joining phone is, in this game's group: the first of its keys
 * that belongs to a member of the group the game is hosted in; undefined for a
 * guest (a game of no group, or keys of other groups).
 */
export async function memberJoining(db: Db, gameId: string, memberKeys: readonly string[]): Promise<{ id: string; name: string } | undefined> {
  if (memberKeys.length === 0) return undefined;
  const member = await db.member.findFirst({
    where: { keyHash: { in: memberKeys.map(hashToken) }, group: { games: { some: { id: gameId } } } },
    select: { id: true, name: true },
  });
  return member ?? undefined;
}

import { z } from 'zod';
import { Nickname } from '../realtime/schemas';
import { safeString } from '../validation/safe-text';
import { TYPED_MAX } from '../game/types/typed';
import { Token } from '../validation/ids';

/** What the group routes accept; a key travels in a POST body, never in a URL. */

export { GroupId } from '../validation/ids';
export const MemberId = z.uuid({ message: 'That is not a member id.' });

/** A member's display name is their nickname in the group's games, by the same rules. */
export const MemberName = Nickname;

export const CreateGroup = z.object({
  name: safeString('group name').min(1, 'Give the group a name.').max(80, 'A group name is at most 80 characters.'),
  exam: safeString('exam').max(120, 'The exam is at most 120 characters.').default(''),
  bankSlugs: z.array(z.string().min(1).max(300)).min(1, 'Pick at least one question bank.').max(20, 'At most 20 banks.'),
});

export const JoinGroup = z.object({ invite: Token, name: MemberName });
export const KeyOnly = z.object({ key: Token });
export const RedeemLink = z.object({ code: z.string().regex(/^[A-Z0-9]{8}$/, 'A link code is 8 letters and digits.') });
export const Settings = z.object({ key: Token, sharedBoard: z.boolean().optional(), targetMastery: z.number().int().min(50).max(100).optional() });

/** A practice answer: the bank's option ids (or a matching question's m0, m1…), or what was typed. */
export const PracticeAnswer = z.object({
  key: Token,
  questionId: z.uuid({ message: 'That is not a question id.' }),
  optionIds: z.array(z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'That is not an option of this question.')).max(10),
  text: safeString('answer').max(TYPED_MAX, `An answer is at most ${TYPED_MAX} characters.`).optional(),
});

/** The review game's setup: how many questions, for which members (null: the whole group). */
export const ReviewRequest = z.object({
  key: Token,
  count: z.number().int().min(1, 'Pick at least 1 question.').max(50, 'A review game is at most 50 questions.').default(10),
  memberIds: z.array(MemberId).max(500).nullable().default(null),
});

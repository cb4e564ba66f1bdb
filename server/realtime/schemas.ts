import { z } from 'zod';
import { NICKNAME_MAX, nicknameProblem } from '../game/nickname';
import { AUTO_ADVANCE_SECONDS, MAX_QUESTIONS, MAX_SECONDS, MIN_SECONDS } from '../game/plan';
import { TYPED_MAX } from '../game/types/typed';
import { CONFIDENCES, SCORINGS } from '../game/types';
import { BankId, DeviceId, GameId, GroupId, OptionId, PlayerId, Token } from '../validation/ids';
import { ROOM_CODE_PATTERN, ROOM_CODE_RULE } from '../../common/room-code';
import { safeString } from '../validation/safe-text';

/** Every payload a client may send, validated before anything else sees it: ids by their shape, text by safeString. */

export const roomCode = z.string().trim().regex(ROOM_CODE_PATTERN, ROOM_CODE_RULE);

export const HostAuth = z.object({ gameId: GameId, hostToken: Token });

export const CreateGame = z.object({
  bankId: BankId,
  sections: z.array(safeString('section name').max(200)).max(100),
  count: z.number().int().min(1, 'Play at least 1 question.').max(MAX_QUESTIONS, `At most ${MAX_QUESTIONS} questions in one game.`).nullable(),
  secondsPerQuestion: z
    .number()
    .int()
    .min(MIN_SECONDS, `At least ${MIN_SECONDS} seconds per question.`)
    .max(MAX_SECONDS, `At most ${MAX_SECONDS} seconds per question.`)
    .nullable(),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  showQuestionsOnPhones: z.boolean(),
  autoAdvanceSeconds: z
    .number()
    .int()
    .min(AUTO_ADVANCE_SECONDS.min, `Auto-advance waits at least ${AUTO_ADVANCE_SECONDS.min} seconds.`)
    .max(AUTO_ADVANCE_SECONDS.max, `Auto-advance waits at most ${AUTO_ADVANCE_SECONDS.max} seconds.`)
    .nullable(),
  scoring: z.enum(SCORINGS).default('speed'),
  /** absent: false, as readFirst, so a game made without the setup form plays as before; the form sends true unless unticked */
  askConfidence: z.boolean().default(false),
  hideTypedAnswers: z.boolean().default(false),
  readFirst: z.boolean().default(false),
  holdSplit: z.boolean().default(false),
  deviceId: DeviceId,
  group: z
    .object({
      groupId: GroupId,
      organizerKey: Token,
      questionIds: z.array(z.uuid({ message: 'That is not a question id.' })).min(1).max(MAX_QUESTIONS).optional(),
    })
    .optional(),
});

export const Next = HostAuth.extend({ from: z.object({ phase: z.enum(['question', 'reveal', 'held']), index: z.number().int().min(0) }) });
export const Revote = HostAuth.extend({ index: z.number().int().min(0) });
export const Lock = HostAuth.extend({ locked: z.boolean() });
export const Kick = HostAuth.extend({ playerId: PlayerId });
export const Ban = HostAuth.extend({ pattern: safeString('ban pattern').min(2, 'A ban pattern is at least 2 characters.').max(NICKNAME_MAX) });
export const RoomCheck = z.object({ code: roomCode });
export const Nickname = safeString('nickname')
  .max(100, `A nickname is 1 to ${NICKNAME_MAX} characters.`)
  .superRefine((n, ctx) => {
    const problem = nicknameProblem(n);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
/** Which browser joins comes from the server's own device cookie (device-cookie.ts), never from the payload. */
export const Join = z.object({ code: roomCode, nickname: Nickname, memberKeys: z.array(Token).max(10).optional() });
export const Resume = z.object({ gameId: GameId, playerToken: Token });
export const Answer = z.object({
  index: z.number().int().min(0),
  /** empty for a typed answer; each question type checks what it needs (server/game/types/) */
  optionIds: z.array(OptionId).max(10),
  text: safeString('answer').max(TYPED_MAX, `An answer is at most ${TYPED_MAX} characters.`).optional(),
  confidence: z.enum(CONFIDENCES).optional(),
}).refine((a) => a.optionIds.length > 0 || a.text !== undefined, 'Pick an answer first.');

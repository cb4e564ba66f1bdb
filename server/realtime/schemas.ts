import { z } from 'zod';
import { NICKNAME_MAX, normalizeNickname } from '../game/engine';
import { AUTO_ADVANCE_SECONDS, MAX_QUESTIONS, MAX_SECONDS, MIN_SECONDS } from '../game/plan';
import { TYPED_MAX } from '../game/types/typed';

/** Every payload a client may send, validated before anything else sees it. */

const token = z.string().min(16).max(200);
const gameId = z.string().min(8).max(64);
export const roomCode = z.string().trim().regex(/^\d{6}$/, 'A room code is 6 digits.');

export const HostAuth = z.object({ gameId, hostToken: token });

export const CreateGame = z.object({
  bankId: z.string().min(1).max(64),
  sections: z.array(z.string().max(200)).max(100),
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
  scoring: z.enum(['speed', 'accuracy']).default('speed'),
  hideTypedAnswers: z.boolean().default(false),
  deviceId: z.string().min(8).max(100),
});

export const Next = HostAuth.extend({ from: z.object({ phase: z.enum(['question', 'reveal']), index: z.number().int().min(0) }) });
export const Lock = HostAuth.extend({ locked: z.boolean() });
export const Kick = HostAuth.extend({ playerId: z.string().min(1).max(64) });
export const RoomCheck = z.object({ code: roomCode });
const nicknameRule = `A nickname is 1 to ${NICKNAME_MAX} characters.`;
const nickname = z
  .string()
  .max(100, nicknameRule)
  .refine((n) => normalizeNickname(n).length >= 1 && normalizeNickname(n).length <= NICKNAME_MAX, nicknameRule);
export const Join = z.object({ code: roomCode, nickname });
export const Resume = z.object({ gameId, playerToken: token });
export const Answer = z.object({
  index: z.number().int().min(0),
  /** empty for a typed answer; each question type checks what it needs (server/game/types/) */
  optionIds: z.array(z.string().min(1).max(64)).max(10),
  text: z.string().max(TYPED_MAX, `An answer is at most ${TYPED_MAX} characters.`).optional(),
}).refine((a) => a.optionIds.length > 0 || a.text !== undefined, 'Pick an answer first.');

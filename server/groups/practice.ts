import { describeSolution, kindOf, type KindQuestion } from '../game/question-types';
import { planGame } from '../game/plan';
import { cryptoRandom } from '../realtime/tokens';
import type { ReviewQuestion } from '../results/review';
import type { Db } from '../store/db';
import { toBankQuestion } from '../store/question-rows';
import type { AnswerInput } from '../game/types';
import { recordRecalls } from './store/memory';
import { groupQuestions, memberOverview } from './store/overview';

/**
 * Practice between meetings: a member's due questions, in the shape the
 * practice screens already play ("Practice my misses"), and each answer judged
 * here by the game's own rules and recorded into their memory.
 */

const QUESTION_ROWS = { include: { options: { orderBy: { position: 'asc' } }, links: { orderBy: { position: 'asc' } } } } as const;

/** The question as its type's rules read it, with the bank's option ids, in the order the player sees them. */
function practiceRules(row: Parameters<typeof toBankQuestion>[0]): { rules: KindQuestion; question: ReturnType<typeof toBankQuestion>; timeLimitMs: number } {
  const question = toBankQuestion(row);
  const [planned] = planGame([question], { sections: [], count: null, secondsPerQuestion: null, shuffleQuestions: false, shuffleOptions: true, readFirst: false }, cryptoRandom);
  const options = planned!.options.map(({ sourceId, text, correct, position, match }) => ({ id: sourceId, text, correct, position, match }));
  return { rules: { type: question.type, select: question.select, options }, question, timeLimitMs: planned!.timeLimitMs };
}

/** A due question as the practice screens play it, with its id, which each practice answer names. */
export type DueQuestion = ReviewQuestion & { id: string };

export async function duePractice(db: Db, groupId: string, memberId: string, now: Date): Promise<DueQuestion[]> {
  const { due } = await memberOverview(db, groupId, memberId, now);
  const rows = await db.question.findMany({ where: { id: { in: due.map((d) => d.id) } }, ...QUESTION_ROWS });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return due.flatMap(({ id }, i) => {
    const row = byId.get(id);
    if (!row) return [];
    const { rules, question, timeLimitMs } = practiceRules(row);
    return [{
      id,
      number: i + 1,
      type: question.type,
      section: question.section,
      caseStudy: question.caseStudy,
      stem: question.stem,
      select: question.select,
      options: rules.options.map(({ id: optionId, text, correct }) => ({ id: optionId, text, correct, picked: false })),
      rules,
      yourAnswer: '',
      given: null,
      rightAnswer: describeSolution(rules),
      outcome: 'missed' as const,
      confidence: null,
      points: 0,
      responseMs: null,
      // Practice has no clock; the planned time is what a live game would give it.
      timeLimitMs,
      explanation: question.explanation,
      whyNot: question.whyNot,
      links: question.links,
    }];
  });
}

/** Judges a practice answer by the game's rules and records it; null when the question is not one the group studies. */
export async function answerPractice(db: Db, groupId: string, memberId: string, questionId: string, input: AnswerInput, now: Date) {
  const studied = (await groupQuestions(db, groupId)).find((q) => q.id === questionId);
  if (!studied) return null;
  const row = await db.question.findUniqueOrThrow({ where: { id: questionId }, ...QUESTION_ROWS });
  const { rules, question } = practiceRules(row);
  const kind = kindOf(question.type);
  const accepted = kind.accept(rules, input);
  if ('error' in accepted) return { ok: false as const, error: accepted.error };
  const correct = kind.isCorrect(rules, accepted);
  // Practice does not ask how sure: the answer is kept, and rated, with no confidence.
  await recordRecalls(db, [{
    memberId, groupId, questionId, questionKey: studied.key, section: studied.section, correct, responseMs: null, timeLimitMs: null, source: 'practice', roundId: null, at: now,
  }]);
  return { ok: true as const, correct };
}

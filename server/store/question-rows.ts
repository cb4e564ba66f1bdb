import type { BankQuestion } from '../game/plan';
import { CONFIDENCES, QUESTION_TYPES, type CaseStudy, type Confidence, type QuestionType } from '../game/types';

/** Reading the question-type columns of stored questions, for every reader (a game's plan, its restore, its report). */

export function questionType(stored: string): QuestionType {
  const type = QUESTION_TYPES.find((t) => t === stored);
  if (!type) throw new Error(`unknown question type "${stored}"`);
  return type;
}

/** An answer's stored confidence (a check constraint keeps the column to the three values or null). */
export function confidenceOf(stored: string | null): Confidence | null {
  return CONFIDENCES.find((c) => c === stored) ?? null;
}

/** An answer's vote as stored (a check constraint keeps it 1 or 2). */
export function attemptOf(stored: number): 1 | 2 {
  return stored === 2 ? 2 : 1;
}

export function caseStudyOf(row: { caseTitle: string | null; caseScenario: string | null }): CaseStudy | null {
  return row.caseScenario === null ? null : { title: row.caseTitle ?? '', scenario: row.caseScenario };
}

type QuestionRow = Omit<BankQuestion, 'type' | 'caseStudy'> & { type: string; caseTitle: string | null; caseScenario: string | null };

export function toBankQuestion({ type, caseTitle, caseScenario, ...question }: QuestionRow): BankQuestion {
  return { ...question, type: questionType(type), caseStudy: caseStudyOf({ caseTitle, caseScenario }) };
}

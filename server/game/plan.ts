import { kindOf } from './question-types';
import { readingMs } from './reading';
import type { CaseStudy, GameLink, GameQuestion, QuestionType } from './types';

/** Turning a bank and the host's settings into the rounds of one game. */

export const MIN_SECONDS = 5;
export const MAX_SECONDS = 300;
export const MAX_QUESTIONS = 1000;
export const AUTO_ADVANCE_SECONDS = { min: 3, max: 120 } as const;

export interface BankQuestion {
  id: string;
  type: QuestionType;
  section: string;
  caseStudy: CaseStudy | null;
  stem: string;
  select: number;
  /** in the bank's order */
  options: { id: string; text: string; correct: boolean; match: string | null; note: string | null }[];
  explanation: string;
  whyNot: string[];
  links: GameLink[];
}

export interface PlanSettings {
  sections: string[];
  count: number | null;
  secondsPerQuestion: number | null;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  /** "Time to read first": each question alone for a while before its options (reading.ts) */
  readFirst: boolean;
}

/**
 * Reading time decides the default: the seed's stems run to 80 words, and a
 * player must read the scenario and every option before answering. About four
 * words a second plus ten seconds to think, in steps of five, 15 s to 120 s.
 * (A typed question's accepted answers count too: a little extra time to type.)
 */
export function defaultSeconds(q: Pick<BankQuestion, 'stem' | 'caseStudy'> & { options: Pick<BankQuestion['options'][number], 'text' | 'match'>[] }): number {
  // A case study's scenario and a matching's answers are read too.
  const texts = [q.caseStudy?.scenario ?? '', q.stem, ...q.options.flatMap((o) => [o.text, o.match ?? ''])];
  const words = texts.join(' ').split(/\s+/).filter(Boolean).length;
  return Math.min(120, Math.max(15, Math.ceil((10 + words / 4) / 5) * 5));
}

export function planGame(bank: BankQuestion[], settings: PlanSettings, random: () => number): GameQuestion[] {
  const wanted = new Set(settings.sections);
  let picked = bank.filter((q) => wanted.size === 0 || wanted.has(q.section));
  if (settings.shuffleQuestions) picked = shuffle(picked, random);
  if (settings.count !== null) picked = picked.slice(0, settings.count);
  return picked.map((q) => ({
    id: q.id,
    type: q.type,
    section: q.section,
    caseStudy: q.caseStudy,
    stem: q.stem,
    select: q.select,
    options: displayOrder(q, settings.shuffleOptions, random).map(({ id, text, correct, match, note, position: bankPosition }, position) => ({
      id: optionIdAt(position),
      sourceId: id,
      text,
      correct,
      position: bankPosition,
      match,
      note,
    })),
    explanation: q.explanation,
    whyNot: q.whyNot,
    links: q.links.map(({ title, url }) => ({ title, url })),
    timeLimitMs: (settings.secondsPerQuestion ?? defaultSeconds(q)) * 1000,
    readMs: settings.readFirst ? readingMs(q.stem) : 0,
  }));
}

/**
 * The options in the order players see them. Where their order is the answer
 * (ordering), they are always shuffled, and never shown already in their right order.
 */
function displayOrder(q: BankQuestion, shuffleOptions: boolean, random: () => number) {
  const options = q.options.map((o, position) => ({ ...o, position }));
  if (!kindOf(q.type).orderIsTheAnswer) return shuffleOptions ? shuffle(options, random) : options;
  const shuffled = shuffle(options, random);
  return shuffled.every((o, i) => o.position === i) ? [...shuffled.slice(1), shuffled[0]!] : shuffled;
}

/**
 * Clients know an option by its place in this game's question, never by its
 * bank id: a bank id seen at one game's reveal must not name the right answer
 * in the next game on the same bank.
 */
export function optionIdAt(position: number): string {
  return `o${position}`;
}

/** Fisher-Yates on a copy. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

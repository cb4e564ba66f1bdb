import { distance } from 'fastest-levenshtein';
import { kindOf } from '../game/question-types';
import type { QuestionType } from '../game/types';

/**
 * A question's stable key: what stays the same when a bank's file is fixed and
 * imported again as a new version, so a member's memory of a question (and the
 * group's weak spots) carry across versions. The one rule, for the importer and
 * the editor alike:
 *
 *   a new version's question keeps the key of a previous version's question when
 *   both have the same type, the same right answers, and stems at least
 *   STEM_SIMILARITY alike; otherwise it gets a new key.
 *
 * Right answers are the correct options' text (and a matching prompt's match),
 * as a set, or as a sequence where the order is the answer (ordering). Stems and
 * answers are compared normalised (normalize below). Each previous key goes to
 * at most one question: identical stems first; then, in bank order, each other
 * question takes the nearest unused previous question (by place in the bank,
 * counted from the last identical one) that is alike enough. Nearest rather than
 * most alike: an edited question stays about where it was, so it is found in a
 * comparison or two, and an import never compares every pair.
 */
/**
 * Stems alike when 1 - (Levenshtein distance / the longer length) reaches this:
 * up to 15 % of the characters edited, so a typo or a reworded clause keeps the
 * key and a different question (which rarely also has the same right answers)
 * does not.
 */
export const STEM_SIMILARITY = 0.85;

/**
 * A question that is new compares its stem with every unused previous one with
 * the same right answers (a true/false bank's are half the bank); past this many
 * comparisons in one import the questions left get new keys, so an import
 * stays well under a second. Only a version that adds or rewrites thousands of
 * true/false questions at once gets there.
 */
export const MAX_STEM_COMPARISONS = 20_000;

export interface KeyInput {
  type: QuestionType;
  stem: string;
  options: readonly { text: string; correct: boolean; match?: string | null }[];
}

export interface KeyedQuestion extends KeyInput {
  key: string;
}

/** NFKC, lower case, markdown's emphasis and code marks dropped, whitespace runs as one space. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[*_`~#>]/g, '').replace(/\s+/g, ' ').trim();
}

/** The right answers as one string: questions with different ones never share a key. */
export function answerSignature({ type, options }: KeyInput): string {
  const right = options.filter((o) => o.correct).map((o) => `${normalize(o.text)}\u0001${normalize(o.match ?? '')}`);
  if (!kindOf(type).orderIsTheAnswer) right.sort();
  return `${type}\u0000${right.join('\u0000')}`;
}

/** 1 for identical normalised stems, 0 for nothing in common. */
export function stemSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/** The key of each question of `next`, in order: carried from `previous` by the rule above, else `newKey()`. */
export function carryKeys(previous: readonly KeyedQuestion[], next: readonly KeyInput[], newKey: () => string): string[] {
  const old = previous.map((q) => ({ key: q.key, signature: answerSignature(q), stem: normalize(q.stem), taken: false }));
  const wanted = next.map((q) => ({ signature: answerSignature(q), stem: normalize(q.stem) }));
  const keys: (string | undefined)[] = next.map(() => undefined);
  /** where each carried key was in the previous version */
  const placeOf = new Map<string, number>();

  // Identical stems first.
  const identical = new Map<string, number[]>();
  old.forEach((q, place) => identical.set(`${q.signature}\u0000${q.stem}`, [...(identical.get(`${q.signature}\u0000${q.stem}`) ?? []), place]));
  wanted.forEach((q, index) => {
    const place = identical.get(`${q.signature}\u0000${q.stem}`)?.shift();
    if (place === undefined) return;
    old[place]!.taken = true;
    keys[index] = old[place]!.key;
    placeOf.set(old[place]!.key, place);
  });

  // Then each other question takes the nearest previous one alike enough.
  let comparisons = 0;
  let anchor = { place: -1, index: -1 };
  for (const [index, q] of wanted.entries()) {
    const carried = keys[index];
    if (carried !== undefined) {
      anchor = { place: placeOf.get(carried)!, index };
      continue;
    }
    const expected = anchor.place + (index - anchor.index);
    for (const place of outwardFrom(expected, old.length)) {
      const candidate = old[place]!;
      if (candidate.taken || candidate.signature !== q.signature || !lengthsAllow(q.stem, candidate.stem)) continue;
      if (++comparisons > MAX_STEM_COMPARISONS) return keys.map((key) => key ?? newKey());
      if (stemSimilarity(q.stem, candidate.stem) < STEM_SIMILARITY) continue;
      candidate.taken = true;
      keys[index] = candidate.key;
      anchor = { place, index };
      break;
    }
  }
  return keys.map((key) => key ?? newKey());
}

/** Lengths this far apart cannot be alike enough: no need for the distance. */
const lengthsAllow = (a: string, b: string) => Math.abs(a.length - b.length) <= (1 - STEM_SIMILARITY) * Math.max(a.length, b.length);

/** 0..length-1 by distance from `start`: start, start+1, start-1, start+2, … */
function* outwardFrom(start: number, length: number): Generator<number> {
  if (length === 0) return;
  const from = Math.min(Math.max(start, 0), length - 1);
  for (let step = 0; from + step < length || from - step >= 0; step++) {
    if (from + step < length) yield from + step;
    if (step > 0 && from - step >= 0) yield from - step;
  }
}

// Wrong options for questions that have none, drawn from the correct answers of
// the bank's other questions. Deterministic: choices and positions come from a
// hash of the question and candidate texts, so a bank always gets the same options.
//
// Linear in the number of questions: answers are bucketed once by section and
// shape and ordered by a hash of their text, and each question walks a few
// buckets from a place its own hash picks, instead of ranking every answer.
import { normalizeKey, wordCount } from './text';
import type { ParsedOption } from './types';

/** The most options a question may have (the game shows up to six tiles). */
export const MAX_OPTIONS = 6;
/** How many options a generated question gets: the correct ones plus distractors. */
export const GENERATED_OPTIONS = 4;

export interface OptionRequest {
  section: string;
  /** identifies the question in the hash, e.g. its stem */
  seed: string;
  correct: string[];
  /** false when the question already has its options (authored or curated) */
  generate: boolean;
}

/** FNV-1a: a small, stable string hash (no Math.random, same on every run and machine). */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Short names ("AWS DataSync") read as wrong next to sentences, and vice versa. */
const isShort = (label: string) => wordCount(label) <= 4;

interface Candidate {
  label: string;
  key: string;
  section: string;
  order: number;
}

/** One candidate per distinct answer text, in an order that depends on the texts only (not on question order). */
function bucket(candidates: Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const kept = byKey.get(candidate.key);
    if (!kept || candidate.label < kept.label || (candidate.label === kept.label && candidate.section < kept.section)) byKey.set(candidate.key, candidate);
  }
  return [...byKey.values()].sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function group<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Options (correct + distractors, up to GENERATED_OPTIONS) for each request with
 * `generate`, undefined for the others. Distractors prefer the same section,
 * then the same shape (short name vs sentence), and never equal a correct label.
 */
export function generateOptions(requests: OptionRequest[]): (ParsedOption[] | undefined)[] {
  const all = requests.flatMap((request) =>
    request.correct.map((label) => {
      const key = normalizeKey(label);
      return { label, key, section: request.section, order: hash(key) };
    }),
  );
  const shapeOf = (candidate: Candidate) => (isShort(candidate.label) ? 'short' : 'long');
  const sectionBuckets = new Map([...group(all, (c) => `${c.section}\0${shapeOf(c)}`)].map(([key, list]) => [key, bucket(list)]));
  const globalBuckets = new Map([...group(all, shapeOf)].map(([key, list]) => [key, bucket(list)]));

  return requests.map((request) => {
    if (!request.generate) return undefined;
    const taken = new Set(request.correct.map(normalizeKey));
    const shape = isShort(request.correct[0] ?? '') ? 'short' : 'long';
    const other = shape === 'short' ? 'long' : 'short';
    const distractors: string[] = [];
    const start = hash(request.seed);
    const walk = (list: Candidate[] | undefined, skipOwnSection: boolean) => {
      if (!list?.length) return;
      for (let step = 0; step < list.length && request.correct.length + distractors.length < GENERATED_OPTIONS; step++) {
        const candidate = list[(start + step) % list.length]!;
        if (taken.has(candidate.key) || (skipOwnSection && candidate.section === request.section)) continue;
        taken.add(candidate.key);
        distractors.push(candidate.label);
      }
    };
    // The own section was walked whole before the other sections are reached, so
    // skipping its entries there costs at most its few distinct answers.
    walk(sectionBuckets.get(`${request.section}\0${shape}`), false);
    walk(sectionBuckets.get(`${request.section}\0${other}`), false);
    walk(globalBuckets.get(shape), true);
    walk(globalBuckets.get(other), true);

    const options: ParsedOption[] = [
      ...request.correct.map((text) => ({ text, correct: true, authored: false })),
      ...distractors.map((text) => ({ text, correct: false, authored: false })),
    ];
    // A stable but content-dependent position, so the correct answer isn't always first.
    return options.sort((a, b) => hash(`${request.seed}\u0001${a.text}`) - hash(`${request.seed}\u0001${b.text}`));
  });
}

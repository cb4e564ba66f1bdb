// Wrong options for questions that have none, drawn from the correct answers of
// the bank's other questions. Deterministic: choices and positions come from a
// hash of the question and candidate texts, so a bank always gets the same options.
import { normalizeKey, wordCount } from './text';
import type { ParsedOption } from './types';

export const MAX_OPTIONS = 4;

export interface OptionRequest {
  section: string;
  /** identifies the question in the hash, e.g. its stem */
  seed: string;
  correct: string[];
  /** false when the question already has its options (authored or curated) */
  generate: boolean;
}

/** FNV-1a: a small, stable string hash (no Math.random, same on every run and machine). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Short names ("AWS DataSync") read as wrong next to sentences, and vice versa. */
const isShort = (label: string) => wordCount(label) <= 4;

/**
 * Options (correct + distractors, up to MAX_OPTIONS) for each request with
 * `generate`, undefined for the others. Distractors prefer the same section,
 * then the same shape (short name vs sentence), and never equal a correct label.
 */
export function generateOptions(requests: OptionRequest[]): (ParsedOption[] | undefined)[] {
  const pool = requests.flatMap((request, owner) =>
    request.correct.map((label) => ({ label, key: normalizeKey(label), section: request.section, owner })),
  );
  return requests.map((request, index) => {
    if (!request.generate) return undefined;
    const taken = new Set(request.correct.map(normalizeKey));
    const rank = (candidate: (typeof pool)[number]) => [
      candidate.section === request.section ? 0 : 1,
      isShort(candidate.label) === isShort(request.correct[0] ?? '') ? 0 : 1,
      hash(`${request.seed}\0${candidate.key}`),
    ];
    const candidates = pool
      .filter((candidate) => candidate.owner !== index)
      .map((candidate) => ({ candidate, rank: rank(candidate) }))
      .sort((a, b) => compareRanks(a.rank, b.rank));
    const distractors: string[] = [];
    for (const { candidate } of candidates) {
      if (request.correct.length + distractors.length >= MAX_OPTIONS) break;
      if (taken.has(candidate.key)) continue;
      taken.add(candidate.key);
      distractors.push(candidate.label);
    }
    const options: ParsedOption[] = [
      ...request.correct.map((text) => ({ text, correct: true, authored: false })),
      ...distractors.map((text) => ({ text, correct: false, authored: false })),
    ];
    // A stable but content-dependent position, so the correct answer isn't always first.
    return options.sort((a, b) => hash(`${request.seed}\u0001${a.text}`) - hash(`${request.seed}\u0001${b.text}`));
  });
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

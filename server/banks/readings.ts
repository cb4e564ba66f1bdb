// Layouts that read two ways, and which way to read them. A reader that meets
// one reads it the default way, unless told otherwise, and notes each question
// it read so (an Issue with `assumed`); finishBank sums those notes up before the
// warnings are cut, so the preview can say once what was assumed and offer the other way.
import { z } from 'zod';
import type { Issue } from './types';

export const Reading = z
  .object({
    /**
     * Lettered lines right under a question's text, then "Answer: B": the
     * question's options, B the right one (the default); or lines of the
     * question's text, with "B" the answer to type.
     */
    letteredAnswer: z.enum(['options', 'typed'], { message: 'letteredAnswer is "options" or "typed"' }).optional(),
  })
  .strict();
export type Reading = z.infer<typeof Reading>;
export type ReadingKey = keyof Reading;

/** The way each layout is read unless the reading says otherwise. */
export const DEFAULT_READING: Required<Reading> = { letteredAnswer: 'options' };

type Way = Required<Reading>[ReadingKey];

/** Each way's other way: what the control (and the CLI's flag) offers instead. */
const OTHER_WAY: { [Key in ReadingKey]: Record<Required<Reading>[Key], Required<Reading>[Key]> } = { letteredAnswer: { options: 'typed', typed: 'options' } };

/** The questions read one way of two, as the preview shows them: once, with their count. */
export interface Assumption {
  key: ReadingKey;
  /** the way they were read, and the other way */
  read: Way;
  other: Way;
  /** how many questions */
  count: number;
  /** the lines of the notes, the first MAX_LINES of them */
  lines: number[];
  /** the first note, e.g. read "Answer: B" as option B of the lettered lines under the question, not as an answer to type */
  example: string;
}

const MAX_LINES = 100;

/** The notes of `warnings` on what was assumed, one entry per layout; from the whole list, before it is cut. */
export function assumptionsOf(warnings: Issue[], reading: Reading = {}): Assumption[] {
  const byKey = new Map<ReadingKey, Assumption>();
  for (const warning of warnings) {
    const key = warning.assumed;
    if (!key) continue;
    const read = reading[key] ?? DEFAULT_READING[key];
    const entry = byKey.get(key) ?? { key, read, other: OTHER_WAY[key][read], count: 0, lines: [], example: warning.message };
    entry.count++;
    if (entry.lines.length < MAX_LINES) entry.lines.push(warning.line);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

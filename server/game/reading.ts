/**
 * "Time to read first": a round opens on the question alone, and its options
 * (and the answer clock) come after a reading time scaled to the stem's length.
 * The time is added before the answer window, never taken from it.
 *
 * The rule: one second to look up, then the stem's words at 4 a second
 * (240 a minute, adults' mean silent reading pace, a little faster than reading
 * aloud, since the room reads along), rounded up to a whole second, from 3 s
 * for a one-liner to at most 12 s, so a nine-line scenario is read before the
 * clock runs but a long case study never keeps the room waiting long: the answer
 * window is sized to the whole text anyway (plan.ts defaultSeconds).
 */

export const READ_MIN_MS = 3_000;
export const READ_MAX_MS = 12_000;
export const READ_WORDS_PER_SECOND = 4;
const LOOK_UP_MS = 1_000;

/** The reading time of a question with this stem (markdown), in ms. */
export function readingMs(stem: string): number {
  const words = stem.split(/\s+/).filter(Boolean).length;
  const ms = Math.ceil((LOOK_UP_MS + (words / READ_WORDS_PER_SECOND) * 1000) / 1000) * 1000;
  return Math.min(READ_MAX_MS, Math.max(READ_MIN_MS, ms));
}

/**
 * A question's stem cut into its lead (the scenario) and its ask (what is
 * asked, the part that must stay in view when the stem is folded): the last
 * line when the stem has several, else its last sentence. A trailing "(Select
 * TWO.)" stays with the sentence it belongs to. A stem ending in a list, a
 * table or code is not cut: its last line is no ask.
 */
export interface StemParts {
  /** markdown before the ask; '' when the stem is all ask */
  lead: string;
  /** markdown */
  ask: string;
}

const NOT_AN_ASK = /^\s*([-*+>|]|\d+[.)]\s|```|~~~|#)/;
/** A sentence ends at . ! or ? (maybe closed by a quote or bracket) followed by a space. */
const SENTENCE_END = /[.!?]["')\]]?\s+(?=\S)/g;
const PARENTHETICAL = /^\(.*\)$/s;

export function splitAsk(stem: string): StemParts {
  const text = stem.trim();
  const lines = text.split('\n');
  const last = lines.findLastIndex((line) => line.trim() !== '');
  if (last > 0 && !NOT_AN_ASK.test(lines[last]!)) {
    return { lead: lines.slice(0, last).join('\n').trim(), ask: lines.slice(last).join('\n').trim() };
  }
  if (lines.length > 1) return { lead: '', ask: text };
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
  let cut = ends.pop();
  if (cut !== undefined && PARENTHETICAL.test(text.slice(cut).trim())) cut = ends.pop();
  return cut === undefined ? { lead: '', ask: text } : { lead: text.slice(0, cut).trim(), ask: text.slice(cut).trim() };
}

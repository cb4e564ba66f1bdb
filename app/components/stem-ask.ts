/**
 * An exam-style stem split where it asks: the scenario, then the ask (its last
 * sentence, "What is the MOST cost-effective solution?"), so a screen short of
 * room folds the scenario and always shows the ask whole. A stem whose last line
 * is markdown structure (a list, a table, code) is not split: its ask is all of it.
 */
export interface StemParts {
  scenario: string;
  ask: string;
}

/** The ask is at least this long: "(Select TWO.)" alone is not a question, so it takes the sentence before. */
const SHORTEST_ASK = 30;
/** A sentence ends at . ? or ! (and a closing quote or bracket), before a space and a capital, a digit or an opening mark. */
const SENTENCE_END = /[.?!]["'”’)\]]?\s+(?=["'“‘(*_]*[A-Z0-9])/g;
const STRUCTURE = /^\s*([-*+>|#]|\d+[.)]\s|```|~~~)/;

export function splitAsk(stem: string): StemParts {
  const text = stem.trim();
  const lineStart = text.lastIndexOf('\n') + 1;
  const lastLine = text.slice(lineStart);
  if (STRUCTURE.test(lastLine) || text.includes('```')) return { scenario: '', ask: text };
  const starts = [0, ...[...lastLine.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length)];
  let at = starts.length - 1;
  while (at > 0 && lastLine.length - starts[at]! < SHORTEST_ASK) at--;
  const cut = lineStart + starts[at]!;
  return { scenario: text.slice(0, cut).trim(), ask: text.slice(cut).trim() };
}

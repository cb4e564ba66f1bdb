import type { KindQuestion, QuestionKind, Shown } from '../question-types';

/**
 * Matching: 3 to 6 prompts (the options), each paired with one of the
 * answers. Players name an answer by its place in the alphabetical list of
 * distinct answers (m0, m1…), which says nothing about which prompt it
 * belongs to. Correct only when every pair is right; the reveal shows the
 * right pairs and counts per prompt how many matched it right. In markdown, a
 * bullet list of "prompt -> answer" lines.
 */

export const MATCHING_PROMPTS = { min: 3, max: 6 } as const;

const ARROW = /\s*(?:->|→)\s*/;

export function matchChoices(q: KindQuestion): Shown[] {
  const texts = [...new Set(q.options.map((o) => o.match ?? ''))].sort((a, b) => a.localeCompare(b, 'en'));
  return texts.map((text, i) => ({ id: `m${i}`, text }));
}

function rightMatches(q: KindQuestion): string[] {
  const idOf = new Map(matchChoices(q).map((m) => [m.text, m.id]));
  return q.options.map((o) => idOf.get(o.match ?? '')!);
}

export const matching: QuestionKind = {
  shown: (q) => ({ options: q.options.map(({ id, text }) => ({ id, text })), matches: matchChoices(q) }),
  accept(q, input) {
    const ids = new Set(matchChoices(q).map((m) => m.id));
    const complete = input.optionIds.length === q.options.length && input.optionIds.every((id) => ids.has(id));
    return complete ? { optionIds: [...input.optionIds], text: null } : { error: `Match each of the ${q.options.length} prompts to an answer.` };
  },
  isCorrect: (q, answer) => rightMatches(q).every((id, i) => answer.optionIds[i] === id),
  solution: rightMatches,
  accepted: () => [],
  tally(q, answers) {
    const right = rightMatches(q);
    const matched = Object.fromEntries(q.options.map((o) => [o.id, 0]));
    for (const a of answers) {
      q.options.forEach((o, i) => {
        if (a.optionIds[i] === right[i]) matched[o.id]!++;
      });
    }
    return matched;
  },
  describe(q, answer) {
    const text = new Map(matchChoices(q).map((m) => [m.id, m.text]));
    return q.options.map((o, i) => `${o.text} -> ${text.get(answer.optionIds[i] ?? '') ?? '?'}`).join('; ');
  },
  idsNameOptions: false,
  tallyIsPlayerText: false,
  orderIsTheAnswer: false,
  picksOptions: false,
  form: {
    read(block, text) {
      if (block.kind !== 'list' || block.ordered || !block.items.some((item) => ARROW.test(item.plain))) return undefined;
      const pairs = block.items.map(({ markdown, line }) => {
        const [prompt = '', ...rest] = markdown.split(ARROW);
        return { text: prompt.trim(), match: rest.join(' -> ').trim(), line };
      });
      const bad = pairs.find((p) => !p.text || !p.match);
      if (bad) return { line: bad.line, error: 'each line of a matching question is "prompt -> its answer"' };
      const { min, max } = MATCHING_PROMPTS;
      if (pairs.length < min || pairs.length > max) {
        return { line: block.line, error: `a matching question has ${min} to ${max} "prompt -> answer" lines, not ${pairs.length}` };
      }
      return text.repeated(pairs, 'prompt') ?? { options: pairs.map(({ text, match }) => ({ text, match, correct: true })) };
    },
    write: (options) => options.map((o) => `- ${o.text} -> ${o.match ?? ''}`).join('\n'),
  },
};

import type { KindQuestion, QuestionKind } from '../question-types';

/**
 * Ordering: 3 to 6 items put in order. Correct only when the whole order is
 * right; the reveal shows the right order, and counts per item how many
 * players put it in its right place. In markdown, a numbered list under the
 * question: the items in their right order.
 */

export const ORDERING_ITEMS = { min: 3, max: 6 } as const;

const rightOrder = (q: KindQuestion) => [...q.options].sort((a, b) => a.position - b.position).map((o) => o.id);

export const ordering: QuestionKind = {
  shown: (q) => ({ options: q.options.map(({ id, text }) => ({ id, text })), matches: [] }),
  accept(q, input) {
    const order = input.optionIds;
    const complete = order.length === q.options.length && new Set(order).size === order.length && order.every((id) => q.options.some((o) => o.id === id));
    return complete ? { optionIds: [...order], text: null } : { error: `Put all ${q.options.length} items in order, each once.` };
  },
  isCorrect: (q, answer) => rightOrder(q).every((id, i) => answer.optionIds[i] === id),
  solution: rightOrder,
  accepted: () => [],
  tally(q, answers) {
    const right = rightOrder(q);
    const placed = Object.fromEntries(q.options.map((o) => [o.id, 0]));
    for (const a of answers) {
      a.optionIds.forEach((id, i) => {
        if (right[i] === id) placed[id]!++;
      });
    }
    return placed;
  },
  describe: (q, answer) => answer.optionIds.map((id) => q.options.find((o) => o.id === id)?.text ?? '?').join(' > '),
  idsNameOptions: true,
  tallyIsPlayerText: false,
  orderIsTheAnswer: true,
  picksOptions: false,
  form: {
    read(block, text) {
      if (block.kind !== 'list' || !block.ordered) return undefined;
      const { min, max } = ORDERING_ITEMS;
      if (block.items.length < min || block.items.length > max) {
        return { line: block.line, error: `an ordering question has ${min} to ${max} items to put in order, not ${block.items.length}` };
      }
      const items = block.items.map(({ markdown, line }) => ({ text: markdown, line }));
      return text.repeated(items, 'item') ?? { options: items.map(({ text }) => ({ text, correct: true })) };
    },
    write: (options) => options.map((o, i) => `${i + 1}. ${o.text}`).join('\n'),
  },
};

import type { QuestionKind } from '../question-types';

/**
 * Multiple choice ("pick one") and multiple response ("Select TWO"): the
 * player picks `select` options; it counts only when exactly the correct set
 * is picked. The reveal counts the picks of each option.
 */
export const choice: QuestionKind = {
  shown: (q) => ({ options: q.options.map(({ id, text }) => ({ id, text })), matches: [] }),
  accept(q, input) {
    const picked = [...new Set(input.optionIds)];
    if (picked.length !== q.select || !picked.every((id) => q.options.some((o) => o.id === id))) {
      return { error: `Pick exactly ${q.select} of the options shown.` };
    }
    return { optionIds: picked, text: null };
  },
  isCorrect(q, answer) {
    const correct = this.solution(q);
    return answer.optionIds.length === correct.length && correct.every((id) => answer.optionIds.includes(id));
  },
  solution: (q) => q.options.filter((o) => o.correct).map((o) => o.id),
  accepted: () => [],
  tally(q, answers) {
    const picks = Object.fromEntries(q.options.map((o) => [o.id, 0]));
    for (const a of answers) for (const id of a.optionIds) picks[id] = (picks[id] ?? 0) + 1;
    return picks;
  },
  describe: (q, answer) => q.options.filter((o) => answer.optionIds.includes(o.id)).map((o) => o.text).join('; '),
  idsNameOptions: true,
  tallyIsPlayerText: false,
  orderIsTheAnswer: false,
  picksOptions: true,
  // its form is a task list of its options ("- [x] right"), which every reader knows
  form: { write: () => undefined },
};

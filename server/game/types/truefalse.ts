import type { QuestionKind } from '../question-types';
import { choice } from './choice';

/**
 * True or false: a choice between the two fixed options "True" and "False".
 * Its rules are a single choice's; its own module is where they would diverge.
 * In a bank it is a choice whose italic answer starts with "True" or "False",
 * or whose options are exactly True and False (as export writes it).
 */
export const trueFalse: QuestionKind = {
  ...choice,
  form: {
    fromChoice(answer, options) {
      const texts = options?.map((o) => o.text.toLowerCase());
      const written = options?.length === 2 && texts![0] === 'true' && texts![1] === 'false' && options.filter((o) => o.correct).length === 1;
      const verdict = written ? (options[0]!.correct ? 'true' : 'false') : options ? undefined : /^(true|false)\b/i.exec(answer ?? '')?.[1]?.toLowerCase();
      if (!verdict) return undefined;
      return [
        { text: 'True', correct: verdict === 'true' },
        { text: 'False', correct: verdict === 'false' },
      ];
    },
    write: () => undefined,
  },
};

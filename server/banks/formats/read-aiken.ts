// Moodle Aiken (https://docs.moodle.org/en/Aiken_format) -> raw questions:
//
//   Which service stores objects?
//   A. Amazon EBS
//   B) Amazon S3
//   ANSWER: B
//
// The question is the text before the first option (one line in strict Aiken;
// more are accepted), options are "A." or "A)", and "ANSWER: B" names the right
// one. Two extensions, as other tools write them: "ANSWER: B, D" for a
// multiple-response question, and "FEEDBACK:" (or "EXPLANATION:") lines after
// the answer, read as the explanation.
import { answerLine, letteredOption, markLetters, type LetteredOption } from './lettered';
import type { RawBank, RawQuestion } from './raw-bank';
import { escapeMarkdown } from '../text';
import type { Issue } from '../types';

const FEEDBACK = /^\s*(?:feedback|explanation)\s*:\s*(.*)$/i;

export function readAiken(text: string): RawBank {
  const errors: Issue[] = [];
  const questions: RawQuestion[] = [];
  const lines = text.split(/\r?\n/);
  let i = 0;
  while (i < lines.length) {
    while (i < lines.length && !lines[i]!.trim()) i++;
    if (i >= lines.length) break;
    const line = i + 1;
    let failed = false;
    const fail = (message: string) => {
      failed = true;
      errors.push({ line, message, question: line });
    };
    const stem: string[] = [];
    const options: LetteredOption[] = [];
    let answer: ReturnType<typeof answerLine>;
    const explanation: string[] = [];
    for (; i < lines.length && lines[i]!.trim(); i++) {
      const current = lines[i]!;
      const feedback = FEEDBACK.exec(current);
      const option = answer ? undefined : letteredOption(current);
      const marked = options.length ? answerLine(current) : undefined;
      if (answer && feedback) explanation.push(feedback[1]!.trim());
      else if (answer && explanation.length) explanation.push(current.trim());
      else if (answer) fail(`"${current.trim()}" after the ANSWER line: a blank line must end each question`);
      else if (marked) answer = marked;
      else if (option && stem.length) options.push(option);
      else if (options.length) fail(`"${current.trim()}": after the options only "ANSWER: X" may follow`);
      else stem.push(current.trim());
    }
    if (failed) continue;
    if (!stem.length) fail('an option with no question above it');
    else if (!options.length) fail('a question with no options: list them as "A. ...", "B. ..."');
    else if (!answer) fail('no "ANSWER: X" line after the options');
    else {
      const { options: marked, unknown } = markLetters(options, answer.letters);
      if (unknown.length) fail(`ANSWER names ${unknown.join(', ')}, which is not one of the options`);
      else {
        const stemText = escapeMarkdown(stem.join('\n'));
        questions.push({
          line,
          section: '',
          stem: stemText,
          stemPlain: stem.join(' '),
          options: marked.map((option) => ({ ...option, text: escapeMarkdown(option.text) })),
          select: answer.letters.length,
          explanation: escapeMarkdown(explanation.join('\n')),
          whyNot: [],
          links: [],
        });
      }
    }
  }
  return { description: '', questions, errors, warnings: [] };
}

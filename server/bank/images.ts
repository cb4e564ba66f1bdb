// Images in a question's markdown: an https image is kept (phones load it from
// the internet, so say so); any other image is not imported yet, and would be a
// broken image in the game, so it is a warning with its question's line.
import type { Issue, ParsedQuestion } from './types';
import { excerpt } from './text';

const IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)/g;

export function imageWarnings(question: ParsedQuestion, file?: string): Issue[] {
  const texts = [question.stem, question.explanation, ...question.whyNot, ...question.options.map((option) => option.text)];
  const warnings: Issue[] = [];
  for (const text of texts) {
    for (const [, url = ''] of text.matchAll(IMAGE)) {
      const message = /^https:\/\//i.test(url)
        ? `image "${excerpt(url)}" is on the internet: phones will load it from there`
        : `image "${excerpt(url)}" is not an https address and images are not imported yet, so it would show broken; link an https image or remove it`;
      warnings.push(file ? { line: question.line, file, message } : { line: question.line, message });
    }
  }
  return warnings;
}

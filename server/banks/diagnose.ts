// When nothing in a file reads as a question, say what the file does hold and
// which layouts Cramjam reads, instead of listing one error per block.
const COUNTS: [string, RegExp][] = [
  ['"#" headings', /^#\s/],
  ['"##" headings', /^##\s/],
  ['"###" headings', /^###\s/],
  ['"####" headings', /^####\s/],
  ['task-list items ("- [x]" / "- [ ]")', /^\s*[-*+]\s+\[[ xX]\]\s/],
  ['numbered items ("1. ...")', /^\s{0,3}\d{1,4}[.)]\s/],
  ['lettered options ("A. ..." / "(B) ...")', /^\s*(?:[-*+]\s+)?(?:\([A-Fa-f]\)|[A-Fa-f][.)])\s/],
  ['answer lines ("Answer: B")', /^\W{0,4}(?:correct\s+)?answers?\W{0,4}:/i],
  ['italic answer paragraphs', /^\s{4}\*[^*\s]/],
  ['<details> blocks', /<details/i],
];

export const LAYOUTS =
  'Cramjam reads: a "###" heading or numbered item followed by a task list ("- [x] right" / "- [ ] wrong"); ' +
  'a question with lettered options ("A. ...") and an "Answer: B" line; ' +
  'a question with its answer as an italic paragraph indented 4 spaces; ' +
  'and GIFT, Aiken (.txt), CSV and .xlsx files (see /banks/new)';

export function diagnoseLayout(text: string): string {
  const lines = text.split(/\r?\n/);
  const found = COUNTS.map(([name, pattern]) => ({ name, count: lines.filter((line) => pattern.test(line)).length })).filter(({ count }) => count > 0);
  const holds = found.length ? `this file has ${found.map(({ name, count }) => `${count} ${name}`).join(', ')}` : 'this file has none of the shapes of a question';
  return `no questions found: ${holds}. ${LAYOUTS}.`;
}

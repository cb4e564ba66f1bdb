// Moodle GIFT (https://docs.moodle.org/en/GIFT_format) -> raw questions.
// Read: multiple choice ({=right ~wrong}, and "~=right" as Moodle reads it too),
// multiple response ({~%50%A ~%50%B ~%-100%C}: see gift-answers.ts for which
// weights are right), true/false ({T} / {FALSE}), "::title::", "$CATEGORY:" (the
// section), "//" comment lines anywhere, "#feedback" per answer (kept as its
// option's note, the "why not" of a wrong one) and "####general feedback" (the
// explanation; a short answer's feedback on answers it does not accept becomes
// why-not notes), "\" escapes and the [markdown]/[html]/
// [plain] text formats, a question's format applying to its answers ([html] is
// converted to markdown; "@@PLUGINFILE@@/x.png" images are looked for beside the
// bank); matching ({=prompt -> answer ...}, 3 to 6 pairs) and short answer
// ({=answer =variant}, the full-credit answers accepted, "*" a wildcard) become
// Cramjam's matching and type-the-answer questions; Moodle cloze gaps
// ({1:MC:~a~=an}) become one question per gap (gift-cloze.ts). Numeric and essay
// questions are reported and skipped.
import { MATCHING_PROMPTS } from '../../game/types/matching';
import type { Form } from './question-forms';
import type { RawBank, RawQuestion } from './raw-bank';
import { answerOf, choiceOf, formatOf, indexOfUnescaped, noteOf, plainOf, splitAt, toMarkdown, typedOf, type TextFormat } from './gift-answers';
import { bracesOf, clozeQuestions, isGap } from './gift-cloze';
import { excerpt, normalizeKey } from '../text';
import type { Issue } from '../types';

interface Block {
  line: number;
  /** the text with escapes kept, so { } = ~ # inside them stay literal */
  text: string;
}

/** Splits the file into question blocks at blank lines outside braces, dropping // comment lines. */
function blocks(text: string, errors: Issue[]): Block[] {
  const found: Block[] = [];
  const lines = text.split(/\r?\n/);
  let current: string[] = [];
  let start = 0;
  let depth = 0;
  let braceLine = 0;
  const flush = () => {
    if (current.some((line) => line.trim())) found.push({ line: start, text: current.join('\n') });
    current = [];
  };
  lines.forEach((line, index) => {
    if (/^\s*\/\//.test(line)) return; // a comment line, between questions or inside one
    if (depth === 0 && !line.trim()) {
      flush();
      return;
    }
    if (current.length === 0) start = index + 1;
    current.push(line);
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '\\') i++;
      else if (line[i] === '{') {
        if (depth === 0) braceLine = index + 1;
        depth++;
      } else if (line[i] === '}') depth = Math.max(0, depth - 1);
    }
  });
  if (depth > 0) {
    errors.push({ line: braceLine, message: 'a "{" opened here is never closed: every GIFT question needs its answers between { and }' });
    const unclosed = found.length;
    flush();
    found.splice(unclosed); // the unclosed block swallowed the rest of the file: read none of it
    return found;
  }
  flush();
  return found;
}

/** A missing-word question's text after the answers; tags alone (an [html] question's "</p>") are none. */
const textAfter = (after: string, format: TextFormat) => (format === 'html' ? after.replace(/<[^>]*>/g, '') : after).trim();

function question(block: Block, section: string, errors: Issue[]): RawQuestion[] {
  const fail = (message: string) => {
    errors.push({ line: block.line, message, question: block.line });
    return [];
  };
  let text = block.text;
  const title = /^\s*::((?:\\.|[^:\\]|:(?!:))*)::/.exec(text);
  if (title) text = text.slice(title[0].length);
  const format = formatOf(text);
  const braces = bracesOf(text);
  const base = { line: block.line, section, links: [] };
  if (braces.some(isGap)) {
    const gaps = clozeQuestions(text, braces, format, base);
    return typeof gaps === 'string' ? fail(gaps) : gaps;
  }
  const open = indexOfUnescaped(text, '{');
  if (open < 0) return fail('no answers: a GIFT question needs its answers between { and }, like {=right ~wrong}');
  const close = indexOfUnescaped(text, '}', open);
  const before = text.slice(0, open);
  const after = text.slice(close + 1);
  // Text after the answers makes a "missing word" question: the blank is where the answers were.
  const stem = toMarkdown(textAfter(after, format) ? `${before}_____${after}` : before);
  if (!plainOf(stem)) return fail('a GIFT question needs its question text before the {answers}');
  const answers = text.slice(open + 1, close).trim();
  const asked = { ...base, stem, stemPlain: plainOf(stem) };

  const general = answers.split(/(?<!\\)####/);
  const body = general[0]!.trim();
  const generalFeedback = general.length > 1 ? toMarkdown(general.slice(1).join('####'), format) : '';

  const trueFalse = /^(T|F|TRUE|FALSE)\s*((?<!\\)#.*)?$/is.exec(body);
  if (trueFalse) {
    const truth = trueFalse[1]!.toUpperCase().startsWith('T');
    // {T#feedback for a wrong answer#feedback for a right one}
    const [wrong = '', right = ''] = splitAt(trueFalse[2] ?? '', /#/)
      .slice(1)
      .map((part) => noteOf(part.text, format));
    const note = (correct: boolean) => (correct ? right : wrong);
    const options = [
      { text: 'True', correct: truth },
      { text: 'False', correct: !truth },
    ].map((option) => (note(option.correct) ? { ...option, note: note(option.correct) } : option));
    return [{ ...asked, options, select: 1, explanation: generalFeedback || right, whyNot: [] }];
  }
  if (!body) return fail('an essay question (empty {}): Cramjam plays choice, matching and short-answer questions');
  if (/^#/.test(body)) return fail('a numeric question ({#...}): Cramjam plays choice, matching and short-answer questions');

  // "~=right" is a right answer, as Moodle reads it: the "~" before "=" marks nothing.
  const parts = splitAt(body, /[=~]/).filter((part, index, all) => part.mark && !(part.mark === '~' && !part.text.trim() && all[index + 1]?.mark === '='));
  if (/->/.test(body)) {
    const form = matching(parts, block.line, format);
    return typeof form === 'string' ? fail(form) : [{ ...asked, form, explanation: generalFeedback, whyNot: [] }];
  }
  const read = parts.map((part) => answerOf(part.text, part.mark === '=' ? 100 : 0));
  if (!parts.some((part) => part.mark === '~')) {
    const typed = typedOf(read, format, block.line);
    if (typeof typed === 'string') return fail(typed);
    return [{ ...asked, form: typed.form, explanation: generalFeedback || typed.explanation.join('\n\n'), whyNot: typed.whyNot }];
  }
  const choice = choiceOf(read, format, Boolean(generalFeedback));
  if (typeof choice === 'string') return fail(choice);
  const select = choice.options.filter((option) => option.correct).length;
  const explanation = [generalFeedback, ...choice.explanation].filter(Boolean).join('\n\n');
  return [{ ...asked, options: choice.options, select: Math.max(1, select), explanation, whyNot: choice.whyNot }];
}

/** {=prompt -> answer =prompt -> answer ...}: a matching question of 3 to 6 pairs, or what is wrong with it. */
function matching(parts: { mark: string; text: string }[], line: number, format: TextFormat): Form | string {
  const pairs: { text: string; match: string }[] = [];
  for (const part of parts) {
    const arrow = part.text.indexOf('->');
    const prompt = arrow < 0 ? '' : toMarkdown(part.text.slice(0, arrow), format);
    const match = arrow < 0 ? '' : toMarkdown(part.text.slice(arrow + 2).replace(/(?<!\\)#[^]*$/, ''), format);
    if (part.mark !== '=' || !match) return 'a matching question is written {=prompt -> its answer =prompt -> its answer ...}, each pair after an =';
    if (!prompt) return `a matching answer with no prompt ("= -> ${excerpt(plainOf(match))}"): Cramjam matches only written pairs, so leave the extra answer out`;
    pairs.push({ text: prompt, match });
  }
  const { min, max } = MATCHING_PROMPTS;
  if (pairs.length < min || pairs.length > max) return `a matching question has ${min} to ${max} pairs (=prompt -> answer), not ${pairs.length}`;
  const seen = new Set<string>();
  for (const { text } of pairs) {
    const key = normalizeKey(plainOf(text));
    if (seen.has(key)) return `the prompt "${excerpt(plainOf(text))}" is listed twice in this matching question`;
    seen.add(key);
  }
  return { type: 'matching', options: pairs.map((pair) => ({ ...pair, correct: true })), line };
}

export function readGift(text: string): RawBank {
  const errors: Issue[] = [];
  const questions: RawQuestion[] = [];
  let section = '';
  for (const block of blocks(text, errors)) {
    const category = /^\s*\$CATEGORY:\s*(.*)$/im.exec(block.text);
    if (category && block.text.trim().startsWith('$')) {
      section = category[1]!.split('/').pop()!.trim();
      const rest = block.text.replace(/^\s*\$CATEGORY:.*$/im, '');
      if (!rest.trim()) continue;
      block.text = rest;
    }
    questions.push(...question(block, section, errors));
  }
  return { description: '', questions, errors, warnings: [] };
}

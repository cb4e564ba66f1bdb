// Moodle GIFT (https://docs.moodle.org/en/GIFT_format) -> raw questions.
// Read: multiple choice ({=right ~wrong}), multiple response ({~%50%A ~%50%B ~%-100%C}),
// true/false ({T} / {FALSE}), "::title::", "$CATEGORY:" (the section), "//" comments,
// "#feedback" per answer and "####general feedback" (the explanation; feedback on
// wrong answers becomes why-not notes), "\" escapes and the [markdown]/[html]/[plain]
// text formats; matching ({=prompt -> answer ...}, 3 to 6 pairs) and short answer
// ({=answer =variant}, the full-credit answers accepted) become Cramjam's matching
// and type-the-answer questions. Numeric and essay questions are reported and skipped.
import { MATCHING_PROMPTS } from '../../game/types/matching';
import { TYPED_MAX } from '../../game/types/typed';
import type { Form } from './question-forms';
import type { RawBank, RawQuestion } from './raw-bank';
import type { WrittenOption } from './task-list';
import { escapeMarkdown, excerpt, normalizeKey } from '../text';
import type { Issue } from '../types';

interface Block {
  line: number;
  /** the text with escapes kept, so { } = ~ # inside them stay literal */
  text: string;
}

/** Splits the file into question blocks at blank lines outside braces, dropping // comments. */
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
    if (depth === 0 && /^\s*\/\//.test(line)) return;
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

const unescape = (text: string) => text.replace(/\\([~=#{}:\\n])/g, (_, char: string) => (char === 'n' ? '\n' : char));

/** Splits at unescaped marks (~ = # and so on), keeping escapes for unescape() later. */
function splitAt(text: string, marks: RegExp): { mark: string; text: string }[] {
  const parts: { mark: string; text: string }[] = [];
  let current = { mark: '', text: '' };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length) {
      current.text += char + text[++i];
    } else if (marks.test(char)) {
      parts.push(current);
      current = { mark: char, text: '' };
    } else {
      current.text += char;
    }
  }
  parts.push(current);
  return parts;
}

/** "[markdown]text" stays markdown; plain and (tag-stripped) html text is escaped. */
function toMarkdown(raw: string): string {
  const text = raw.trim();
  const format = /^\[(markdown|html|moodle|plain)\]/i.exec(text)?.[1]?.toLowerCase();
  const body = unescape(format ? text.slice(format.length + 2) : text).trim();
  if (format === 'markdown') return body;
  const plain = format === 'html' ? body.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ') : body;
  return escapeMarkdown(plain.replace(/[ \t]+/g, ' ').trim());
}

const plainOf = (markdown: string) => markdown.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim();

function question(block: Block, section: string, errors: Issue[]): RawQuestion | undefined {
  const fail = (message: string) => {
    errors.push({ line: block.line, message, question: block.line });
    return undefined;
  };
  let text = block.text;
  const title = /^\s*::((?:\\.|[^:\\]|:(?!:))*)::/.exec(text);
  if (title) text = text.slice(title[0].length);
  const open = indexOfUnescaped(text, '{');
  if (open < 0) return fail('no answers: a GIFT question needs its answers between { and }, like {=right ~wrong}');
  const close = indexOfUnescaped(text, '}', open);
  const before = text.slice(0, open);
  const after = text.slice(close + 1);
  // Text after the answers makes a "missing word" question: the blank is where the answers were.
  const stem = toMarkdown(after.trim() ? `${before}_____${after}` : before);
  if (!plainOf(stem)) return fail('a GIFT question needs its question text before the {answers}');
  const answers = text.slice(open + 1, close).trim();
  const base = { line: block.line, section, stem, stemPlain: plainOf(stem), whyNot: [] as string[], links: [] };

  const general = answers.split(/(?<!\\)####/);
  const body = general[0]!.trim();
  const generalFeedback = general.length > 1 ? toMarkdown(general.slice(1).join('####')) : '';

  const trueFalse = /^(T|F|TRUE|FALSE)\s*((?<!\\)#.*)?$/is.exec(body);
  if (trueFalse) {
    const truth = trueFalse[1]!.toUpperCase().startsWith('T');
    const feedback = splitAt(trueFalse[2] ?? '', /#/).slice(1).map((part) => toMarkdown(part.text));
    const options: WrittenOption[] = [
      { text: 'True', correct: truth },
      { text: 'False', correct: !truth },
    ];
    // {T#feedback for a wrong answer#feedback for a right one}
    const explanation = generalFeedback || feedback[1] || '';
    return { ...base, options, select: 1, explanation, whyNot: feedback[0] ? [feedback[0]] : [] };
  }
  if (!body) return fail('an essay question (empty {}): Cramjam plays choice, matching and short-answer questions');
  if (/^#/.test(body)) return fail('a numeric question ({#...}): Cramjam plays choice, matching and short-answer questions');

  const parts = splitAt(body, /[=~]/).filter((part) => part.mark);
  if (/->/.test(body)) {
    const form = matching(parts, block.line);
    return typeof form === 'string' ? fail(form) : { ...base, form, explanation: generalFeedback };
  }
  if (!parts.some((part) => part.mark === '~')) {
    const typed = shortAnswer(parts, block.line);
    if (typeof typed === 'string') return fail(typed);
    return { ...base, form: typed.form, explanation: generalFeedback || typed.feedback };
  }
  const options: WrittenOption[] = [];
  const explanation: string[] = generalFeedback ? [generalFeedback] : [];
  const whyNot: string[] = [];
  for (const part of parts) {
    const [answer = '', ...feedback] = splitAt(part.text, /#/).map((piece) => piece.text);
    const weight = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(answer);
    const optionText = toMarkdown(weight ? answer.slice(weight[0].length) : answer);
    const correct = part.mark === '=' || (weight !== null && Number(weight[1]) > 0);
    if (!optionText) return fail('an answer with no text: write it after its = or ~');
    options.push({ text: optionText, correct });
    const note = feedback.length ? toMarkdown(feedback.join('#')) : '';
    if (note && correct && !generalFeedback) explanation.push(note);
    if (note && !correct) whyNot.push(note);
  }
  const select = options.filter((option) => option.correct).length;
  return { ...base, options, select: Math.max(1, select), explanation: explanation.join('\n\n'), whyNot };
}

/** {=prompt -> answer =prompt -> answer ...}: a matching question of 3 to 6 pairs, or what is wrong with it. */
function matching(parts: { mark: string; text: string }[], line: number): Form | string {
  const pairs: { text: string; match: string }[] = [];
  for (const part of parts) {
    const arrow = part.text.indexOf('->');
    const prompt = arrow < 0 ? '' : toMarkdown(part.text.slice(0, arrow));
    const match = arrow < 0 ? '' : toMarkdown(part.text.slice(arrow + 2).replace(/(?<!\\)#[^]*$/, ''));
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

/**
 * {=answer =variant}: a type-the-answer question accepting the full-credit
 * answers (no weight, or %100%); an answer's #feedback becomes the explanation.
 */
function shortAnswer(parts: { mark: string; text: string }[], line: number): { form: Form; feedback: string } | string {
  const accepted: string[] = [];
  const feedback: string[] = [];
  for (const part of parts) {
    const [answer = '', ...notes] = splitAt(part.text, /#/).map((piece) => piece.text);
    const weight = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(answer);
    if (weight && Number(weight[1]) < 100) continue; // partial credit: Cramjam scores right or wrong
    const text = unescape(weight ? answer.slice(weight[0].length) : answer).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (text.length > TYPED_MAX) return `the accepted answer "${excerpt(text)}" is longer than the ${TYPED_MAX} characters a player may type`;
    accepted.push(text);
    if (notes.length) feedback.push(toMarkdown(notes.join('#')));
  }
  if (accepted.length === 0) return 'a short-answer question with no full-credit answer: write at least one {=answer} with no % weight, or %100%';
  return { form: { type: 'typed', options: accepted.map((text) => ({ text, correct: true })), line }, feedback: feedback.filter(Boolean).join('\n\n') };
}

function indexOfUnescaped(text: string, char: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === char) return i;
  }
  return -1;
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
    const read = question(block, section, errors);
    if (read) questions.push(read);
  }
  return { description: '', questions, errors, warnings: [] };
}

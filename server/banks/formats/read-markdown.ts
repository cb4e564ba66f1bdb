// Markdown -> raw questions: finds each question's stem, answer, explanation,
// why-not notes, links and any authored options, with source lines. Options are
// not generated here (see ../distractors.ts); this module only reads what is written.
//
// A question starts at a list item (numbered or "- "), or at a paragraph when no
// question is open (after the start, a heading or a --- rule). It stays open,
// collecting explanation, until the next question, heading or rule: that is how
// the prose and "Learn more" lines after a list item still belong to it.
// A heading is the question when options follow it (with only an image, code or,
// under a heading that asks, prose between); headings that label a question's
// parts ("## Question", "## Correct Answer", "## Explanation") are neither
// sections nor questions.
import type { Code, Heading, Link, List, Paragraph, PhrasingContent, Root, RootContent, Yaml } from 'mdast';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import {
  blockMarkdown,
  inlineMarkdown,
  lineOf,
  linksIn,
  paragraphLines,
  parseMarkdown,
  parseMarkdownChunks,
  plainText,
  sliceOf,
  type ParagraphLine,
  type Source,
} from './markdown';
import { answerLetters, answerValue, LETTERS, letteredOption, markLetters, optionByText, withoutOptionText, type LetterAnswer, type LetteredOption } from './lettered';
import { CaseStudies, readForm, trueFalseForm, type Form } from './question-forms';
import { isTaskList, readTaskList, type WrittenOption } from './task-list';
import { DEFAULT_READING, type Reading } from '../readings';
import { excerpt } from '../text';
import type { CaseStudy, Issue, ParsedLink } from '../types';
import type { RawBank, RawQuestion } from './raw-bank';

export interface ReadMarkdownOptions {
  /**
   * The file holds one question (a file of a folder or zip): after its options
   * or answer, everything (headings, lists, code) is its explanation.
   */
  single?: boolean;
  /** how to read the layouts that read two ways (readings.ts) */
  reading?: Reading;
}

export function readMarkdown(text: string, { single = false, reading = {} }: ReadMarkdownOptions = {}): RawBank {
  const walker = new Walker(single, { ...DEFAULT_READING, ...reading });
  let chunks = parseMarkdownChunks(text, { frontMatter: true });
  const first = chunks[0]?.root.children[0];
  // A file may open with a --- rule instead of front matter; then the "front
  // matter" is really the first question, so read the file without it.
  if (first?.type === 'yaml' && !/^\s*[A-Za-z_][\w-]*\s*:/m.test(first.value) && first.value.trim()) {
    chunks = parseMarkdownChunks(text);
  }
  for (const { root, src } of chunks) walker.walk(root, src);
  walker.finish();
  return {
    title: walker.title,
    description: walker.description,
    questions: walker.questions,
    errors: walker.errors,
    warnings: walker.warnings,
  };
}

interface Draft {
  line: number;
  section: string;
  stem: string[];
  stemPlain: string[];
  answer?: string;
  options?: WrittenOption[];
  form?: Form;
  /** a malformed form was reported: the question is not kept, so it raises no further errors */
  brokenForm?: boolean;
  caseStudy: CaseStudy | null;
  explanation: string[];
  whyNot: string[];
  links: ParsedLink[];
  /** lettered options ("A. ...") waiting for an "Answer: B" line */
  lettered?: LetteredOption[];
  /** the lettered lines as written, and the prose between them and the answer: the stem's own if no answer line names a letter */
  letteredText: ParagraphLine[];
  afterLettered: ParagraphLine[];
  answerLetters?: string[];
  /** the answer line as written, for the note on how it was read */
  answerText?: string;
  /** the lettered options ran on from the stem's paragraph, with no blank line: "Answer: B" could have been a typed answer */
  runOn?: boolean;
  /** a "## Correct Answer" heading came: the next line names the answer without an "Answer:" label */
  answerHeading?: boolean;
  /** opened by a numbered item: a question even when it doesn't end with "?" */
  numbered: boolean;
  /** opened by a paragraph: its first line may carry a "**1.**" or "Question 1:" label */
  fromParagraph: boolean;
  /** line of the answer line or the lettered options, for their messages */
  letteredLine?: number;
  /** every stem part so far is only links or images: a table of contents or badges, not a question */
  navigation: boolean;
}

const SELECT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** "(Select TWO.)", "(Choose 2)", "Select TWO", "(Choose three)" -> the number */
function selectFromStem(stem: string): number | undefined {
  const match = /\b(?:select|choose)\s+(one|two|three|four|five|six|\d)\b(?!\s+(?:of|from)\s+the\s+following\s+is)/i.exec(stem);
  const word = match?.[1]?.toLowerCase();
  if (!word) return undefined;
  return SELECT_WORDS[word] ?? (/^\d+$/.test(word) ? Number(word) : undefined);
}

function isLearnMore(line: ParagraphLine): boolean {
  return /^learn more\b/i.test(line.plain) && linksIn(line.nodes).length > 0;
}

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Only a full http(s) or mailto: address may be a "Learn more" link: never javascript:, data: or a relative path. */
function isAllowedLink(url: string): boolean {
  try {
    return LINK_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

function isHtmlComment(node: RootContent): boolean {
  return node.type === 'html' && node.value.trimStart().startsWith('<!--');
}

/** Indented (not fenced) code: where a 4-space-indented answer lands outside a list item. */
function isIndentedCode(code: Code, src: Source): boolean {
  return !code.lang && !/^\s*(`{3,}|~{3,})/.test(sliceOf(code, src));
}

/** The paragraph's only non-blank inline node, if it has exactly one. */
function soleNode(paragraph: Paragraph) {
  const nodes = paragraph.children.filter((node) => node.type !== 'text' || node.value.trim() !== '');
  return nodes.length === 1 ? nodes[0] : undefined;
}

/** A line that is only links and images (badges, "Back to top", a table of contents entry), bold or not. */
const ONLY_LINKS = /^\s*(?:(?:\*\*|__)?!?\[(?:[^\]]|\](?!\())*\]\([^)]*\)(?:\*\*|__)?[\s|·•-]*)+$/;
/** A heading over a table of contents names no section. */
const CONTENTS = /^(table of contents|contents|toc|index)$/i;

/** "### 12. What ...", "Question 12: What ...", "Q12) What ..." -> "What ..." */
function stripNumber(text: string): string {
  const stripped = text.replace(/^(?:(?:q(?:uestion)?\s*)?#?\d+\s*[.:)-]|q(?:uestion)?\s*#?\d+\s)\s*(?=\S)/i, '');
  return /\p{L}/u.test(stripped) ? stripped : text;
}

/** Adds to the explanation without its own label ("**Explanation:**"); a label alone adds nothing. */
function explain(draft: Draft, markdown: string): void {
  const explanation = markdown.replace(EXPLANATION_LABEL, '');
  if (explanation) draft.explanation.push(explanation);
}

/** "*Answer: B (Explanation: ...)*" -> "Answer: B", for a note that quotes it. */
function answerAsWritten(markdown: string, explanation: string): string {
  const line = markdown.replace(/\*\*|__|^[*_]|[*_]$/g, '').trim();
  const at = explanation ? line.lastIndexOf(explanation) : -1;
  return at > 0 ? line.slice(0, at).replace(/[\s(:\-–—.,]*(?:explanation|rationale|reasoning|reason)?[\s(:\-–—.,]*$/i, '') : line;
}

/**
 * A paragraph that opens with a question's number and asks: "**2. Which ...?**", "Q2) Which ...?",
 * or "Question 2:" on its own line ("**1.** Because ..." in an explanation asks nothing).
 */
function startsNumbered(paragraph: Paragraph, src: Source): boolean {
  const first = (sliceOf(paragraph, src).split('\n', 1)[0] ?? '').trim();
  const line = WHOLE_BOLD.exec(first)?.[2] ?? first.replace(/^(\*\*|__)(.*?)\1/, '$2');
  return LABEL_LINE.test(line) || (NUMBERED_START.test(line) && /\?|\b(?:select|choose)\b/i.test(plainText(paragraph)));
}

/** A paragraph's stem lines without the "**1. ...**" / "Q1)" label its first line may carry. */
function unlabelled(lines: ParagraphLine[]): ParagraphLine[] {
  const [first, ...rest] = lines;
  if (!first) return lines;
  const markdown = WHOLE_BOLD.exec(first.markdown)?.[2] ?? first.markdown;
  if (LABEL_LINE.test(markdown.trim()) || LABEL_LINE.test(first.plain)) return rest;
  if (!STEM_LABEL.test(markdown) || !/\p{L}/u.test(markdown.replace(STEM_LABEL, ''))) return lines;
  return [{ nodes: first.nodes, markdown: markdown.replace(STEM_LABEL, ''), plain: first.plain.replace(STEM_LABEL, '') }, ...rest];
}

function letteredList(list: List, src: Source): LetteredOption[] | undefined {
  const options = list.children.map((item) => {
    const first = item.children[0];
    return first?.type === 'paragraph' && item.children.length === 1 ? letteredOption(inlineMarkdown(first.children, src).replace(/\n/g, ' ')) : undefined;
  });
  return options.length >= 2 && options.every(Boolean) ? (options as LetteredOption[]) : undefined;
}

/** Headings that name a part of a question, not a section: "## Question 3", "## Correct Answer", "### Explanation". */
const HEADING_LABELS: [RegExp, 'question' | 'answer' | 'explanation'][] = [
  [/^(?:question|q)\s*#?\s*\d*\s*[:.)]?$/i, 'question'],
  [/^(?:(?:the\s+)?(?:correct|right)\s+)?(?:answers?|solution)\s*:?$/i, 'answer'],
  [/^(?:explanations?|rationale|reasoning|answer explanation)\s*:?$/i, 'explanation'],
];
const labelOf = (text: string) => HEADING_LABELS.find(([pattern]) => pattern.test(text))?.[1];

/** A heading that asks ("... ?", "(Choose two)") may have prose under it before its options. */
const ASKS = /\?[\s)\]*_"'”’]*$|\b(?:select|choose)\s+(?:one|two|three|four|five|six|\d)\b/i;

/** "**1. Which ...?**", "Q1) Which ...", "Question 1: Which ..." -> "Which ...?" */
const STEM_LABEL = /^(?:q(?:uestion)?\s*#?\d+\s*[.:)-]?|\d+\s*[.:)])\s+(?=\S)/i;
const NUMBERED_START = /^(?:q(?:uestion)?\s*#?\d+|\d+)\s*[.:)]\s+\S/i;
const LABEL_LINE = /^(?:q(?:uestion)?\s*#?\d+|\d+)\s*[.:)]?$/i;
const WHOLE_BOLD = /^(\*\*|__)(\S(?:.*\S)?)\1$/;
/** The mark after an option's letter: "A." "b)" "(C)" -> escaped, the line is no longer an option. */
const LETTER_MARK = /^(\s*(?:[-*+]\s+)?(?:\*\*|__)?\(?[A-Ja-j])([.)])/;

/** An explanation's own label ("Explanation:", "**Explanation:**"), not part of it. */
const EXPLANATION_LABEL = /^(?:(\*\*|__|\*|_)(?:explanation|rationale|reasoning)\s*:?\s*\1\s*:?|(?:explanation|rationale|reasoning)\s*(?:[:\-–—]|\n|$))\s*/i;

function isImageOnly(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const nodes = node.children.filter((child) => child.type !== 'break' && (child.type !== 'text' || child.value.trim() !== ''));
  const image = (child: PhrasingContent): boolean => child.type === 'image' || child.type === 'imageReference' || (child.type === 'link' && child.children.every(image));
  return nodes.length > 0 && nodes.every(image);
}

/** Blocks between a heading and its options: past this many, the heading named a section. */
const MAX_HELD = 4;

interface PendingHeading {
  line: number;
  markdown: string;
  plain: string;
  /** the section before this heading: a heading that turns out to be a question isn't one */
  section: string;
  /** blocks under it that belong to its question if options follow (an image, code, a table) */
  held: { node: RootContent; src: Source }[];
}

class Walker {
  constructor(
    private readonly single: boolean,
    private readonly reading: Required<Reading>,
  ) {}

  title?: string;
  description = '';
  readonly questions: RawQuestion[] = [];
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];
  private section = '';
  private readonly cases = new CaseStudies();
  private draft?: Draft;
  private pendingHeading?: PendingHeading;

  walk(root: Root, src: Source): void {
    for (const node of root.children) {
      const pending = this.pendingHeading;
      this.pendingHeading = undefined;
      if (pending && this.startsOptions(node, src)) {
        // "### 12. Which ...?" (and its image) followed by options: the heading was the question.
        this.section = pending.section;
        this.open(pending.line);
        this.prose(this.draft!, pending.markdown, pending.plain);
        for (const held of pending.held) this.block(held.node, held.src);
        this.block(node, src);
      } else if (pending && this.underQuestionHeading(pending, node)) {
        pending.held.push({ node, src });
        this.pendingHeading = pending;
      } else {
        // No options came: the heading named a section, and what it held is read as usual.
        for (const held of pending?.held ?? []) this.node(held.node, held.src);
        this.node(node, src);
      }
    }
  }

  private node(node: RootContent, src: Source): void {
    if (this.single && this.draft && this.answered(this.draft) && node.type !== 'paragraph') {
      const label = node.type === 'heading' && labelOf(plainText(node).trim());
      if (!isHtmlComment(node) && !label) this.draft.explanation.push(blockMarkdown(node, src));
    } else if (node.type === 'yaml') this.frontMatter(node, src);
    else if (node.type === 'heading') this.heading(node, src);
    else if (node.type === 'thematicBreak') this.close();
    else if (node.type === 'list' && !isTaskList(node) && !(this.draft && this.awaitsOptions(this.draft) && letteredList(node, src))) {
      this.questionList(node, src);
    } else this.block(node, src);
  }

  /** An image, code or a table under a heading may be its question's; so may prose, when the heading asks. */
  private underQuestionHeading(pending: PendingHeading, node: RootContent): boolean {
    if (pending.held.length >= MAX_HELD) return false;
    return isImageOnly(node) || node.type === 'code' || node.type === 'table' || (node.type === 'paragraph' && ASKS.test(pending.plain));
  }

  /** Options follow: a task list, a lettered list, or a paragraph whose first line is "A. ..." */
  private startsOptions(node: RootContent, src: Source): boolean {
    if (node.type === 'list') return isTaskList(node) || letteredList(node, src) !== undefined;
    if (node.type !== 'paragraph') return false;
    const [first] = paragraphLines(node, src);
    return first !== undefined && letteredOption(first.markdown) !== undefined;
  }

  private answered(draft: Draft): boolean {
    return draft.answer !== undefined || draft.options !== undefined || draft.answerLetters !== undefined || draft.form !== undefined;
  }

  private awaitsOptions(draft: Draft): boolean {
    return draft.stem.length > 0 && !this.answered(draft) && draft.lettered === undefined;
  }

  /** A problem in the open question: it keeps that question (only) out of a partial import. */
  private problem(line: number, message: string): void {
    this.errors.push({ line, message, question: this.draft?.line });
  }

  finish(): void {
    const pending = this.pendingHeading;
    this.pendingHeading = undefined;
    for (const held of pending?.held ?? []) this.node(held.node, held.src);
    this.close();
  }

  private frontMatter(node: Yaml, src: Source): void {
    let data: unknown;
    try {
      data = parseYaml(node.value);
    } catch (error) {
      const line = error instanceof YAMLParseError ? (error.linePos?.[0].line ?? 0) : 0;
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      this.errors.push({ line: lineOf(node, src) + line, message: `front matter is not valid YAML: ${reason}` });
      return;
    }
    if (data === null || data === undefined) return;
    if (typeof data !== 'object' || Array.isArray(data)) {
      this.errors.push({ line: lineOf(node, src), message: 'front matter must be "key: value" lines (title, description)' });
      return;
    }
    const { title, description } = data as Record<string, unknown>;
    for (const [key, value] of [['title', title], ['description', description]] as const) {
      if (value !== undefined && typeof value !== 'string') {
        this.errors.push({ line: lineOf(node, src), message: `front matter "${key}" must be text` });
      }
    }
    if (typeof title === 'string' && title.trim()) this.title = title.trim();
    if (typeof description === 'string') this.description = description.trim();
  }

  /**
   * The first "#" heading names the bank when front matter doesn't; other
   * headings are sections, unless options follow at once: then it is a question.
   */
  private heading(node: Heading, src: Source): void {
    const text = plainText(node).replace(/\s+/g, ' ').trim();
    const label = labelOf(text);
    if (this.draft && label === 'answer') this.draft.answerHeading = true;
    if (this.draft && label && label !== 'question') return;
    this.close();
    if (label || this.cases.heading(text)) return;
    if (node.depth === 1 && this.title === undefined) {
      this.title = text;
      return;
    }
    if (node.depth > 1) {
      const markdown = stripNumber(inlineMarkdown(node.children, src));
      this.pendingHeading = { line: lineOf(node, src), markdown, plain: stripNumber(text), section: this.section, held: [] };
    }
    if (!CONTENTS.test(text)) this.section = text;
  }

  private questionList(list: List, src: Source): void {
    for (const item of list.children) {
      this.open(lineOf(item, src), { numbered: list.ordered === true });
      for (const child of item.children) this.block(child, src);
    }
  }

  private open(line: number, { numbered = false, fromParagraph = false } = {}): Draft {
    this.close();
    this.draft = {
      line,
      section: this.section,
      caseStudy: this.cases.questionOpened(),
      stem: [],
      stemPlain: [],
      explanation: [],
      whyNot: [],
      links: [],
      navigation: true,
      letteredText: [],
      afterLettered: [],
      numbered,
      fromParagraph,
    };
    return this.draft;
  }

  /** Any block inside a question, at the top level or inside its list item. */
  private block(node: RootContent, src: Source): void {
    if (isHtmlComment(node)) return;
    if (!this.draft && this.cases.scenario(node, src)) return;
    // "**2. Which ...?**" or "Q2) Which ...?" after a question's options starts the next question.
    if (this.draft && (this.answered(this.draft) || this.draft.lettered) && node.type === 'paragraph' && startsNumbered(node, src)) this.close();
    const draft = this.draft ?? (node.type === 'paragraph' ? this.open(lineOf(node, src), { fromParagraph: true }) : undefined);
    if (!draft) {
      if (node.type === 'list') {
        this.errors.push({ line: lineOf(node, src), message: 'options (- [x] / - [ ]) without a question above them' });
      } else {
        this.warnings.push({
          line: lineOf(node, src),
          message: 'ignored: this is not part of a question (a question is a numbered item, a "- " bullet, or a paragraph after a heading or --- rule)',
        });
      }
      return;
    }
    if (this.awaitsOptions(draft) && this.form(draft, node, src)) return; // a form stands where options would
    const lettered = node.type === 'list' && this.awaitsOptions(draft) ? letteredList(node, src) : undefined;
    if (node.type === 'paragraph') this.paragraph(draft, node, src);
    else if (node.type === 'list' && isTaskList(node)) this.taskList(draft, node, src);
    else if (lettered) {
      draft.lettered = lettered;
      draft.letteredText.push({ nodes: [], markdown: blockMarkdown(node, src), plain: plainText(node) });
      draft.letteredLine = lineOf(node, src);
    } else if (node.type === 'html' && /<\/?(details|summary)\b/i.test(node.value)) this.details(draft, node.value, lineOf(node, src));
    else if (!(node.type === 'code' && isIndentedCode(node, src) && this.answerInCode(node, src))) {
      this.prose(draft, blockMarkdown(node, src), plainText(node));
    }
  }

  /**
   * A <details> block that holds the answer on its own lines
   * ("<details><summary>Answer</summary>Correct answer: B</details>"); when it
   * spans blank lines, its inner paragraphs arrive as paragraphs and this sees the tags only.
   */
  private details(draft: Draft, html: string, line: number): void {
    // A summary is the button's label ("Answer", "Show answer"), never the explanation; it may be the answer line itself.
    const summary = (_: string, label: string) => (answerValue(label.trim()) === undefined ? '\n' : `\n${label}\n`);
    const text = html.replace(/<summary\b[^>]*>([\s\S]*?)<\/summary>/gi, summary).replace(/<[^>]+>/g, '\n');
    for (const piece of text.split('\n').map((part) => part.trim()).filter(Boolean)) {
      if (!this.letteredLine(draft, { nodes: [], markdown: piece, plain: piece }, line)) draft.explanation.push(piece);
    }
  }

  /** Lettered options and their answer line, one line at a time; false when the line is neither. */
  private letteredLine(draft: Draft, text: ParagraphLine, line: number): boolean {
    const { markdown } = text;
    const option = this.nextOption(draft, markdown, draft.stem.length > 0);
    if (option) {
      draft.lettered = [...(draft.lettered ?? []), option];
      draft.letteredText.push(text);
      draft.letteredLine ??= line;
      return true;
    }
    const answer = this.answerOf(draft, markdown);
    if (!answer) return false;
    draft.answerLetters = answer.letters;
    draft.answerText = answerAsWritten(markdown, answer.rest);
    draft.letteredLine = line;
    draft.answerHeading = undefined;
    for (const prose of draft.afterLettered.splice(0)) explain(draft, prose.markdown);
    explain(draft, withoutOptionText(answer.rest, draft.lettered!, answer.letters));
    return true;
  }

  /** The next lettered option of an unanswered question ("A." first, then "B." ...). */
  private nextOption(draft: Draft, markdown: string, hasStem: boolean): LetteredOption | undefined {
    if (!hasStem || draft.answerLetters !== undefined || draft.options !== undefined || draft.answer !== undefined) return undefined;
    const option = letteredOption(markdown);
    return option && (draft.lettered?.length ?? 0) === LETTERS.indexOf(option.letter) ? option : undefined;
  }

  /** "Answer: B" (or, under a "## Correct Answer" heading, "B: its text") once lettered options are in. */
  private answerOf(draft: Draft, markdown: string): LetterAnswer | undefined {
    if (!draft.lettered || draft.answerLetters !== undefined || draft.options !== undefined || draft.answer !== undefined) return undefined;
    const value = answerValue(markdown) ?? (draft.answerHeading ? markdown : undefined);
    return value === undefined ? undefined : (answerLetters(value) ?? optionByText(draft.lettered, value));
  }

  private paragraph(draft: Draft, paragraph: Paragraph, src: Source): void {
    const rest: ParagraphLine[] = [];
    const lines = paragraphLines(paragraph, src);
    let at = lineOf(paragraph, src);
    for (const line of lines) {
      // Options right under the stem's lines, with no blank line between: the stem ends where they start.
      if (rest.length && !draft.lettered && this.nextOption(draft, line.markdown, true)) {
        this.flushLines(draft, rest.splice(0), src);
        draft.runOn = true;
      }
      if (this.letteredLine(draft, line, at)) {
        // A paragraph's lines before its lettered options are the stem, the ones after the answer explanation.
        if (rest.length) this.flushLines(draft, rest.splice(0), src);
      } else if (!isLearnMore(line)) rest.push(line);
      else for (const link of linksIn(line.nodes)) this.link(draft, link, src);
      at++;
    }
    this.flushLines(draft, rest, src);
  }

  private flushLines(draft: Draft, lines: ParagraphLine[], src: Source): void {
    const rest = draft.fromParagraph && draft.stem.length === 0 ? unlabelled(lines) : lines;
    if (rest.length === 0) return;
    const nodes = rest.flatMap((line) => line.nodes);
    const only = nodes.length === 1 ? nodes[0] : undefined;
    if (only?.type === 'emphasis' && draft.stem.length > 0 && draft.answer === undefined) {
      draft.answer = plainText(only).replace(/\s+/g, ' ').trim();
      draft.explanation.unshift(inlineMarkdown(only.children, src));
    } else if (only?.type === 'delete') {
      draft.whyNot.push(inlineMarkdown(only.children, src));
    } else {
      this.prose(draft, rest.map((line) => line.markdown).join('\n'), rest.map((line) => line.plain).join(' '));
    }
  }

  /** A question type's form under the stem (question-forms.ts); returns true when the node was one. */
  private form(draft: Draft, node: RootContent, src: Source): boolean {
    const errors: Issue[] = [];
    const form = readForm(node, src, errors);
    for (const error of errors) this.problem(error.line, error.message);
    if (form === undefined) return false;
    if (draft.form || draft.options) {
      this.problem(lineOf(node, src), `second list of options or answers for the question at line ${draft.line}`);
    } else if (form) {
      draft.form = form;
    } else {
      draft.brokenForm = true;
    }
    return true;
  }

  /** A "Learn more" link is stored and shown as a plain href, so only web and mail addresses may be one. */
  private link(draft: Draft, link: Link, src: Source): void {
    const title = plainText(link).trim();
    if (isAllowedLink(link.url)) {
      draft.links.push({ title, url: link.url });
    } else {
      this.errors.push({
        question: this.draft?.line,
        line: lineOf(link, src),
        message: `link "${excerpt(title)}" must be http(s) or mailto:, a full address like https://example.com/page, not "${excerpt(link.url)}"`,
      });
    }
  }

  /** Text before the answer (or options) is the stem; after it, explanation. */
  private prose(draft: Draft, markdown: string, plain: string): void {
    const navigation = ONLY_LINKS.test(markdown);
    if (!navigation) draft.navigation = false;
    // "Back to top" after a question's options is navigation, not explanation.
    else if (this.answered(draft) || draft.lettered) return;
    if (draft.answer === undefined && draft.options === undefined && draft.lettered === undefined && draft.form === undefined) {
      draft.stem.push(markdown);
      draft.stemPlain.push(plain);
    } else if (draft.lettered && !this.answered(draft)) {
      draft.afterLettered.push({ nodes: [], markdown, plain });
    } else explain(draft, markdown);
  }

  private taskList(draft: Draft, list: List, src: Source): void {
    if (draft.stem.length === 0) {
      this.problem(lineOf(list, src), 'options (- [x] / - [ ]) without a question above them');
      return;
    }
    if (draft.options || draft.form) {
      this.problem(lineOf(list, src), `second list of options for the question at line ${draft.line}`);
      return;
    }
    const { options, errors } = readTaskList(list, src);
    for (const error of errors) this.problem(error.line, error.message);
    draft.options = options;
  }

  /**
   * A 4-space-indented answer that is not inside a list item parses as an
   * indented code block; re-parse its content as markdown, keeping line numbers.
   * Returns false (keep it as code) when the content doesn't start like an answer.
   */
  private answerInCode(code: Code, src: Source): boolean {
    const fragment = parseMarkdown(code.value, { lineOffset: lineOf(code, src) - 1 });
    const first = fragment.root.children[0];
    const draft = this.draft;
    const looksLikeAnswer =
      (first?.type === 'paragraph' && ['emphasis', 'delete'].includes(soleNode(first)?.type ?? '')) ||
      (first?.type === 'list' && isTaskList(first)) ||
      (first?.type === 'paragraph' && draft !== undefined && this.answerOf(draft, paragraphLines(first, fragment.src)[0]?.markdown ?? '') !== undefined);
    if (!looksLikeAnswer) return false;
    for (const node of fragment.root.children) this.block(node, fragment.src);
    return true;
  }

  /** The lettered lines, and the prose between them and the answer, as lines of the stem. */
  private letteredIntoStem(draft: Draft): void {
    const parts = [draft.letteredText, ...draft.afterLettered.map((prose) => [prose])];
    draft.stem.push(...parts.map((lines) => lines.map((text) => text.markdown).join('\n')));
    draft.stemPlain.push(...parts.map((lines) => lines.map((text) => text.plain).join(' ')));
    draft.lettered = undefined;
  }

  /** The other reading of run-on lettered lines: they are the stem's, and "Answer: B" is "B" to type. */
  private typedLetters(draft: Draft): void {
    const written = draft.answerText ?? '';
    const answer = answerValue(written)?.trim() || draft.answerLetters!.join('');
    // Each line a paragraph of the stem, "A\)" escaped so an export of the bank reads back with them in the stem.
    for (const text of draft.letteredText) {
      draft.stem.push(text.markdown.replace(LETTER_MARK, '$1\\$2'));
      draft.stemPlain.push(text.plain);
    }
    draft.lettered = undefined;
    draft.answerLetters = undefined;
    draft.form = { type: 'typed', options: [{ text: answer, correct: true }], line: draft.letteredLine ?? draft.line };
    this.warnings.push({
      line: draft.letteredLine ?? draft.line,
      message: `read "${excerpt(written)}" as the answer to type, with the lettered lines as part of the question, not as its options`,
      assumed: 'letteredAnswer',
    });
  }

  private close(): void {
    const draft = this.draft;
    this.draft = undefined;
    if (!draft || draft.brokenForm) return;
    // Answered another way (an italic answer, a task list): the lettered lines were points of the stem ("a) ... b) ... Which fits?").
    if (draft.lettered && !draft.answerLetters && this.answered(draft)) this.letteredIntoStem(draft);
    if (draft.runOn && draft.answerLetters && this.reading.letteredAnswer === 'typed') this.typedLetters(draft);
    const skip = (line: number, message: string) => this.errors.push({ line, message, question: draft.line });
    if (draft.stem.length === 0) {
      skip(draft.line, 'expected question text here, before the answer, options or links');
      return;
    }
    const stemPlain = draft.stemPlain.join(' ').replace(/\s+/g, ' ').trim();
    let options = draft.options;
    if (draft.lettered) {
      if (!draft.answerLetters) {
        skip(draft.letteredLine ?? draft.line, `no answer marked for "${excerpt(stemPlain)}": add a line like "Answer: B" (or "Correct answer: B, D") after its options`);
        return;
      }
      const marked = markLetters(draft.lettered, draft.answerLetters);
      if (marked.unknown.length) {
        skip(draft.letteredLine ?? draft.line, `the answer names ${marked.unknown.join(', ')}, but the options go from A to ${draft.lettered.at(-1)?.letter}`);
        return;
      }
      options = marked.options;
      if (draft.runOn) {
        const named = `${draft.answerLetters.length > 1 ? 'options' : 'option'} ${draft.answerLetters.join(', ')}`;
        this.warnings.push({
          line: draft.letteredLine ?? draft.line,
          message: `read "${excerpt(draft.answerText ?? '')}" as ${named} of the lettered lines under the question, not as an answer to type`,
          assumed: 'letteredAnswer',
        });
      }
    }
    if (draft.answer === undefined && options === undefined && draft.form === undefined) {
      // Navigation (a table of contents, "Back to top", badges) and prose that asks nothing are passed over:
      // a numbered item that asks anywhere is a question, other text only when it ends asking (intro text does not).
      if (draft.navigation) return;
      if (!(draft.numbered ? /\?|\b(select|choose)\b/i : ASKS).test(stemPlain)) {
        this.warnings.push({ line: draft.line, message: `ignored, not a question (no answer or options): "${excerpt(stemPlain)}"` });
        return;
      }
      skip(
        draft.line,
        `question has no answer: "${excerpt(stemPlain)}"; write the answer as an italic paragraph indented 4 spaces below it, or list options as "- [x] right" / "- [ ] wrong"`,
      );
      return;
    }
    this.questions.push({
      line: draft.line,
      section: draft.section,
      stem: draft.stem.join('\n\n'),
      stemPlain,
      select: selectFromStem(stemPlain),
      answer: draft.answer,
      options,
      form: draft.form ?? trueFalseForm(draft.answer, options, draft.line),
      caseStudy: draft.caseStudy,
      explanation: draft.explanation.join('\n\n'),
      whyNot: draft.whyNot,
      links: draft.links,
    });
  }
}

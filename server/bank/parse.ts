// Markdown -> raw questions: finds each question's stem, answer, explanation,
// why-not notes, links and any authored options, with source lines. Options are
// not generated here (see distractors.ts); this module only reads what is written.
//
// A question starts at a list item (numbered or "- "), or at a paragraph when no
// question is open (after the start, a heading or a --- rule). It stays open,
// collecting explanation, until the next question, heading or rule: that is how
// the prose and "Learn more" lines after a list item still belong to it.
import type { Code, Heading, Link, List, Paragraph, Root, RootContent, Yaml } from 'mdast';
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
import { isTaskList, readTaskList, type WrittenOption } from './task-list';
import { excerpt } from './text';
import type { Issue, ParsedLink } from './types';

export interface RawQuestion {
  line: number;
  section: string;
  stem: string;
  stemPlain: string;
  /** from "(Select TWO.)" in the stem; undefined when the stem doesn't say */
  select?: number;
  /** plain text of the italic answer paragraph, the source of generated labels */
  answer?: string;
  /** a task list written under the question */
  options?: WrittenOption[];
  explanation: string;
  whyNot: string[];
  links: ParsedLink[];
}

export interface RawBank {
  title?: string;
  description: string;
  questions: RawQuestion[];
  errors: Issue[];
  warnings: Issue[];
}

export function parseQuestions(text: string): RawBank {
  const walker = new Walker();
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
  explanation: string[];
  whyNot: string[];
  links: ParsedLink[];
}

const SELECT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

/** "(Select TWO.)", "(Choose 2)" -> 2 */
function selectFromStem(stem: string): number | undefined {
  const match = /\(\s*(?:select|choose)\s+(\w+)\s*\.?\s*\)/i.exec(stem);
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

class Walker {
  title?: string;
  description = '';
  readonly questions: RawQuestion[] = [];
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];
  private section = '';
  private draft?: Draft;

  walk(root: Root, src: Source): void {
    for (const node of root.children) {
      if (node.type === 'yaml') this.frontMatter(node, src);
      else if (node.type === 'heading') this.heading(node);
      else if (node.type === 'thematicBreak') this.close();
      else if (node.type === 'list' && !isTaskList(node)) this.questionList(node, src);
      else this.block(node, src);
    }
  }

  finish(): void {
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

  /** The first "#" heading names the bank when front matter doesn't; other headings are sections. */
  private heading(node: Heading): void {
    this.close();
    const text = plainText(node).replace(/\s+/g, ' ').trim();
    if (node.depth === 1 && this.title === undefined) this.title = text;
    else this.section = text;
  }

  private questionList(list: List, src: Source): void {
    for (const item of list.children) {
      this.open(lineOf(item, src));
      for (const child of item.children) this.block(child, src);
    }
  }

  private open(line: number): Draft {
    this.close();
    this.draft = { line, section: this.section, stem: [], stemPlain: [], explanation: [], whyNot: [], links: [] };
    return this.draft;
  }

  /** Any block inside a question, at the top level or inside its list item. */
  private block(node: RootContent, src: Source): void {
    if (isHtmlComment(node)) return;
    const draft = this.draft ?? (node.type === 'paragraph' ? this.open(lineOf(node, src)) : undefined);
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
    if (node.type === 'paragraph') this.paragraph(draft, node, src);
    else if (node.type === 'list' && isTaskList(node)) this.taskList(draft, node, src);
    else if (!(node.type === 'code' && isIndentedCode(node, src) && this.answerInCode(node, src))) {
      this.prose(draft, blockMarkdown(node, src), plainText(node));
    }
  }

  private paragraph(draft: Draft, paragraph: Paragraph, src: Source): void {
    const rest: ParagraphLine[] = [];
    for (const line of paragraphLines(paragraph, src)) {
      if (!isLearnMore(line)) rest.push(line);
      else for (const link of linksIn(line.nodes)) this.link(draft, link, src);
    }
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

  /** A "Learn more" link is stored and shown as a plain href, so only web and mail addresses may be one. */
  private link(draft: Draft, link: Link, src: Source): void {
    const title = plainText(link).trim();
    if (isAllowedLink(link.url)) {
      draft.links.push({ title, url: link.url });
    } else {
      this.errors.push({
        line: lineOf(link, src),
        message: `link "${excerpt(title)}" must be http(s) or mailto:, a full address like https://example.com/page, not "${excerpt(link.url)}"`,
      });
    }
  }

  /** Text before the answer (or options) is the stem; after it, explanation. */
  private prose(draft: Draft, markdown: string, plain: string): void {
    if (draft.answer === undefined && draft.options === undefined) {
      draft.stem.push(markdown);
      draft.stemPlain.push(plain);
    } else {
      draft.explanation.push(markdown);
    }
  }

  private taskList(draft: Draft, list: List, src: Source): void {
    if (draft.stem.length === 0) {
      this.errors.push({ line: lineOf(list, src), message: 'options (- [x] / - [ ]) without a question above them' });
      return;
    }
    if (draft.options) {
      this.errors.push({ line: lineOf(list, src), message: `second list of options for the question at line ${draft.line}` });
      return;
    }
    const { options, errors } = readTaskList(list, src);
    this.errors.push(...errors);
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
    const looksLikeAnswer =
      (first?.type === 'paragraph' && ['emphasis', 'delete'].includes(soleNode(first)?.type ?? '')) ||
      (first?.type === 'list' && isTaskList(first));
    if (!looksLikeAnswer) return false;
    for (const node of fragment.root.children) this.block(node, fragment.src);
    return true;
  }

  private close(): void {
    const draft = this.draft;
    this.draft = undefined;
    if (!draft) return;
    if (draft.stem.length === 0) {
      this.errors.push({ line: draft.line, message: 'expected question text here, before the answer, options or links' });
      return;
    }
    const stemPlain = draft.stemPlain.join(' ').replace(/\s+/g, ' ').trim();
    if (draft.answer === undefined && draft.options === undefined) {
      this.errors.push({
        line: draft.line,
        message: `question has no answer: "${excerpt(stemPlain)}"; write the answer as an italic paragraph indented 4 spaces below it, or list options as "- [x] right" / "- [ ] wrong"`,
      });
      return;
    }
    this.questions.push({
      line: draft.line,
      section: draft.section,
      stem: draft.stem.join('\n\n'),
      stemPlain,
      select: selectFromStem(stemPlain),
      answer: draft.answer,
      options: draft.options,
      explanation: draft.explanation.join('\n\n'),
      whyNot: draft.whyNot,
      links: draft.links,
    });
  }
}

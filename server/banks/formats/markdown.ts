// mdast helpers shared by the bank parser and the curated-options reader.
// Stems and explanations stay markdown: we copy the author's own source text
// for each node (so escapes, `code` and emphasis survive) rather than re-print it.
import type { Link, Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import { fromMarkdown, type Extension as MdastExtension } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { combineExtensions } from 'micromark-util-combine-extensions';
import type { Extension as MicromarkExtension } from 'micromark-util-types';

/**
 * GitHub-flavoured markdown, construct by construct (remark-gfm's set, in its
 * order), each with text its syntax cannot do without. A text without it is
 * parsed without the construct, to the same tree: micromark tries a construct
 * at every character that may start one, and the autolink literal (which tries
 * every letter, then searches every text node again) alone cost 40% of a bank's
 * parse time.
 */
// (a table's rows need pipes, unless its delimiter row aligns a column: "a\n:-")
const GFM: { needs: RegExp; micromark: MicromarkExtension; mdast: MdastExtension[] }[] = [
  { needs: /https?:\/\/|www\.|@/i, micromark: gfmAutolinkLiteral(), mdast: [gfmAutolinkLiteralFromMarkdown()] },
  { needs: /\[\^/, micromark: gfmFootnote(), mdast: [gfmFootnoteFromMarkdown()] },
  { needs: /~/, micromark: gfmStrikethrough(), mdast: [gfmStrikethroughFromMarkdown()] },
  { needs: /\||:-|-:/, micromark: gfmTable(), mdast: [gfmTableFromMarkdown()] },
  { needs: /\[/, micromark: gfmTaskListItem(), mdast: [gfmTaskListItemFromMarkdown()] },
];
const FRONT_MATTER = { micromark: frontmatter(['yaml']), mdast: frontmatterFromMarkdown(['yaml']) };

type ParseSettings = { extensions: MicromarkExtension[]; mdastExtensions: MdastExtension[] };
const settingsByKey = new Map<number, ParseSettings>();

/** The constructs a text can use (its key: one bit per GFM construct, and one for front matter), built once per key. */
function settingsFor(text: string, frontMatter: boolean): ParseSettings {
  const used = GFM.map((construct) => construct.needs.test(text));
  const key = used.reduce((bits, on, i) => bits | (on ? 1 << i : 0), frontMatter ? 1 << GFM.length : 0);
  let settings = settingsByKey.get(key);
  if (!settings) {
    const constructs = GFM.filter((_, i) => used[i]);
    settings = {
      // combined first, as micromark-extension-gfm does: a construct added "before" others keeps its place among them
      extensions: [combineExtensions(constructs.map((construct) => construct.micromark)), ...(frontMatter ? [FRONT_MATTER.micromark] : [])],
      mdastExtensions: [...constructs.flatMap((construct) => construct.mdast), ...(frontMatter ? [FRONT_MATTER.mdast] : [])],
    };
    settingsByKey.set(key, settings);
  }
  return settings;
}

/** The text a tree was parsed from. `lineOffset` maps the lines of a re-parsed
 * fragment (the content of an indented code block) back to lines of the file. */
export interface Source {
  text: string;
  lineOffset: number;
}

export function parseMarkdown(
  text: string,
  { lineOffset = 0, frontMatter = false }: { lineOffset?: number; frontMatter?: boolean } = {},
): { root: Root; src: Source } {
  return { root: fromMarkdown(text, settingsFor(text, frontMatter)), src: { text, lineOffset } };
}

/** Chunks are cut at the first safe place past this many characters. */
const CHUNK_CHARS = 2 * 1024;
/** A line at column 0 after a blank line closes every open list and quote (unless it is in code or HTML). */
const UNINDENTED = /^[^\s>]/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Parses a long file as a series of independent chunks, cut before an unindented
 * line that follows a blank line (outside code fences and HTML comments), where
 * every list and quote is closed anyway. micromark re-copies all the events so far
 * each time a list closes, so one parse of a file with thousands of lists grows
 * with the square of its length (5,000 task-list questions took 44 s); chunks of
 * about 2 KB keep it linear. Link reference definitions apply within their chunk.
 */
export function parseMarkdownChunks(text: string, { frontMatter = false }: { frontMatter?: boolean } = {}): { root: Root; src: Source }[] {
  const lines = text.split(/(?<=\n)/);
  const chunks: { root: Root; src: Source }[] = [];
  let start = 0;
  let startLine = 0;
  let size = 0;
  let fence: string | undefined;
  let comment = false;
  let blank = false;
  const cut = (end: number, endLine: number) => {
    const chunk = lines.slice(start, end).join('');
    chunks.push(parseMarkdown(chunk, { lineOffset: startLine, frontMatter: frontMatter && chunks.length === 0 }));
    start = end;
    startLine = endLine;
    size = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!fence && !comment && blank && size >= CHUNK_CHARS && UNINDENTED.test(line)) cut(i, i);
    size += line.length;
    const mark = FENCE.exec(line)?.[1];
    if (fence) {
      if (mark && mark[0] === fence[0] && mark.length >= fence.length) fence = undefined;
    } else if (mark) {
      fence = mark;
    } else if (comment ? line.includes('-->') : line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) {
      comment = !comment;
    }
    blank = line.trim() === '';
  }
  if (start < lines.length || chunks.length === 0) cut(lines.length, lines.length);
  return chunks;
}

export function lineOf(node: Nodes, src: Source): number {
  return (node.position?.start.line ?? 1) + src.lineOffset;
}

export function sliceOf(node: Nodes, src: Source): string {
  const { position } = node;
  return position ? src.text.slice(position.start.offset, position.end.offset) : '';
}

export function plainText(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((child: Nodes) => plainText(child)).join('');
  return '';
}

/** The markdown of a run of inline nodes; every line break becomes a bare "\n". */
export function inlineMarkdown(nodes: PhrasingContent[], src: Source): string {
  return nodes
    .map((node) => (node.type === 'break' ? '\n' : sliceOf(node, src)))
    .join('')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

/**
 * The markdown of a block nested in a list item, dedented to its own column.
 * Code is re-fenced: an indented code block would lose its indentation here.
 */
export function blockMarkdown(node: Nodes, src: Source): string {
  if (node.type === 'code') {
    const fence = '`'.repeat(Math.max(3, ...[...node.value.matchAll(/`+/g)].map((run) => run[0].length + 1)));
    return `${fence}${node.lang ?? ''}${node.meta ? ` ${node.meta}` : ''}\n${node.value}\n${fence}`;
  }
  const indent = (node.position?.start.column ?? 1) - 1;
  const strip = new RegExp(`^[ \\t]{0,${indent}}`);
  const [first = '', ...rest] = sliceOf(node, src).split(/\r?\n/);
  return [first, ...rest.map((line) => line.replace(strip, ''))].join('\n').trim();
}

/** One visual line of a paragraph (split at hard and soft breaks, never inside emphasis or links). */
export interface ParagraphLine {
  /** non-blank inline nodes on the line; text split at a line break becomes a new text node */
  nodes: PhrasingContent[];
  markdown: string;
  plain: string;
}

export function paragraphLines(paragraph: Paragraph, src: Source): ParagraphLine[] {
  const lines: ParagraphLine[] = [];
  let current: ParagraphLine = { nodes: [], markdown: '', plain: '' };
  const newLine = () => {
    lines.push(current);
    current = { nodes: [], markdown: '', plain: '' };
  };
  for (const node of paragraph.children) {
    if (node.type === 'break') {
      newLine();
    } else if (node.type === 'text') {
      const sourcePieces = sliceOf(node, src).split(/\r?\n/);
      const valuePieces = node.value.split('\n');
      sourcePieces.forEach((piece, i) => {
        if (i > 0) newLine();
        const value = valuePieces[i] ?? piece;
        current.markdown += piece;
        current.plain += value;
        if (value.trim()) current.nodes.push({ type: 'text', value });
      });
    } else {
      current.markdown += sliceOf(node, src);
      current.plain += plainText(node);
      current.nodes.push(node);
    }
  }
  newLine();
  return lines
    .map((line) => ({ ...line, markdown: line.markdown.trim(), plain: line.plain.trim() }))
    .filter((line) => line.markdown !== '');
}

export function linksIn(nodes: PhrasingContent[]): Link[] {
  return nodes.filter((node): node is Link => node.type === 'link');
}

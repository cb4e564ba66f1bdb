// mdast helpers shared by the bank parser and the curated-options reader.
// Stems and explanations stay markdown: we copy the author's own source text
// for each node (so escapes, `code` and emphasis survive) rather than re-print it.
import type { Link, Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const withFrontMatter = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm);

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
  const processor = frontMatter ? withFrontMatter : withoutFrontMatter;
  return { root: processor.parse(text), src: { text, lineOffset } };
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

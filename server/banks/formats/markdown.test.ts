// parseMarkdown leaves out each GFM construct a text cannot use (for speed); the
// trees must be exactly those of full GFM, as remark-gfm builds it.
import { fromMarkdown } from 'mdast-util-from-markdown';
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
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from './markdown';

const fullGfm = (frontMatter: boolean) => ({
  extensions: [combineExtensions([gfmAutolinkLiteral(), gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()]), ...(frontMatter ? [frontmatter(['yaml'])] : [])],
  mdastExtensions: [
    gfmAutolinkLiteralFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
    ...(frontMatter ? [frontmatterFromMarkdown(['yaml'])] : []),
  ],
});

const expectSameAsFullGfm = (text: string) => {
  for (const frontMatter of [false, true]) expect(parseMarkdown(text, { frontMatter }).root, JSON.stringify(text)).toEqual(fromMarkdown(text, fullGfm(frontMatter)));
};

describe('parseMarkdown', () => {
  test.each([
    ['autolinks', 'See https://example.com, www.example.com or ask me@example.com.\n\nHTTP://EXAMPLE.COM and mailto:a@b.co'],
    ['a footnote', 'A claim[^1].\n\n[^1]: The source.'],
    ['strikethrough', '~~Not this~~ and ~this~.'],
    ['tables, with pipes and without', '| a | b |\n| - | - |\n| 1 | 2 |\n\nheading\n:-\ncell'],
    ['task lists', '- [x] right\n- [ ] wrong\n* [X] also'],
    ['front matter', '---\ntitle: T\n---\n\nText'],
    ['none of them', '1. Which one?\n\n    *This one, because.*'],
  ])('reads %s exactly as full GFM does', (_name, text) => expectSameAsFullGfm(text));

  test('reads random mixtures of every construct exactly as full GFM does', () => {
    const pieces = ['a', 'word ', 'http://x.co ', 'www.', 'me@x.io', '@', '[^1]', '[^1]: note\n', '~~', '~', '|', ':-', '-:', '---\n', '- [ ] ', '- [x] ', '[', ']', '(', ')', '*', '_', '`', '\n', '\n\n', '    ', '1. ', '> ', '### ', '<b>', '\\'];
    let seed = 1;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 400; n++) {
      const length = 3 + Math.floor(next() * 30);
      expectSameAsFullGfm(Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
    }
  }, 60_000);
});

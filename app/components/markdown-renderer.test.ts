// Bank markdown as the screens render it: an option (inside a button or tile)
// keeps a link's text but not its anchor; an explanation keeps real links.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import MarkdownRenderer from './markdown-renderer';

const render = (text: string, inline?: boolean) => renderToStaticMarkup(createElement(MarkdownRenderer, { inline, children: text }));

describe('Markdown', () => {
  it('renders an option\'s links, written or bare, as their text only', () => {
    const html = render('Use [Amazon S3](https://aws.amazon.com/s3/) or https://example.com, **fast**', true);
    expect(html).not.toContain('<a');
    expect(html).toContain('Use Amazon S3 or https://example.com, <strong>fast</strong>');
  });

  it('keeps an option\'s image', () => {
    expect(render('A ![chart](/api/banks/images/abc)', true)).toContain('<img src="/api/banks/images/abc" alt="chart"/>');
  });

  it('keeps real links in an explanation, opening in a new tab', () => {
    expect(render('See [Amazon S3](https://aws.amazon.com/s3/).')).toContain('<a href="https://aws.amazon.com/s3/" target="_blank" rel="noreferrer noopener">Amazon S3</a>');
  });
});

// The upload page's help, as the server renders it: words stay apart where the
// JSX source breaks a line before an element (it printed "3 to 6),prompt" and "and aCase study").
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import UploadBankPage from './page';

/** The text of the help's paragraphs, tags removed and entities read. */
function helpText(): string[] {
  const html = renderToStaticMarkup(createElement(UploadBankPage));
  const section = /<section aria-label="The bank formats"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...section.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map(([, inner = '']) =>
    inner.replace(/<[^>]+>/g, '').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"'),
  );
}

describe('the upload page help', () => {
  it('keeps a space between a word and the element after it', () => {
    const text = helpText().join('\n');
    expect(text).toContain('(items in their right order; 3 to 6), prompt -> answer lines are a matching');
    expect(text).toContain('true/false, and a Case study: title heading');
    // No comma, semicolon or closing bracket glued to the next word, anywhere in the help.
    expect(text.match(/[,;)][A-Za-z]/g)).toBeNull();
  });
});

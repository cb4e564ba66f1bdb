// What Moodle's HTML becomes in a bank: markdown that shows the same text, and no markup.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from './html-to-markdown';
import { plainText } from './markdown';

describe('htmlToMarkdown', () => {
  it.each([
    ['paragraphs and styling spans', '<p><span style="color: red; font-family: Arial">The&nbsp;web</span> tier</p><p>talks to the app</p>', 'The web tier\n\ntalks to the app'],
    ['bold, italic and a link', '<p><b>Only</b> the <i>app</i> tier, see <a href="https://example.com/tiers">tiers</a></p>', '**Only** the _app_ tier, see [tiers](https://example.com/tiers)'],
    ['a list', '<p>Each tier talks to the next:</p><ul><li>web to app</li><li>app to database</li></ul>', 'Each tier talks to the next:\n\n- web to app\n- app to database'],
    ['a line break, bare as the markdown reader keeps it', 'Caching at the edge<br>lowers latency', 'Caching at the edge\nlowers latency'],
    ['named and numeric entities decoded', '&quot;less&quot; &amp; more&#44; it&rsquo;s', '"less" & more, it’s'],
    ['a script or a style dropped', '<p>kept</p><script>alert(1)</script><style>p { color: red }</style>', 'kept'],
    ['plain text with no tags', 'Which port does SSH use?', 'Which port does SSH use?'],
  ])('%s', (_, html, markdown) => {
    expect(htmlToMarkdown(html)).toBe(markdown);
  });

  it.each([
    ['a tag written as text', '<p>&lt;=&gt; and &lt;br&gt;</p>', '\\<=> and \\<br>', '<=> and <br>'],
    ['an entity written as text', '<p>HTML writes it &amp;lt;</p>', 'HTML writes it \\&lt;', 'HTML writes it &lt;'],
    ['markdown marks written as text', '<p>1. *stars* and _under_</p>', '1\\. \\*stars\\* and \\_under\\_', '1. *stars* and _under_'],
    ['a blank to fill', '<p>I _____ interested</p>', 'I \\_\\_\\_\\_\\_ interested', 'I _____ interested'],
  ])('what the HTML says literally stays literal in markdown: %s', (_, html, markdown, shown) => {
    expect(htmlToMarkdown(html)).toBe(markdown);
    const [paragraph] = fromMarkdown(markdown).children;
    expect(paragraph).toMatchObject({ type: 'paragraph', children: [{ type: 'text' }] });
    expect(plainText(paragraph!)).toBe(shown);
  });

  it('keeps an image as a markdown image, its address one token and its alt text without brackets', () => {
    expect(htmlToMarkdown('<p><img src="my pic (1).png" alt="the [tiers]" width="400"></p>')).toBe('![the tiers](my%20pic%20%281%29.png)');
    expect(htmlToMarkdown('<img src="@@PLUGINFILE@@/three-tier.png" alt="">')).toBe('![](@@PLUGINFILE@@/three-tier.png)');
  });

  it('drops an image with no address or a data: address', () => {
    expect(htmlToMarkdown('<p>a<img src="">b<img src="data:image/png;base64,iVBORw0KGgo=">c</p>')).toBe('abc');
  });
});

import { describe, expect, it } from 'vitest';
import { phonePage } from './phone-page';

const assets = { script: '/phone/phone-AB12.js', preload: ['/phone/chunk-CD34.js'], stylesheet: '/phone/phone-ef56.css' };

describe('the phone page', () => {
  it('loads the built script and its chunk with the request nonce, and the stylesheet', () => {
    const html = phonePage({ code: '123456', nonce: 'n0nce+/=', assets });
    expect(html).toContain('<script type="module" src="/phone/phone-AB12.js" nonce="n0nce+/="></script>');
    expect(html).toContain('<link rel="modulepreload" href="/phone/chunk-CD34.js" nonce="n0nce+/=">');
    expect(html).toContain('<link rel="stylesheet" href="/phone/phone-ef56.css">');
    // The CSP allows no inline script: every script on the page is the nonced one.
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('names the room for the script and in its shell', () => {
    const html = phonePage({ code: '123456', nonce: 'n', assets });
    expect(html).toContain('<div id="phone" data-code="123456">');
    expect(html).toContain('Room 123456');
    expect(html).toContain('<title>Playing · Cramjam</title>');
  });

  it("names the app as its Next.js pages do, for a phone that adds it to its home screen", () => {
    const html = phonePage({ code: '123456', nonce: 'n', assets });
    expect(html).toContain('<meta name="application-name" content="Cramjam">');
    expect(html).toContain('<meta name="apple-mobile-web-app-title" content="Cramjam">');
    expect(html).toContain('<meta name="mobile-web-app-capable" content="yes">');
    expect(html).toContain('<link rel="icon" href="/favicon.ico" sizes="32x32">'); // app/favicon.ico is 32x32
  });

  it('escapes whatever the address holds', () => {
    const html = phonePage({ code: '"><script>alert(1)</script>', nonce: '"x', assets });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('data-code="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
    expect(html).toContain('nonce="&#34;x"');
  });
});

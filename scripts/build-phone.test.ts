import { describe, expect, it } from 'vitest';
import { phoneStylesheet } from './build-phone.mjs';

describe("the phone page's stylesheet", () => {
  it('keeps the theme colours in browsers without light-dark() (Safari before 17.5, Chrome before 123), as Next.js does', async () => {
    const css = await phoneStylesheet();
    expect(css).not.toContain('light-dark(');
    // The page colour in light and in dark, picked by custom properties that every target browser reads.
    expect(css).toMatch(/--page:var\(--lightningcss-light,\s*#f3f4fa\)\s*var\(--lightningcss-dark,\s*#12132a\)/);
  });
});

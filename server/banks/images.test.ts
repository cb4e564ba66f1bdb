// Images: checked by their bytes, stored from the bank's zip or folder, links rewritten to the served URL.
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { GIF_START, JPEG_START, PNG_1X1, SVG, WEBP_START } from '../../tests/support/image-fixture';
import { checkImage, MAX_IMAGE_BYTES, sniffImageType } from './images';
import { readBankBytes, readBankFolder, readBankText } from './read-bank';
import type { BankResult } from './types';

const problems = (issues: BankResult['errors']) => issues.map((issue) => `${issue.file ? `${issue.file}:` : ''}${issue.line}: ${issue.message}`);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('checking an image by its content', () => {
  it('knows PNG, JPEG, GIF and WebP by their first bytes, whatever the name says', () => {
    expect([PNG_1X1, JPEG_START, GIF_START, WEBP_START].map(sniffImageType)).toEqual(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
    expect(checkImage({ path: 'photo.jpg', bytes: PNG_1X1 })).toEqual({ sha256: sha(PNG_1X1), contentType: 'image/png', bytes: PNG_1X1 });
  });

  it('refuses a fake PNG, an SVG and an image over 2 MiB, saying why', () => {
    expect(checkImage({ path: 'fake.png', bytes: strToU8('<html>not an image</html>') })).toBe('it is not a PNG, JPEG, GIF or WebP image by its content');
    expect(checkImage({ path: 'logo.svg', bytes: SVG })).toBe('SVG images are refused (an SVG can hold scripts); save it as PNG');
    expect(checkImage({ path: 'sneaky.png', bytes: SVG })).toBe('SVG images are refused (an SVG can hold scripts); save it as PNG');
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(PNG_1X1);
    expect(checkImage({ path: 'big.png', bytes: big })).toBe('it is 2.0 MiB; an image may be at most 2 MiB');
  });
});

describe('images in a bank', () => {
  it('a zip: its images are kept and their links rewritten in stems, options and explanations; refused and missing ones are warnings with their line (stem, explanation, then options)', () => {
    const question = [
      'Which chart shows the trend? ![chart](../img/chart.png)',
      '',
      '- [x] This one ![a](<../img/chart.png>)',
      '- [ ] That one ![b](../img/logo.svg)',
      '- [ ] Neither ![c](../img/gone.png)',
      '',
      'Answer: the first. ![same](/img/chart.png) ![web](https://example.com/w.png) ![fake](../img/fake.png)',
      '',
    ].join('\n');
    const zip = zipSync({
      'questions/q1.md': strToU8(question),
      'questions/q2.md': strToU8('Which is blue?\n\n- [x] Sky\n- [ ] Grass\n\nThe sky scatters blue light.\n'),
      'img/chart.png': PNG_1X1,
      'img/logo.svg': SVG,
      'img/fake.png': strToU8('not a png'),
    });
    const result = readBankBytes('charts.zip', zip);
    const url = `/api/banks/images/${sha(PNG_1X1)}`;
    const [first] = result.bank?.questions ?? [];
    expect(first?.stem).toBe(`Which chart shows the trend? ![chart](${url})`);
    expect(first?.options.map((option) => option.text)).toEqual([`This one ![a](<${url}>)`, 'That one ![b](../img/logo.svg)', 'Neither ![c](../img/gone.png)']);
    expect(first?.explanation).toContain(`![same](${url})`);
    expect(result.images).toEqual([{ sha256: sha(PNG_1X1), contentType: 'image/png', bytes: PNG_1X1 }]);
    expect(problems(result.warnings)).toEqual([
      'questions/q1.md:1: image "https://example.com/w.png" is on the internet: phones will load it from there',
      'questions/q1.md:1: image "../img/fake.png" was not imported: it is not a PNG, JPEG, GIF or WebP image by its content',
      'questions/q1.md:1: image "../img/logo.svg" was not imported: SVG images are refused (an SVG can hold scripts); save it as PNG',
      'questions/q1.md:1: image "../img/gone.png" is not in the zip or folder, so it would show broken',
    ]);
  });

  it('a link starting with "/" is from the root of the zip (or the one folder holding everything, as GitHub zips a repository); climbing out of it is refused', () => {
    const question = [
      'Which chart? ![root](/images/chart.png) ![relative](../images/chart.png) ![here](chart.png)',
      '',
      '- [x] This ![out](/../images/chart.png) ![far](/images/../../chart.png) ![host](//example.com/chart.png)',
      '- [ ] That',
      '',
      'Because.',
      '',
    ].join('\n');
    const zip = zipSync({
      'exam-main/questions/q1.md': strToU8(question),
      'exam-main/questions/chart.png': PNG_1X1,
      'exam-main/images/chart.png': PNG_1X1,
    });
    const result = readBankBytes('exam-main.zip', zip);
    const url = `/api/banks/images/${sha(PNG_1X1)}`;
    const [first] = result.bank?.questions ?? [];
    expect(first?.stem).toBe(`Which chart? ![root](${url}) ![relative](${url}) ![here](${url})`);
    expect(first?.options[0]?.text).toBe('This ![out](/../images/chart.png) ![far](/images/../../chart.png) ![host](//example.com/chart.png)');
    expect(problems(result.warnings)).toEqual([
      'exam-main/questions/q1.md:1: image "/../images/chart.png" is not in the zip or folder, so it would show broken',
      'exam-main/questions/q1.md:1: image "/images/../../chart.png" is not in the zip or folder, so it would show broken',
      'exam-main/questions/q1.md:1: image "//example.com/chart.png" is not an https address or a file in the zip or folder, so it would show broken; link an https image or remove it',
    ]);
  });

  it('a folder read as a bank: "/" is the folder itself', () => {
    const result = readBankFolder('exam', [{ name: 'sub/q1.md', text: 'Which? ![c](/img/c.png)\n\n- [x] A\n- [ ] B\n\nBecause.\n' }], {
      images: [{ path: 'img/c.png', bytes: PNG_1X1 }],
    });
    expect(result.bank?.questions[0]?.stem).toBe(`Which? ![c](/api/banks/images/${sha(PNG_1X1)})`);
  });

  it('one markdown file: an https image is kept with a warning; a relative one is a warning with its line', () => {
    const text = 'Which logo? ![logo](https://example.com/logo.png)\n\n- [x] This one ![a](img/a.png)\n- [ ] That one\n\nBecause.\n';
    const result = readBankText(text);
    expect(result.bank?.questions[0]?.stem).toBe('Which logo? ![logo](https://example.com/logo.png)');
    expect(result.images).toBeUndefined();
    expect(problems(result.warnings)).toEqual([
      '1: image "https://example.com/logo.png" is on the internet: phones will load it from there',
      '1: image "img/a.png" would show broken: images are imported from a zip or folder holding the bank and its images, or link an https image',
    ]);
  });
});

// Images uploaded in a bank's zip, as the routes run it against real Postgres:
// stored once by content, served with their type and long caching; a refused
// image (SVG, fake PNG, over 2 MiB) is not saved and its question imports with a warning.
// A preview saves nothing but serves its images from memory for a while.
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { bankImageResponse } from '../server/bank-images';
import { previewUploadRequest, saveUploadRequest, type PreviewBody, type SaveBody } from '../server/bank-upload';
import { MAX_IMAGE_BYTES } from '../server/bank';
import { PNG_1X1, SVG } from '../server/bank/image-fixture';
import { PreviewImages } from '../server/bank-preview-images';
import { parseBankOffThread } from '../server/bank/off-thread';
import { getBankWithQuestions } from '../server/store/banks';
import { useTestDb } from './support/db';

const db = useTestDb();
const run = Date.now().toString(36);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function uploadZip(entries: Record<string, Uint8Array>): Request {
  const form = new FormData();
  form.set('file', new File([zipSync(entries)], `pictures-${run}.zip`, { type: 'application/zip' }));
  return new Request('http://localhost/api/banks', { method: 'POST', body: form });
}

const question = (stem: string) => strToU8(`${stem}\n\n- [x] Yes\n- [ ] No\n\nBecause it is.\n`);

describe('images in an uploaded zip', () => {
  test('are stored with the bank, linked by their served URL, and served with their type, immutable caching and nosniff', async () => {
    // A PNG of its own (a different trailing byte), so this run's image is new to the shared database.
    const png = Uint8Array.from([...PNG_1X1, run.length]);
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(PNG_1X1);
    const before = await db.bankImage.count();
    const reply = await saveUploadRequest(
      db,
      uploadZip({
        'q1.md': question('Is this a chart? ![chart](img/chart.png)'),
        'q2.md': question('Is this a logo? ![logo](img/logo.svg) ![fake](img/fake.png) ![big](img/big.png)'),
        'img/chart.png': png,
        'img/logo.svg': SVG,
        'img/fake.png': strToU8('GIF? no, text'),
        'img/big.png': big,
      }),
      parseBankOffThread,
    );
    expect(reply.status).toBe(201);
    const body = reply.body as SaveBody;
    expect(body.warnings.map((warning) => `${warning.file}:${warning.line}: ${warning.message}`)).toEqual([
      'q2.md:1: image "img/logo.svg" was not imported: SVG images are refused (an SVG can hold scripts); save it as PNG',
      'q2.md:1: image "img/fake.png" was not imported: it is not a PNG, JPEG, GIF or WebP image by its content',
      'q2.md:1: image "img/big.png" was not imported: it is 2.0 MiB; an image may be at most 2 MiB',
    ]);
    // Only the real PNG was saved; the question with refused images imported all the same.
    expect(await db.bankImage.count()).toBe(before + 1);
    const stored = await getBankWithQuestions(db, body.saved.id);
    expect(stored?.questions.map((q) => q.stem)).toEqual([`Is this a chart? ![chart](/api/banks/images/${sha(png)})`, expect.stringMatching(/^Is this a logo\?/)]);

    const served = await bankImageResponse(db, sha(png), new PreviewImages());
    expect(served.status).toBe(200);
    expect(Object.fromEntries(served.headers)).toMatchObject({
      'content-type': 'image/png',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);

    // The same image in another upload is stored once.
    const again = await saveUploadRequest(db, uploadZip({ 'other.md': question('Again? ![chart](chart.png)'), 'chart.png': png }), parseBankOffThread);
    expect(again.status).toBe(201);
    expect(await db.bankImage.count()).toBe(before + 1);
  });

  test('a preview stores nothing, and serves its images from memory until the bank is saved', async () => {
    const png = Uint8Array.from([...PNG_1X1, run.length, 7]);
    const form = new FormData();
    form.set('file', new File([zipSync({ 'q1.md': question('A chart? ![chart](img/chart.png)'), 'img/chart.png': png })], `preview-${run}.zip`));
    const previewImages = new PreviewImages();
    const before = await db.bankImage.count();
    const reply = await previewUploadRequest(new Request('http://localhost/api/banks/preview', { method: 'POST', body: form }), parseBankOffThread, previewImages);
    expect((reply.body as PreviewBody).bank.questions[0]?.stem).toBe(`A chart? ![chart](/api/banks/images/${sha(png)})`);
    expect(await db.bankImage.count()).toBe(before);
    const served = await bankImageResponse(db, sha(png), previewImages);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);
    expect((await bankImageResponse(db, sha(png), new PreviewImages())).status).toBe(404);
  });

  test('an unknown or malformed image address is a 404', async () => {
    expect((await bankImageResponse(db, '0'.repeat(64), new PreviewImages())).status).toBe(404);
    expect((await bankImageResponse(db, '../etc/passwd', new PreviewImages())).status).toBe(404);
  });
});

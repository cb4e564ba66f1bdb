// Images uploaded in a bank's zip, as the routes run it against real Postgres:
// stored once by content, served with their type and long caching; a refused
// image (SVG, fake PNG, over 2 MiB) is not saved and its question imports with a warning.
// A preview saves nothing but serves its images from memory for a while.
// A saved image is read from the database once, then served from memory.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { strToU8, zipSync } from 'fflate';
import { NodeNextRequest, NodeNextResponse } from 'next/dist/server/base-http/node';
import { sendResponse } from 'next/dist/server/send-response';
import { afterAll, describe, expect, test } from 'vitest';
import { BankImageCache } from '../server/banks/image-cache';
import { bankImageResponse, savedImageCache, type ImageSources } from '../server/banks/image-route';
import { previewUploadRequest, saveUploadRequest, type PreviewBody, type SaveBody } from '../server/banks/upload';
import { MAX_IMAGE_BYTES } from '../server/banks/images';
import { PNG_1X1, SVG } from './support/image-fixture';
import { PreviewImages } from '../server/banks/preview-images';
import { parseBankOffThread } from '../server/banks/parse/off-thread';
import { hardenedHandler } from '../server/http/serve';
import { getBankWithQuestions } from '../server/banks/store/banks';
import { getBankImage, saveBankImages } from '../server/banks/store/images';
import { useTestDb } from './support/db';

const db = useTestDb();
const run = Date.now().toString(36);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const MIB = 1024 * 1024;

const get = (headers?: HeadersInit) => new Request('http://localhost/api/banks/images/x', { headers });
const sources = (previewImages = new PreviewImages(), imageCache = savedImageCache(db, 64 * MIB)): ImageSources => ({ previewImages, imageCache });

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

    const served = await bankImageResponse(get(), sha(png), sources());
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
    const served = await bankImageResponse(get(), sha(png), sources(previewImages));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);
    expect((await bankImageResponse(get(), sha(png), sources())).status).toBe(404);
  });

  test('an unknown or malformed image address is a 404', async () => {
    expect((await bankImageResponse(get(), '0'.repeat(64), sources())).status).toBe(404);
    expect((await bankImageResponse(get(), '../etc/passwd', sources())).status).toBe(404);
  });
});

/** A saved image of `size` random bytes behind a PNG signature: new to the shared database every run. */
async function savedImage(size: number): Promise<{ sha256: string; bytes: Uint8Array }> {
  const bytes = Uint8Array.from(randomBytes(size));
  bytes.set(PNG_1X1.subarray(0, 8));
  const sha256 = sha(bytes);
  await saveBankImages(db, [{ sha256, contentType: 'image/png', bytes }]);
  return { sha256, bytes };
}

/** The process's image cache over the real store, counting the images it reads from the database. */
function countingCache(maxBytes = 64 * MIB) {
  const reads: string[] = [];
  const cache = new BankImageCache(maxBytes, (sha256) => {
    reads.push(sha256);
    return getBankImage(db, sha256);
  });
  return { cache, reads };
}

/** The hash of a response's body: the image's address when the bytes are right (a deep compare of MiBs takes vitest minutes). */
const servedHash = async (response: Response) => sha(new Uint8Array(await response.arrayBuffer()));

describe('a saved image served from memory', () => {
  test('is read from the database once: a second request gets the same bytes and headers from memory', async () => {
    // Not a whole number of the store's slices, so the last slice is a short one.
    const image = await savedImage(2 * MIB - 12_345);
    const { cache, reads } = countingCache();
    const first = await bankImageResponse(get(), image.sha256, sources(undefined, cache));
    const second = await bankImageResponse(get(), image.sha256, sources(undefined, cache));
    expect(reads).toEqual([image.sha256]);
    expect(first.status).toBe(200);
    expect(Object.fromEntries(second.headers)).toEqual(Object.fromEntries(first.headers));
    expect(Object.fromEntries(first.headers)).toMatchObject({ 'content-type': 'image/png', 'content-length': String(image.bytes.byteLength), etag: `"${image.sha256}"` });
    expect(await servedHash(first)).toBe(image.sha256);
    expect(await servedHash(second)).toBe(image.sha256);
  });

  test('a room asking at once for an image not read yet shares one database read', async () => {
    const image = await savedImage(300_000);
    const { cache, reads } = countingCache();
    const responses = await Promise.all(Array.from({ length: 30 }, () => bankImageResponse(get(), image.sha256, sources(undefined, cache))));
    expect(reads).toHaveLength(1);
    for (const response of responses) expect(await servedHash(response)).toBe(image.sha256);
  });

  test('a browser that has the image gets a 304 for its ETag, and no body', async () => {
    const image = await savedImage(1000);
    const etag = `"${image.sha256}"`;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"${'0'.repeat(64)}", ${etag}`, '*']) {
      const response = await bankImageResponse(get({ 'if-none-match': ifNoneMatch }), image.sha256, sources());
      expect(response.status, ifNoneMatch).toBe(304);
      expect(response.body).toBeNull();
      expect(Object.fromEntries(response.headers)).toMatchObject({ etag, 'cache-control': 'public, max-age=31536000, immutable' });
    }
    const other = await bankImageResponse(get({ 'if-none-match': `"${'0'.repeat(64)}"` }), image.sha256, sources());
    expect(other.status).toBe(200);
    expect(await servedHash(other)).toBe(image.sha256);
  });

  test('holds at most its size in bytes: the least recently served image goes first, and one larger than all of it is served but not kept', async () => {
    const [a, b, c] = [await savedImage(400_000), await savedImage(400_000), await savedImage(400_000)];
    const huge = await savedImage(1_100_000);
    const { cache, reads } = countingCache(1_000_000); // room for two of a, b and c
    const serve = async (image: { sha256: string; bytes: Uint8Array }) => {
      const response = await bankImageResponse(get(), image.sha256, sources(undefined, cache));
      expect(await servedHash(response)).toBe(image.sha256);
    };
    await serve(a);
    await serve(b);
    await serve(a); // from memory; now b is the least recently served
    await serve(c); // pushes b out
    await serve(a);
    await serve(c);
    expect(reads).toEqual([a.sha256, b.sha256, c.sha256]);
    await serve(b); // read again
    expect(reads).toEqual([a.sha256, b.sha256, c.sha256, b.sha256]);
    await serve(huge);
    await serve(huge);
    expect(reads.slice(4)).toEqual([huge.sha256, huge.sha256]);
  });

  test('an image not there yet is not remembered as missing: saved later, it is served', async () => {
    const bytes = Uint8Array.from([...PNG_1X1, run.length, 9]);
    const { cache } = countingCache();
    expect((await bankImageResponse(get(), sha(bytes), sources(undefined, cache))).status).toBe(404);
    await saveBankImages(db, [{ sha256: sha(bytes), contentType: 'image/png', bytes }]);
    const response = await bankImageResponse(get(), sha(bytes), sources(undefined, cache));
    expect(response.status).toBe(200);
    expect(await servedHash(response)).toBe(sha(bytes));
  });
});

describe('an image through the HTTP server', () => {
  let server: Server;
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("keeps its own Content-Security-Policy, while pages get the site's (with the other security headers on both)", async () => {
    const image = await savedImage(1000);
    const imageSources = sources();
    // Next.js's own code sends each route's Response (it copies a header only onto a name not set yet).
    server = createServer(
      hardenedHandler(
        async (req, res) => {
          const response = req.url?.startsWith('/image')
            ? await bankImageResponse(get(), image.sha256, imageSources)
            : new Response('<p>a page</p>', { headers: { 'content-type': 'text/html' } });
          await sendResponse(new NodeNextRequest(req), new NodeNextResponse(res), response);
        },
        { dev: false, allowedOrigins: [] },
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const served = await fetch(`${origin}/image`);
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(served.headers.get('x-frame-options')).toBe('DENY');
    expect(sha(new Uint8Array(await served.arrayBuffer()))).toBe(image.sha256);
    const page = await fetch(`${origin}/page`);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });
});

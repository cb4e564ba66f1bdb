// GET /api/banks/<id>/export against real Postgres: a bank without images as
// markdown; a bank with images as a zip of its markdown and those images, which
// reads back (anywhere: no server address in it) to the same questions and images.
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { exportBankResponse } from '../server/banks/export-route';
import { IMAGE_URL_PREFIX } from '../server/banks/images';
import { readBankBytes } from '../server/banks/read-bank';
import { saveUploadRequest, type SaveBody } from '../server/banks/upload';
import { parseBankOffThread } from '../server/banks/parse/off-thread';
import { PNG_1X1 } from './support/image-fixture';
import { useTestDb } from './support/db';

const db = useTestDb();
// Other files share this database: a title (and an image) of our own keep this run's bank new.
const run = Date.now().toString(36);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function save(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const form = new FormData();
  form.set('file', new File([bytes], name));
  const reply = await saveUploadRequest(db, new Request('http://localhost/api/banks', { method: 'POST', body: form }), parseBankOffThread);
  expect(reply.status).toBe(201);
  return (reply.body as SaveBody).saved.id;
}

const question = (stem: string) => `# Pictures ${run}\n\n${stem}\n\n- [x] Yes\n- [ ] No\n\nBecause it is.\n`;

describe('exporting a stored bank from the web', () => {
  test('a bank with images downloads as a zip of bank.md and its images, which reads back to the same questions', async () => {
    const png = Uint8Array.from([...PNG_1X1, run.length, 1]);
    const id = await save(`pictures-${run}.zip`, zipSync({ 'q1.md': strToU8(question('Is this a chart? ![chart](img/chart.png)')), 'img/chart.png': png }));

    const response = await exportBankResponse(db, id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".*-v1\.zip"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const files = unzipSync(bytes);
    const path = `images/${sha(png)}.png`;
    expect(Object.keys(files).sort()).toEqual(['bank.md', path]);
    expect(files[path]).toEqual(png);
    const markdown = strFromU8(files['bank.md']!);
    expect(markdown).toContain(`![chart](${path})`);
    expect(markdown).not.toContain(IMAGE_URL_PREFIX);

    const back = readBankBytes('exported.zip', bytes);
    expect(back.errors).toEqual([]);
    expect(back.importable?.questions.map((q) => q.stem)).toEqual([`Is this a chart? ![chart](${IMAGE_URL_PREFIX}${sha(png)})`]);
    expect(back.images?.map((image) => image.sha256)).toEqual([sha(png)]);
  });

  test('a bank without images downloads as markdown, as before', async () => {
    const id = await save(`plain-${run}.md`, strToU8(question('Is this plain?')));
    const response = await exportBankResponse(db, id);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/\.md"/);
    const back = readBankBytes('exported.md', new Uint8Array(await response.arrayBuffer()));
    expect(back.importable?.questions.map((q) => q.stem)).toEqual(['Is this plain?']);
  });

  test('an unknown bank is a 404 with a message', async () => {
    const response = await exportBankResponse(db, '00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'There is no bank with this id.' });
  });
});

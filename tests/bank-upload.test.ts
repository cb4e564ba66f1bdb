// Uploading a bank from the browser, as the two route handlers run it against
// real Postgres: preview writes nothing, save imports once, bad input is refused
// with a message and leaves every table as it was.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FORMAT_EXAMPLE } from '../app/banks/new/format-example';
import { previewUploadRequest, saveUploadRequest, type PreviewBody, type SaveBody, type UploadRefusal } from '../server/banks/upload';
import { MAX_BANK_BYTES } from '../server/banks/check-input';
import { MAX_ZIP_BYTES } from '../server/banks/formats/read-zip';
import { PreviewImages } from '../server/banks/preview-images';
import { parseBankOffThread } from '../server/banks/parse/off-thread';
import { buildXlsx } from './support/xlsx-fixture';
import { getBankWithQuestions } from '../server/banks/store/banks';
import { useTestDb } from './support/db';

const db = useTestDb();
const SEED = readFileSync('content/aws-ml-engineer-sample-questions.md', 'utf8');
// Other files share this database: a title of our own keeps our slug to ourselves.
const run = Date.now().toString(36);

/** A browser's upload: multipart form-data with the file in the "file" field. */
function upload(name: string, content: string | Uint8Array<ArrayBuffer>, type = 'text/markdown'): Request {
  const form = new FormData();
  form.set('file', new File([content], name, { type }));
  return new Request('http://localhost/api/banks', { method: 'POST', body: form });
}

async function rowCounts() {
  const [banks, questions, options, links] = await Promise.all([db.bank.count(), db.question.count(), db.option.count(), db.link.count()]);
  return { banks, questions, options, links };
}

/** Saves and expects a refusal that wrote nothing; returns it for the message checks. */
async function refusedSave(request: Request, status: number): Promise<UploadRefusal> {
  const before = await rowCounts();
  const reply = await saveUploadRequest(db, request, parseBankOffThread);
  expect(reply.status).toBe(status);
  expect(await rowCounts()).toEqual(before);
  return reply.body as UploadRefusal;
}

/** No answer (line 5), one option (7), and a usable question whose option is a whole sentence (a warning, 11). */
const LONG_ANSWER = '1. Why resample?\n\n    *Because the classes are skewed, resampling gives the model enough examples of the rare class.*\n\n';
const BROKEN = `1. Fine?\n\n    *Yes.*\n\n2. No answer here?\n\n3. Only one option?\n\n   - [x] Yes\n\n${LONG_ANSWER.replace('1.', '4.')}`;

const lines = (refusal: UploadRefusal) => refusal.errors.map((issue) => `${issue.line}: ${issue.message}`);

describe('previewing an upload', () => {
  test('shows the seed file as a bank: 20 questions in three sections, with options and explanations, and writes nothing', async () => {
    const before = await rowCounts();
    const reply = await previewUploadRequest(upload('aws-ml-engineer-sample-questions.md', SEED), parseBankOffThread, new PreviewImages());
    expect(reply.status).toBe(200);
    const { fileName, bank } = reply.body as PreviewBody;
    expect(fileName).toBe('aws-ml-engineer-sample-questions.md');
    expect(bank.title).toBe('Sample Questions');
    const perSection = new Map<string, number>();
    for (const question of bank.questions) perSection.set(question.section, (perSection.get(question.section) ?? 0) + 1);
    expect([...perSection]).toEqual([
      ['Official Pretest', 4],
      ['Collect, Ingest, and Store Data', 11],
      ['Choose a modeling approach', 5],
    ]);
    for (const question of bank.questions) {
      expect(question.options.filter((option) => option.correct)).toHaveLength(question.select);
      expect(question.options.length).toBeGreaterThanOrEqual(2);
      expect(question.explanation).not.toBe('');
    }
    const selectTwo = bank.questions.filter((question) => question.select === 2);
    expect(selectTwo.map((question) => question.options.filter((option) => option.correct).map((option) => option.text).sort())).toEqual([
      ['Amazon EFS', 'Amazon S3'],
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  test('the format example on the upload page is a valid bank', async () => {
    const reply = await previewUploadRequest(upload('example.md', FORMAT_EXAMPLE), parseBankOffThread, new PreviewImages());
    expect(reply).toMatchObject({ status: 200, body: { warnings: [], bank: { title: 'Data formats' } } });
    expect((reply.body as PreviewBody).bank.questions.map((question) => question.select)).toEqual([1, 2]);
  });

  test('previews the good questions of a partly broken file, and what will be skipped grouped by cause with lines', async () => {
    const reply = await previewUploadRequest(upload('broken.md', BROKEN), parseBankOffThread, new PreviewImages());
    expect(reply.status).toBe(200);
    const preview = reply.body as PreviewBody;
    expect(preview.bank.questions.map((question) => question.line)).toEqual([1, 11]);
    expect(preview.skipped).toBe(2);
    expect(preview.errors.map((issue) => `${issue.line}: ${issue.message}`)).toEqual([
      expect.stringMatching(/^5: question has no answer: "No answer here\?"/),
      '7: only 1 option: a round needs 2 to 6 options to choose from; list them under the question as "- [x] right" / "- [ ] wrong"',
    ]);
    expect(preview.skippedGroups.map((group) => [group.count, group.lines])).toEqual([[1, [5]], [1, [7]]]);
    expect(preview.warnings).toEqual([{ line: 11, message: expect.stringMatching(/^no short answer found, so the correct option is the answer's whole first sentence/) }]);
  });

  test('groups alike problems: 42 questions with 7 options read as one cause with one example', async () => {
    const seven = Array.from({ length: 7 }, (_, i) => `- [${i ? ' ' : 'x'}] option ${i}`).join('\n');
    const text = Array.from({ length: 43 }, (_, i) => `### Question ${i}?\n\n${i ? seven : '- [x] yes\n- [ ] no'}\n`).join('\n');
    const preview = (await previewUploadRequest(upload('many.md', text), parseBankOffThread, new PreviewImages())).body as PreviewBody;
    expect(preview.bank.questions).toHaveLength(1);
    expect(preview.skipped).toBe(42);
    expect(preview.skippedGroups).toHaveLength(1);
    expect(preview.skippedGroups[0]).toMatchObject({ count: 42, example: { problems: ['7 options: a round needs 2 to 6 options to choose from; remove 1'] } });
    expect(preview.counts).toEqual({ questions: 1, skipped: 42, duplicates: 0, ignored: 0 });
  });

  test('previews a usable bank with its warnings and their lines', async () => {
    const reply = await previewUploadRequest(upload('long-answer.md', `${LONG_ANSWER}2. Which is columnar?\n\n    *Parquet is columnar.*\n`), parseBankOffThread, new PreviewImages());
    expect(reply.status).toBe(200);
    expect((reply.body as PreviewBody).warnings).toEqual([{ line: 1, message: expect.stringMatching(/^no short answer found/) }]);
  });
});

describe('saving an upload', () => {
  const title = `Uploaded sample ${run}`;
  const seed = SEED.replace('title: Sample Questions', `title: ${title}`);

  test('imports the bank once as upload/<file name>, and an unchanged re-upload writes nothing', async () => {
    const before = await rowCounts();
    const first = await saveUploadRequest(db, upload('sample.md', seed), parseBankOffThread);
    expect(first.status).toBe(201);
    const { saved } = first.body as SaveBody;
    expect(saved).toMatchObject({ slug: `upload-sample--uploaded-sample-${run}`, version: 1, title, created: true });
    const stored = await getBankWithQuestions(db, saved.id);
    expect(stored?.sourceName).toBe('upload/sample.md');
    expect(stored?.questions).toHaveLength(20);
    const afterFirst = await rowCounts();
    expect(afterFirst).toMatchObject({ banks: before.banks + 1, questions: before.questions + 20 });

    const again = await saveUploadRequest(db, upload('sample.md', seed), parseBankOffThread);
    expect(again).toMatchObject({ status: 200, body: { saved: { id: saved.id, version: 1, created: false } } });
    expect(await rowCounts()).toEqual(afterFirst);
  });

  test("imports Kahoot's .xlsx template", async () => {
    const header = ['Question - max 120 characters', 'Answer 1 - max 75 characters', 'Answer 2 - max 75 characters', 'Time limit (sec)', 'Correct answer(s) - choose at least one'];
    const sheet = buildXlsx([header, ['Which is largest?', 'Mars', 'Jupiter', 20, 2], ['Which has rings?', 'Saturn', 'Mercury', 20, 1]]);
    const reply = await saveUploadRequest(db, upload(`kahoot-${run}.xlsx`, sheet, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), parseBankOffThread);
    expect(reply.status).toBe(201);
    const stored = await getBankWithQuestions(db, (reply.body as SaveBody).saved.id);
    expect(stored?.sourceName).toBe(`upload/kahoot-${run}.xlsx`);
    expect(stored?.questions.map((question) => question.stem)).toEqual(['Which is largest?', 'Which has rings?']);
  });

  test('an edited re-upload becomes the next version', async () => {
    const edited = seed.replace('*Parquet provides a columnar', '*Parquet provides a compressed, columnar');
    const reply = await saveUploadRequest(db, upload('sample.md', edited), parseBankOffThread);
    expect(reply).toMatchObject({ status: 201, body: { saved: { slug: `upload-sample--uploaded-sample-${run}`, version: 2, created: true } } });
  });

  test("two members' files titled alike stay two banks, and each re-upload is a version of its own", async () => {
    const week1 = (answer: string) => `---\ntitle: Week 1 ${run}\n---\n\n1. Which is columnar?\n\n    *${answer}.*\n\n2. Which is row-based?\n\n    *CSV.*\n`;
    const alice = await saveUploadRequest(db, upload('week1-alice.md', week1('Parquet')), parseBankOffThread);
    const bob = await saveUploadRequest(db, upload('week1-bob.md', week1('ORC')), parseBankOffThread);
    expect(alice).toMatchObject({ status: 201, body: { saved: { slug: `upload-week1-alice--week-1-${run}`, version: 1 } } });
    expect(bob).toMatchObject({ status: 201, body: { saved: { slug: `upload-week1-bob--week-1-${run}`, version: 1 } } });
    const aliceAgain = await saveUploadRequest(db, upload('week1-alice.md', week1('Apache Parquet')), parseBankOffThread);
    expect(aliceAgain).toMatchObject({ status: 201, body: { saved: { slug: `upload-week1-alice--week-1-${run}`, version: 2 } } });
  });

  test('a non-Latin title is a bank of its own, not folded into another upload of the same file name', async () => {
    const bank = (title: string) => `---\ntitle: ${title}\n---\n\n1. Q?\n\n    *A.*\n\n2. R?\n\n    *B.*\n`;
    const japanese = await saveUploadRequest(db, upload('quiz.md', bank(`機械学習の問題 ${run}`)), parseBankOffThread);
    const russian = await saveUploadRequest(db, upload('quiz.md', bank(`Вопросы ${run}`)), parseBankOffThread);
    expect(japanese).toMatchObject({ status: 201, body: { saved: { slug: `upload-quiz--機械学習の問題-${run}`, version: 1 } } });
    expect(russian).toMatchObject({ status: 201, body: { saved: { slug: `upload-quiz--вопросы-${run}`, version: 1 } } });
  });

  test('keeps only the file name a client sends, never its folders', async () => {
    const reply = await saveUploadRequest(db, upload('../../etc/folders.md', `---\ntitle: Folders ${run}\n---\n\n1. Q?\n\n    *A.*\n\n2. R?\n\n    *B.*\n`), parseBankOffThread);
    expect(reply.status).toBe(201);
    const { saved, fileName } = reply.body as SaveBody;
    expect(fileName).toBe('folders.md');
    expect(await getBankWithQuestions(db, saved.id)).toMatchObject({ sourceName: 'upload/folders.md' });
  });
});

describe('bad input is refused with a message, and nothing is written', () => {
  test('an empty file', async () => {
    const refusal = await refusedSave(upload('empty.md', ''), 422);
    expect(refusal.error).toBe('1 problem to fix; nothing was saved.');
    expect(lines(refusal)).toEqual(['1: file is empty']);
  });

  test("a partly broken file: refused without the host's confirmation, its good questions saved with it", async () => {
    const text = `---\ntitle: Partly ${run}\n---\n\n${BROKEN}`;
    const refusal = await refusedSave(upload('partly.md', text), 422);
    expect(refusal.error).toBe('2 problems to fix; nothing was saved.');
    const form = new FormData();
    form.set('file', new File([text], 'partly.md', { type: 'text/markdown' }));
    form.set('partial', 'yes');
    const reply = await saveUploadRequest(db, new Request('http://localhost/api/banks', { method: 'POST', body: form }), parseBankOffThread);
    expect(reply.status).toBe(201);
    const saved = reply.body as SaveBody;
    expect(saved.skipped).toBe(2);
    const stored = await getBankWithQuestions(db, saved.saved.id);
    expect(stored?.questions.map((question) => question.stem)).toEqual(['Fine?', 'Why resample?']);
  });

  test('a question with only one option, with its line: it can be neither saved nor played', async () => {
    const refusal = await refusedSave(upload('alone.md', `---\ntitle: Alone ${run}\n---\n\n1. The only question?\n\n    *The only answer.*\n`), 422);
    expect(refusal.error).toBe('1 problem to fix; nothing was saved.');
    expect(lines(refusal)).toEqual([expect.stringMatching(/^5: only 1 option: a round needs 2 to 6 options to choose from, and the bank's other answers give no wrong ones/)]);
  });

  test('a "Learn more" link that is not http(s), with its line', async () => {
    const text = `---\ntitle: Links ${run}\n---\n\n1. Q?\n\n    *A.*\n\nLearn more about [the docs](javascript:alert(document.cookie)).\n\n2. R?\n\n    *B.*\n`;
    const refusal = await refusedSave(upload('links.md', text), 422);
    expect(lines(refusal)).toEqual(['9: link "the docs" must be http(s) or mailto:, a full address like https://example.com/page, not "javascript:alert(document.cookie)"']);
  });

  test('a file with no questions', async () => {
    const refusal = await refusedSave(upload('notes.md', '---\ntitle: Notes\n---\n\n## Just a heading\n'), 422);
    expect(lines(refusal)).toEqual([expect.stringMatching(/^1: no questions found: this file has/)]);
  });

  test('a question with no answer, with its line', async () => {
    const refusal = await refusedSave(upload('gap.md', `---\ntitle: Gap ${run}\n---\n\n1. Fine?\n\n    *Yes.*\n\n2. No answer here?\n\n3. Also fine?\n\n    *No.*\n`), 422);
    expect(lines(refusal)).toEqual([expect.stringMatching(/^9: question has no answer: "No answer here\?"; write the answer as an italic paragraph/)]);
  });

  test('a binary file, even when named .md', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const refusal = await refusedSave(upload('picture.md', png, 'image/png'), 422);
    expect(lines(refusal)).toEqual([expect.stringMatching(/^1: file is not UTF-8 text \(is it a binary file\?\)/)]);
  });

  test('a file name holding a control character (a NUL made the save fail with a database error)', async () => {
    for (const name of ['bad\u0000name.md', 'bell\u0007.md']) {
      expect((await refusedSave(upload(name, SEED), 400)).error).toBe('The file name holds a control character: remove it and try again.');
    }
  });

  test('a file that is not named as a bank file', async () => {
    const refusal = await refusedSave(upload('slides.pdf', '%PDF-1.7', 'application/pdf'), 415);
    expect(refusal.error).toBe('"slides.pdf" is not a bank file: upload a .md, .markdown, .gift, .txt (GIFT or Aiken), .csv, .xlsx or .zip file.');
    const sheet = await refusedSave(upload('kahoot.xls', 'PK', 'application/vnd.ms-excel'), 415);
    expect(sheet.error).toBe(`"kahoot.xls" is a spreadsheet Cramjam does not read: save it as .xlsx or CSV and upload that (Kahoot's template columns are read).`);
  });

  test(`a file over ${MAX_BANK_BYTES / 1024} KiB, by its size or by the request's`, async () => {
    const big = `1. Q?\n\n    *A.*\n\n${'x'.repeat(MAX_BANK_BYTES)}\n`;
    const bySize = await refusedSave(upload('big.md', big), 413);
    expect(bySize.error).toBe(`The file is 5.0 MiB; a bank may be at most 5 MiB.`);
    const bigZip = await refusedSave(upload('big.zip', new Uint8Array(MAX_ZIP_BYTES + 1)), 413);
    expect(bigZip.error).toBe(`The file is 20.0 MiB; a zip may be at most 20 MiB.`);

    const huge = upload('huge.md', 'x'.repeat(MAX_ZIP_BYTES + 64 * 1024));
    expect(huge.headers.get('content-length')).toBeNull(); // so only the capped read can stop it
    expect((await refusedSave(huge, 413)).error).toBe('The file is too large: a bank may be at most 5 MiB (a zip 20 MiB).');

    const declared = new Request('http://localhost/api/banks', { method: 'POST', headers: { 'content-length': String(10 * MAX_ZIP_BYTES) }, body: 'x' });
    expect((await refusedSave(declared, 413)).error).toBe('The file is too large: a bank may be at most 5 MiB (a zip 20 MiB).');
  });

  test('the same question twice, naming both lines', async () => {
    const refusal = await refusedSave(upload('twice.md', '1. Which format is columnar?\n\n    *Parquet.*\n\n2. Which  format is COLUMNAR?\n\n    *ORC.*\n'), 422);
    expect(lines(refusal)).toEqual(['5: the same question is at lines 1 and 5: "Which format is COLUMNAR?"']);
  });

  test('a request that is not a multipart upload with a "file" field', async () => {
    const json = new Request('http://localhost/api/banks', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"file":"x"}' });
    expect((await refusedSave(json, 400)).error).toBe('Send the bank as multipart/form-data, with the file in the "file" field.');
    const form = new FormData();
    form.set('file', 'not a file');
    expect((await refusedSave(new Request('http://localhost/api/banks', { method: 'POST', body: form }), 400)).error).toMatch(/"file" field/);
  });
});

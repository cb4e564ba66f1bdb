// The other reading through the upload routes, against real Postgres: a file
// that reads two ways previews with what was assumed said once, previews the
// other way when the form asks, and saves the way the form says.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { previewUploadRequest, saveUploadRequest, type PreviewBody, type SaveBody, type UploadRefusal } from '../server/banks/upload';
import { PreviewImages } from '../server/banks/preview-images';
import { parseBankOffThread } from '../server/banks/parse/off-thread';
import { getBankWithQuestions } from '../server/banks/store/banks';
import { useTestDb } from './support/db';

const db = useTestDb();
// Other files share this database: a title of our own keeps our slug to ourselves.
const run = Date.now().toString(36);
const RUN_ON = readFileSync('tests/fixtures/banks/md-run-on-options.md', 'utf8').replace('# Messaging services', `# Messaging services ${run}`);

function upload(fields: Record<string, string> = {}): Request {
  const form = new FormData();
  form.set('file', new File([RUN_ON], 'run-on.md', { type: 'text/markdown' }));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return new Request('http://localhost/api/banks', { method: 'POST', body: form });
}

const preview = async (fields?: Record<string, string>) => {
  const reply = await previewUploadRequest(upload(fields), parseBankOffThread, new PreviewImages());
  expect(reply.status).toBe(200);
  return reply.body as PreviewBody;
};

describe('a file that reads two ways', () => {
  test('previews read the default way, with what was assumed said once and not among the warnings', async () => {
    const body = await preview();
    expect(body.reading).toEqual({});
    expect(body.assumed).toEqual([
      { key: 'letteredAnswer', read: 'options', other: 'typed', count: 3, lines: [8, 17, 24], example: 'read "Answer: B" as option B of the lettered lines under the question, not as an answer to type' },
    ]);
    expect(body.warnings.map((warning) => warning.message)).not.toContainEqual(expect.stringContaining('read "Answer'));
    expect(body.bank.questions.map((question) => question.type)).toEqual(['choice', 'choice', 'choice']);
  });

  test('previews the other way when the form says letteredAnswer=typed', async () => {
    const body = await preview({ letteredAnswer: 'typed' });
    expect(body.reading).toEqual({ letteredAnswer: 'typed' });
    expect(body.assumed).toMatchObject([{ key: 'letteredAnswer', read: 'typed', other: 'options', count: 3 }]);
    expect(body.bank.questions.map((question) => [question.type, question.options.map((option) => option.text)])).toEqual([
      ['typed', ['B']],
      ['typed', ['A']],
      ['typed', ['A']],
    ]);
    expect(body.countsText).toBe('3 questions, 0 skipped, 0 ignored as not questions');
  });

  test('saves the way the form says: a typed bank, then the same file read as options is a new version', async () => {
    const typed = await saveUploadRequest(db, upload({ letteredAnswer: 'typed' }), parseBankOffThread);
    expect(typed.status).toBe(201);
    const stored = await getBankWithQuestions(db, (typed.body as SaveBody).saved.id);
    expect(stored?.questions.map((question) => question.type)).toEqual(['typed', 'typed', 'typed']);
    expect(stored?.questions[0]?.stem).toBe('Which service sends email?\n\nA\\) Amazon SNS\n\nB\\) Amazon SES\n\nC\\) Amazon SQS');

    const options = await saveUploadRequest(db, upload({ letteredAnswer: 'options' }), parseBankOffThread);
    expect(options.status).toBe(201);
    const second = await getBankWithQuestions(db, (options.body as SaveBody).saved.id);
    expect(second?.version).toBe((typed.body as SaveBody).saved.version + 1);
    expect(second?.questions.map((question) => question.type)).toEqual(['choice', 'choice', 'choice']);
  });

  test('refuses a reading it does not know, with a message, and writes nothing', async () => {
    const before = await db.bank.count();
    const reply = await saveUploadRequest(db, upload({ letteredAnswer: 'letters' }), parseBankOffThread);
    expect(reply.status).toBe(400);
    expect((reply.body as UploadRefusal).error).toBe('letteredAnswer is "options" or "typed"');
    expect(await db.bank.count()).toBe(before);
  });
});

// A GIFT bank whose answers carry feedback imports into real Postgres: the notes
// per option are parsed (formats/read-gift.ts) but not stored yet (issue 23).
import { describe, expect, test } from 'vitest';
import { loadBankFile } from '../server/banks/load';
import { getBankWithQuestions, importBank } from '../server/banks/store/banks';
import { useTestDb } from './support/db';

const db = useTestDb();
const run = Date.now().toString(36);

describe('importing a GIFT bank with per-answer feedback', () => {
  test('stores its questions and options, the wrong options\' notes as why-not notes', async () => {
    const { bank, errors } = await loadBankFile('tests/fixtures/banks/gift-feedback.gift');
    expect(errors).toEqual([]);
    expect(bank!.questions[0]!.options.every((option) => option.note)).toBe(true);
    const imported = await importBank(db, { ...bank!, title: `GIFT feedback ${run}` }, { origin: 'upload', fileName: `gift-feedback-${run}.gift` });
    const stored = await getBankWithQuestions(db, imported.id);
    expect(stored!.questions.map((question) => [question.options.map((option) => option.text), question.whyNot])).toEqual([
      [['Archive storage', 'Standard storage', 'Infrequent access storage'], ['Standard costs the most per GB stored; it suits data read often.', 'Close, but reading once a year still costs more than archive.']],
      [['AES', 'ChaCha20', 'RSA'], ['RSA is asymmetric: it uses a key pair.']],
      [['True', 'False'], ['No: with all 32 bits fixed, one address is left.']],
    ]);
  });
});

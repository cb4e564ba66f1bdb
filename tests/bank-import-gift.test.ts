// A GIFT bank whose answers carry feedback imports into real Postgres: each
// answer's feedback is stored as its option's note (Option.note), the "why not"
// a phone that picked a wrong one is shown, and the export writes the notes back.
import { describe, expect, test } from 'vitest';
import { exportBankResponse } from '../server/banks/export-route';
import { loadBankFile } from '../server/banks/load';
import { readBankText } from '../server/banks/read-bank';
import { getBankWithQuestions, importBank } from '../server/banks/store/banks';
import { useTestDb } from './support/db';

const db = useTestDb();
const run = Date.now().toString(36);

describe('importing a GIFT bank with per-answer feedback', () => {
  test("stores each answer's feedback as its option's note, which the export writes back", async () => {
    const { bank, errors } = await loadBankFile('tests/fixtures/banks/gift-feedback.gift');
    expect(errors).toEqual([]);
    expect(bank!.questions[0]!.options.every((option) => option.note)).toBe(true);
    const imported = await importBank(db, { ...bank!, title: `GIFT feedback ${run}` }, { origin: 'upload', fileName: `gift-feedback-${run}.gift` });
    const stored = await getBankWithQuestions(db, imported.id);
    expect(stored!.questions.map((question) => [question.options.map((option) => [option.text, option.note]), question.whyNot])).toEqual([
      [[
        ['Archive storage', 'Right: the cheapest for data you rarely read.'],
        ['Standard storage', 'Standard costs the most per GB stored; it suits data read often.'],
        ['Infrequent access storage', 'Close, but reading once a year still costs more than archive.'],
      ], []],
      [[['AES', 'AES is a symmetric block cipher.'], ['ChaCha20', 'ChaCha20 is a symmetric stream cipher.'], ['RSA', 'RSA is asymmetric: it uses a key pair.']], []],
      [[['True', 'Yes: all 32 bits are fixed.'], ['False', 'No: with all 32 bits fixed, one address is left.']], []],
    ]);
    const exported = readBankText(await (await exportBankResponse(db, imported.id)).text(), { fileName: 'exported.md' });
    expect(exported.importable!.questions.map((question) => question.options.map((option) => option.note ?? null))).toEqual(
      stored!.questions.map((question) => question.options.map((option) => option.note)),
    );
  });
});

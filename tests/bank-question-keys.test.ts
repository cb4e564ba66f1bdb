// A question's stable key across its bank's versions, in real Postgres: the
// importer carries it by the rule in server/banks/question-keys.ts, and banks
// stored before keys existed get the same keys from the backfill.
import { describe, expect, test } from 'vitest';
import { loadBankFile } from '../server/banks/load';
import type { ParsedBank } from '../server/banks/types';
import { importBank } from '../server/banks/store/banks';
import { backfillQuestionKeys } from '../server/banks/store/question-keys';
import { useTestDb } from './support/db';

const db = useTestDb();
const run = Date.now().toString(36);

async function seedBank(title: string): Promise<ParsedBank> {
  const { bank, errors } = await loadBankFile('content/aws-ml-engineer-sample-questions.md');
  expect(errors).toEqual([]);
  return { ...bank!, title };
}

/** The next version of a bank: a typo fixed in question 0, question 1's right answer changed, question 2 removed, one added at the end. */
function edited(bank: ParsedBank): ParsedBank {
  const [first, second, , ...rest] = bank.questions;
  const retyped = { ...first!, stem: first!.stem.replace(/\bthe\b/, 'teh') };
  const otherAnswer = { ...second!, options: second!.options.map((option) => ({ ...option, correct: !option.correct })) };
  const added = { ...rest[0]!, stem: 'Which AWS service labels training data with a human workforce?', line: 999 };
  return { ...bank, questions: [retyped, otherAnswer, ...rest, added] };
}

const keysOf = async (bankId: string) =>
  (await db.question.findMany({ where: { bankId }, orderBy: { position: 'asc' }, select: { key: true } })).map((q) => q.key);

describe('question keys across bank versions', () => {
  test('an import keeps the keys of unchanged and retyped questions and gives changed and new ones new keys', async () => {
    const v1Bank = await seedBank(`Keys ${run}`);
    expect(v1Bank.questions[0]!.stem).toMatch(/\bthe\b/);
    const v1 = await importBank(db, v1Bank, { origin: 'cli', fileName: 'keys.md' });
    const v2 = await importBank(db, edited(v1Bank), { origin: 'cli', fileName: 'keys.md' });
    expect(v2.version).toBe(2);

    const before = await keysOf(v1.id);
    const after = await keysOf(v2.id);
    expect(before.every((key) => typeof key === 'string')).toBe(true);
    expect(new Set(before).size).toBe(before.length);
    expect(after[0]).toBe(before[0]); // a typo fix
    expect(before).not.toContain(after[1]); // another right answer
    expect(after.slice(2, -1)).toEqual(before.slice(3)); // unchanged, one place earlier
    expect(before).not.toContain(after.at(-1)); // new
  });

  test('the backfill gives banks stored before keys existed the keys an import would have', async () => {
    const v1Bank = await seedBank(`Backfill ${run}`);
    const v1 = await importBank(db, v1Bank, { origin: 'cli', fileName: 'backfill.md' });
    const v2 = await importBank(db, edited(v1Bank), { origin: 'cli', fileName: 'backfill.md' });
    await db.question.updateMany({ where: { bankId: { in: [v1.id, v2.id] } }, data: { key: null } });

    // Ours, and any other test's questions written without a key in this shared database.
    expect(await backfillQuestionKeys(db)).toBeGreaterThanOrEqual(v1Bank.questions.length * 2);
    expect(await db.question.count({ where: { key: null } })).toBe(0);
    const before = await keysOf(v1.id);
    const after = await keysOf(v2.id);
    expect(before.every((key) => typeof key === 'string')).toBe(true);
    expect(after[0]).toBe(before[0]);
    expect(before).not.toContain(after[1]);
    expect(after.slice(2, -1)).toEqual(before.slice(3));
    // Nothing left to do: a second start changes nothing.
    expect(await backfillQuestionKeys(db)).toBe(0);
    expect(await keysOf(v2.id)).toEqual(after);
  });
});

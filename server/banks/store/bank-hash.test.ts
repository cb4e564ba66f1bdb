import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readBankText } from '../read-bank';
import { TYPES_EXAMPLE } from '../../../app/banks/new/types-example';
import { bankContentHash } from './banks';

// A bank stored before question types existed must not become a new version
// when it is imported again unchanged: a plain choice hashes as it always did.

test('a choices-only bank hashes as before question types, a bank with other types by its types too', () => {
  const bank = readBankText(readFileSync(new URL('../../../content/aws-ml-engineer-sample-questions.md', import.meta.url), 'utf8')).bank!;
  const { title, description } = bank;
  const questions = bank.questions.map(({ type: _type, caseStudy: _caseStudy, ...question }) => question);
  const before = createHash('sha256').update(JSON.stringify({ title, description, questions })).digest('hex');
  expect(bankContentHash(bank)).toBe(before);

  const typed = readBankText(TYPES_EXAMPLE).bank!;
  const asChoices = { ...typed, questions: typed.questions.map((q) => ({ ...q, type: 'choice' as const, caseStudy: null })) };
  expect(bankContentHash(typed)).not.toBe(bankContentHash(asChoices));
});

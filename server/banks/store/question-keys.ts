import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/db';
import { questionType } from '../../store/question-rows';
import { carryKeys, type KeyedQuestion } from '../question-keys';

type Tx = Pick<Db, 'question'>;

const KEY_FIELDS = { id: true, key: true, type: true, stem: true, options: { select: { text: true, correct: true, match: true }, orderBy: { position: 'asc' } } } as const;

async function versionQuestions(tx: Tx, slug: string, version: number) {
  const rows = await tx.question.findMany({ where: { bank: { slug, version } }, orderBy: { position: 'asc' }, select: KEY_FIELDS });
  return rows.map((row) => ({ ...row, type: questionType(row.type) }));
}

/** The keyed questions of a bank's version, for the next version to carry keys from. */
export async function previousVersionKeys(tx: Tx, slug: string, version: number): Promise<KeyedQuestion[]> {
  return (await versionQuestions(tx, slug, version)).flatMap(({ key, ...question }) => (key ? [{ ...question, key }] : []));
}

/**
 * Gives every question stored before keys existed its key, by the same rule as
 * an import: each bank's versions in order, each carrying keys from the one
 * before. A slug at a time, under the lock its imports take, so nodes starting
 * together, or an import meanwhile, never give one question two keys.
 * Returns how many questions got a key.
 */
export async function backfillQuestionKeys(db: Db): Promise<number> {
  const slugs = await db.bank.findMany({ where: { questions: { some: { key: null } } }, distinct: ['slug'], select: { slug: true } });
  let filled = 0;
  for (const { slug } of slugs) {
    filled += await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${slug}))`;
      const versions = await tx.bank.findMany({ where: { slug }, orderBy: { version: 'asc' }, select: { version: true } });
      let previous: KeyedQuestion[] = [];
      let count = 0;
      for (const { version } of versions) {
        const questions = await versionQuestions(tx, slug, version);
        if (questions.some((q) => q.key === null)) {
          const keys = carryKeys(previous, questions, randomUUID);
          await tx.$executeRaw`UPDATE "Question" AS q SET "key" = v.key FROM unnest(${questions.map((q) => q.id)}::text[], ${keys}::text[]) AS v(id, key) WHERE q.id = v.id`;
          questions.forEach((q, i) => (q.key = keys[i]!));
          count += questions.length;
        }
        previous = questions.map(({ key, ...question }) => ({ ...question, key: key! }));
      }
      return count;
    });
  }
  return filled;
}

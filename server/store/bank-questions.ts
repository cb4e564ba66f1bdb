import type { BankQuestion } from '../game/plan';
import type { Db } from './db';

/** A bank's questions, in bank order, shaped for planning a game; null for an unknown bank. */
export async function loadBankQuestions(db: Db, bankId: string): Promise<BankQuestion[] | null> {
  const bank = await db.bank.findUnique({
    where: { id: bankId },
    include: {
      questions: {
        orderBy: { position: 'asc' },
        include: { options: { orderBy: { position: 'asc' } }, links: { orderBy: { position: 'asc' } } },
      },
    },
  });
  if (!bank) return null;
  return bank.questions.map((q) => ({
    id: q.id,
    section: q.section,
    stem: q.stem,
    select: q.select,
    options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct })),
    explanation: q.explanation,
    whyNot: q.whyNot,
    links: q.links.map((l) => ({ title: l.title, url: l.url })),
  }));
}

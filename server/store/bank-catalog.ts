import type { Db } from './db';

export interface BankSummary {
  id: string;
  title: string;
  version: number;
  /** shipped with Cramjam (content/), as opposed to uploaded */
  shipped: boolean;
  questionCount: number;
  sections: { name: string; count: number }[];
}

/** The newest version of every bank, shipped banks first, for the host's setup form. */
export async function listBankSummaries(db: Db): Promise<BankSummary[]> {
  const banks = await db.bank.findMany({
    distinct: ['slug'],
    orderBy: [{ slug: 'asc' }, { version: 'desc' }],
    include: { questions: { select: { section: true }, orderBy: { position: 'asc' } } },
  });
  return banks
    .map((bank) => {
      const counts = new Map<string, number>();
      for (const q of bank.questions) counts.set(q.section, (counts.get(q.section) ?? 0) + 1);
      return {
        id: bank.id,
        title: bank.title,
        version: bank.version,
        shipped: bank.sourceName.startsWith('content/'),
        questionCount: bank.questions.length,
        sections: [...counts].map(([name, count]) => ({ name, count })),
      };
    })
    .sort((a, b) => Number(b.shipped) - Number(a.shipped) || a.title.localeCompare(b.title));
}

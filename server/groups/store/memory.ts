import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/db';
import { remember, type MemoryCard, type Recall } from '../memory';
import { toCard, toRow } from './cards';

/** One answer a member gave, for their memory: a game's round or a practice question. */
export interface MemberRecall extends Recall {
  memberId: string;
  groupId: string;
  questionId: string;
  questionKey: string;
  section: string;
  source: 'game' | 'practice';
  /** a game's round: the same round is recorded once, however often it is sent */
  roundId: string | null;
  at: Date;
}

/**
 * Stores answers into their members' memory: each answer once (a round's
 * answer sent again is skipped), then each member's card for the question
 * moved on by FSRS, in the order the answers were given. One transaction, so
 * the answers and the cards never disagree. Returns how many were new.
 */
export async function recordRecalls(db: Db, recalls: readonly MemberRecall[]): Promise<number> {
  if (recalls.length === 0) return 0;
  const ordered = [...recalls].sort((a, b) => a.at.getTime() - b.at.getTime());
  return db.$transaction(async (tx) => {
    const fresh: MemberRecall[] = [];
    for (const recall of ordered) {
      const { count } = await tx.memberAnswer.createMany({
        data: [{
          id: randomUUID(), memberId: recall.memberId, groupId: recall.groupId, questionKey: recall.questionKey, questionId: recall.questionId,
          section: recall.section, correct: recall.correct, responseMs: recall.responseMs, source: recall.source, roundId: recall.roundId, at: recall.at,
        }],
        skipDuplicates: true,
      });
      if (count === 1) fresh.push(recall);
    }
    if (fresh.length === 0) return 0;
    const cards = new Map<string, MemoryCard>();
    const keyOf = (r: { memberId: string; questionKey: string }) => `${r.memberId}\u0000${r.questionKey}`;
    const stored = await tx.memberCard.findMany({
      where: { OR: fresh.map(({ memberId, questionKey }) => ({ memberId, questionKey })) },
    });
    for (const row of stored) cards.set(keyOf(row), toCard(row));
    for (const recall of fresh) cards.set(keyOf(recall), remember(cards.get(keyOf(recall)) ?? null, recall, recall.at));
    for (const recall of new Map(fresh.map((r) => [keyOf(r), r])).values()) {
      const row = toRow(cards.get(keyOf(recall))!);
      await tx.memberCard.upsert({
        where: { memberId_questionKey: { memberId: recall.memberId, questionKey: recall.questionKey } },
        create: { memberId: recall.memberId, questionKey: recall.questionKey, ...row },
        update: row,
      });
    }
    return fresh.length;
  });
}

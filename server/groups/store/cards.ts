import type { Db } from '../../store/db';
import type { MemoryCard } from '../memory';

/** A stored card row and ts-fsrs's card, field for field. */

export type CardRow = Awaited<ReturnType<Db['memberCard']['findMany']>>[number];

export const toCard = (row: CardRow): MemoryCard => ({
  due: row.due,
  stability: row.stability,
  difficulty: row.difficulty,
  elapsed_days: row.elapsedDays,
  scheduled_days: row.scheduledDays,
  learning_steps: row.learningSteps,
  reps: row.reps,
  lapses: row.lapses,
  state: row.state,
  last_review: row.lastReview ?? undefined,
});

export const toRow = (card: MemoryCard) => ({
  due: card.due,
  stability: card.stability,
  difficulty: card.difficulty,
  elapsedDays: card.elapsed_days,
  scheduledDays: card.scheduled_days,
  learningSteps: card.learning_steps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
  lastReview: card.last_review ?? null,
});

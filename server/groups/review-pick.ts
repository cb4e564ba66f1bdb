/**
 * The review game's questions: what the group most needs now. Pure, so the
 * rule is tested on its own; the store gathers its inputs.
 *
 * 1. Questions due for the most of the players (members in the lobby, or the whole group).
 * 2. Then the most missed by the group (misses / answers, at least one miss).
 * 3. Then, to fill the game, questions nobody here has answered yet, in bank order.
 * Never a question of the group's last game, unless the group still failed it
 * there (at least half its answers wrong). The chosen questions are then
 * interleaved across sections (one of each section in turn), which beats
 * blocks of one topic for learning (Rohrer et al. 2015).
 */

export interface PickCandidate {
  id: string;
  key: string;
  section: string;
}

export interface PickInput<Q extends PickCandidate = PickCandidate> {
  questions: readonly Q[];
  /** how many of the players have each question key due */
  dueCount: ReadonlyMap<string, number>;
  players: number;
  /** the group's answers per question key */
  answers: ReadonlyMap<string, { answers: number; misses: number }>;
  /** the keys of the group's last game, with its answers there */
  lastGame: ReadonlyMap<string, { answers: number; misses: number }>;
  count: number;
}

/** A picked question, with why it was picked, as the setup shows it. */
export type Pick<Q extends PickCandidate = PickCandidate> = Q & { reason: string };

const missRate = (stats: { answers: number; misses: number } | undefined) => (stats && stats.answers > 0 ? stats.misses / stats.answers : 0);

export function pickReviewQuestions<Q extends PickCandidate>({ questions, dueCount, players, answers, lastGame, count }: PickInput<Q>): Pick<Q>[] {
  const allowed = questions.filter((q) => !lastGame.has(q.key) || missRate(lastGame.get(q.key)) >= 0.5);
  const due = allowed
    .filter((q) => (dueCount.get(q.key) ?? 0) > 0)
    .sort((a, b) => dueCount.get(b.key)! - dueCount.get(a.key)! || missRate(answers.get(b.key)) - missRate(answers.get(a.key)))
    .map((q) => ({ ...q, reason: `due for ${dueCount.get(q.key)} of ${players}` }));
  const missed = allowed
    .filter((q) => !dueCount.get(q.key) && (answers.get(q.key)?.misses ?? 0) > 0)
    .sort((a, b) => missRate(answers.get(b.key)) - missRate(answers.get(a.key)))
    .map((q) => ({ ...q, reason: `missed by ${Math.round(100 * missRate(answers.get(q.key)))} %` }));
  const unseen = allowed.filter((q) => !dueCount.get(q.key) && !answers.has(q.key)).map((q) => ({ ...q, reason: 'not played yet' }));
  return interleave([...due, ...missed, ...unseen].slice(0, count));
}

/** One question of each section in turn, sections in the order they first come, each section's own order kept. */
function interleave<T extends { section: string }>(items: T[]): T[] {
  const bySection = new Map<string, T[]>();
  for (const item of items) (bySection.get(item.section) ?? bySection.set(item.section, []).get(item.section)!).push(item);
  const queues = [...bySection.values()];
  const out: T[] = [];
  while (out.length < items.length) for (const queue of queues) if (queue.length) out.push(queue.shift()!);
  return out;
}

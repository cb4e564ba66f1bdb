import type { Db } from '../../store/db';

/**
 * Sums over a group's cards and answers only change when one of its members
 * answers or the members change: each is kept per group under a stamp of
 * those (and whatever else it depends on), so a page view reads one indexed
 * row instead of every answer. Each node keeps its own; the stamp comes from
 * the database, so nodes never disagree for long.
 */
export class PerGroupCache<T> {
  private readonly entries = new Map<string, { stamp: string; value: Promise<T> }>();

  constructor(private readonly maxGroups = 200) {}

  get(groupId: string, stamp: string, load: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(groupId);
    if (cached?.stamp === stamp) return cached.value;
    const value = load();
    this.entries.delete(groupId);
    if (this.entries.size >= this.maxGroups) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(groupId, { stamp, value });
    value.catch(() => this.entries.delete(groupId));
    return value;
  }
}

/** What changes a group's sums: its latest answer and its members. */
export async function answersStamp(db: Db, groupId: string, memberIds: readonly string[]): Promise<string> {
  const latest = await db.memberAnswer.findFirst({ where: { groupId }, orderBy: { at: 'desc' }, select: { at: true, id: true } });
  return JSON.stringify([latest?.at ?? null, latest?.id ?? null, memberIds]);
}

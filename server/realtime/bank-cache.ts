import type { Db } from '../store/db';
import { getBankWithQuestions } from '../banks/store/banks';

type StoredBank = NonNullable<Awaited<ReturnType<typeof getBankWithQuestions>>>;

/** How many bank versions are kept: a few banks are played at once, each in many rooms. */
const MAX_BANKS = 32;

/**
 * A stored bank version never changes (an edited file becomes a new version),
 * so every room playing it shares one copy of its texts, which are most of an
 * idle room's memory, instead of reading its own from Postgres.
 */
export class BankCache {
  private readonly banks = new Map<string, Promise<StoredBank | null>>();

  get(db: Db, id: string): Promise<StoredBank | null> {
    const cached = this.banks.get(id);
    if (cached) {
      this.banks.delete(id); // most recently used last
      this.banks.set(id, cached);
      return cached;
    }
    const loading = getBankWithQuestions(db, id);
    this.banks.set(id, loading);
    // A missing bank or a failed read is not remembered: it may be there next time.
    loading.then(
      (bank) => void (bank ? undefined : this.banks.delete(id)),
      () => this.banks.delete(id),
    );
    if (this.banks.size > MAX_BANKS) this.banks.delete(this.banks.keys().next().value!);
    return loading;
  }
}

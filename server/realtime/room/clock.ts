/**
 * Every timer of one room, by name (Colyseus's `this.clock`): setting a name
 * again replaces its timer, so a room never holds two of one kind. Disposing
 * clears them all and sets no new one, so nothing of a dropped or stopping
 * room fires later.
 */
export class RoomClock<Name extends string> {
  private readonly timers = new Map<Name, NodeJS.Timeout>();
  private isDisposed = false;

  get disposed(): boolean {
    return this.isDisposed;
  }

  /** Runs `task` once in `ms`, in place of the timer of that name; nothing on a disposed clock. */
  set(name: Name, ms: number, task: () => void): void {
    this.clear(name);
    if (this.isDisposed) return;
    this.timers.set(
      name,
      setTimeout(() => {
        this.timers.delete(name);
        task();
      }, ms),
    );
  }

  has(name: Name): boolean {
    return this.timers.has(name);
  }

  clear(...names: Name[]): void {
    for (const name of names) {
      clearTimeout(this.timers.get(name));
      this.timers.delete(name);
    }
  }

  dispose(): void {
    this.isDisposed = true;
    this.clear(...this.timers.keys());
  }
}

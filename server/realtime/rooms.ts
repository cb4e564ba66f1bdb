import type { GameRoom } from './game-room';

/** How long an ended game stays in memory, so late reconnects still see the final screen. */
export const ENDED_GAME_KEPT_MS = 30 * 60_000;

/** The live games of this process, by id and by room code. */
export class Rooms {
  private readonly byId = new Map<string, GameRoom>();
  private readonly byCode = new Map<string, GameRoom>();

  add(room: GameRoom): void {
    this.byId.set(room.id, room);
    this.byCode.set(room.code, room);
    room.onEnded = () => setTimeout(() => this.remove(room), ENDED_GAME_KEPT_MS).unref();
  }

  get(id: string): GameRoom | undefined {
    return this.byId.get(id);
  }

  /** The live game with this code; an ended game frees its code. */
  withCode(code: string): GameRoom | undefined {
    const room = this.byCode.get(code);
    return room && room.state.phase !== 'ended' ? room : undefined;
  }

  codeInUse(code: string): boolean {
    return this.withCode(code) !== undefined;
  }

  remove(room: GameRoom): void {
    room.dispose();
    this.byId.delete(room.id);
    if (this.byCode.get(room.code) === room) this.byCode.delete(room.code);
  }

  /** For shutdown: stop the timers and let every queued write finish. */
  async settle(): Promise<void> {
    const rooms = this.all();
    for (const room of rooms) room.dispose();
    await Promise.all(rooms.map((room) => room.idle()));
  }

  all(): GameRoom[] {
    return [...this.byId.values()];
  }
}

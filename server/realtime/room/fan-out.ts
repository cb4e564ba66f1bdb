import type { GameEvent } from '../../game/types';
import type { GameRoom, GameServer, RoomTimer } from '../game-room';
import { playerRoom, sendToEachPlayer } from '../player-screens';
import { hostScreenName, questionScreen } from '../views';
import type { RoomClock } from './clock';

/** At most this often the host gets a whole new screen (a 2,000-player lobby is a big one). */
const HOST_SCREEN_INTERVAL_MS = 200;

/** What the fan-out reads of its room. */
type Room = Pick<GameRoom, 'state' | 'hostRoom' | 'playersRoom' | 'viewContext' | 'hostScreen' | 'playerScreen' | 'live'>;

/**
 * What a room tells its host and players, built from the views: after each
 * batch the host and each player at most once, whatever the batch held.
 */
export class FanOut {
  private hostScreenSentAt = -Infinity;
  private hostScreenKind = '';
  /** whether the last write of this game failed: the host is told when that changes */
  private savingFails = false;

  constructor(
    private readonly io: GameServer,
    private readonly clock: RoomClock<RoomTimer>,
    private readonly room: Room,
    /** how many sockets a player has open (presence.ts) */
    private readonly socketsOf: (playerId: string) => number,
  ) {}

  /** Tells everyone what a stored batch changed. */
  batch(events: GameEvent[]): void {
    const { io, room } = this;
    let host = false;
    let everyone = false;
    let counts: { index: number; answered: number; expected: number } | undefined;
    const answered: string[] = [];
    for (const event of events) {
      switch (event.type) {
        case 'playerJoined':
        case 'presenceChanged':
        case 'lockChanged':
          host = true;
          break;
        case 'playerKicked':
          io.to(playerRoom(event.playerId)).emit('player:screen', room.playerScreen(event.playerId)!);
          io.in(playerRoom(event.playerId)).socketsLeave(room.playersRoom);
          host = true;
          break;
        case 'roundOpened':
        case 'roundHeld': {
          const screen = questionScreen(room.state, room.viewContext());
          if (screen) io.to(room.playersRoom).emit('player:screen', screen);
          host = true;
          break;
        }
        case 'answerAccepted':
          counts = { index: event.index, answered: event.answered, expected: event.expected };
          answered.push(event.playerId);
          break;
        case 'roundClosed':
        case 'gameEnded':
          everyone = host = true;
          break;
      }
    }
    if (everyone) sendToEachPlayer(io, room.playersRoom, room.state, room.viewContext());
    // "Answer received" on the player's other tabs too; not when the round closed, which told everyone already,
    // nor to a player with one socket: the one that answered shows it from its ack (a write per phone saved).
    else for (const playerId of answered) if (this.socketsOf(playerId) > 1) io.to(playerRoom(playerId)).emit('player:screen', room.playerScreen(playerId)!);
    if (counts) io.to(room.hostRoom).emit('host:answered', counts);
    if (host) this.hostScreen();
  }

  /** Tells the host when saving starts or stops failing ("Saving is failing; retrying"). */
  saving(failing: boolean): void {
    if (failing === this.savingFails) return;
    this.savingFails = failing;
    this.io.to(this.room.hostRoom).emit('host:saving', { failing });
  }

  /**
   * The host's whole screen. A new phase or round goes out at once; changes
   * within one (players arriving, presence) at most every HOST_SCREEN_INTERVAL_MS
   * of real time, the last of them always. It is built only when it is sent.
   */
  private hostScreen(): void {
    if (!this.room.live()) return;
    const kind = `${hostScreenName(this.room.state)}:${this.room.state.index}`;
    const wait = this.hostScreenSentAt + HOST_SCREEN_INTERVAL_MS - performance.now();
    if (kind === this.hostScreenKind && wait > 0) {
      if (!this.clock.has('hostScreen')) this.clock.set('hostScreen', wait, () => this.hostScreen());
      return;
    }
    this.clock.clear('hostScreen');
    this.hostScreenSentAt = performance.now();
    this.hostScreenKind = kind;
    this.io.to(this.room.hostRoom).emit('host:screen', this.room.hostScreen());
  }
}

import { restoreGame } from '../game/restore';
import { endGame } from '../store/games';
import { LeaseLost } from '../store/leases';
import { loadUnfinishedGames, type UnfinishedGame } from '../store/live-games';
import { GameRoom, type RoomDeps, type RoomLease } from './game-room';
import type { Rooms } from './rooms';
import { CreateGame } from './schemas';

const StoredSettings = CreateGame.omit({ deviceId: true });

/** A game night is over by then: older unfinished games are ended, not taken back. */
const STALE_AFTER_MS = 12 * 60 * 60_000;

/**
 * At start, takes back the games a previous process was hosting: hosts and
 * phones resume them with the tokens they kept. A round that was open when the
 * process stopped is closed with the answers it had (its clock is gone), unless
 * it was still being read: that one reads on for the time it had left; a held
 * round is held again, for the host to reveal or vote on again. A game
 * that is stale or cannot be rebuilt is ended, keeping its report.
 */
export async function restoreRooms(deps: RoomDeps, rooms: Rooms): Promise<{ restored: number; ended: number }> {
  let restored = 0;
  let ended = 0;
  for (const game of await loadUnfinishedGames(deps.db)) {
    if (await restoreRoom(deps, rooms, game)) restored++;
    else ended++;
  }
  return { restored, ended };
}

/** Rebuilds one game (with several nodes: under the lease this node just took); false when it was ended instead. */
export async function restoreRoom(deps: RoomDeps, rooms: Rooms, game: UnfinishedGame, lease?: RoomLease): Promise<boolean> {
  try {
    if (Date.now() - game.createdAt.getTime() > STALE_AFTER_MS) throw new Error('stale: created over 12 hours ago');
    const settings = StoredSettings.parse(game.settings);
    const { state, close } = restoreGame({ ...game.stored, scoring: settings.scoring, askConfidence: settings.askConfidence, holdSplit: settings.holdSplit }, deps.clock());
    const room = new GameRoom(deps, game.id, game.code, game.hostTokenHash, settings, game.roundIds, state, game.players);
    room.lease = lease;
    rooms.add(room);
    if (close !== null) {
      const closed = await room.dispatch(close);
      if (!closed.ok) throw new Error(closed.error.message);
    } else room.resumeTimers();
    return true;
  } catch (error) {
    const room = rooms.get(game.id);
    if (room) rooms.remove(room);
    if (error instanceof LeaseLost) return false; // another node took it meanwhile: it is that node's to serve
    deps.log.warn({ err: error, gameId: game.id }, 'not taking back a game; ending it');
    await endGame(deps.db, game.id);
    return false;
  }
}

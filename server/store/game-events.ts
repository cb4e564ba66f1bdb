import type { GameEvent, GameState } from '../game/types';
import type { Db } from './db';
import * as games from './games';
import { checkFence, type Fence } from './leases';

/** What the store needs to know about a live game to write its events. */
export interface LiveGameKeys {
  gameId: string;
  /** round ids by round index */
  roundIds: string[];
  /** several nodes: this node's lease, checked first in the batch's transaction */
  fence?: Fence;
}

export interface Happened {
  event: GameEvent;
  /** the token hash of the player a join created */
  tokenHash?: string;
}

/**
 * Writes what one batch of commands made happen, in order, in ONE transaction:
 * either all of it is stored or none, so a failed write can never leave the
 * database ahead of the game in memory. A batch's answers go in one INSERT.
 */
export async function persistEvents(db: Db, game: LiveGameKeys, happened: Happened[], after: GameState): Promise<void> {
  if (!happened.some(({ event }) => event.type !== 'presenceChanged')) return; // presence is live-only
  await db.$transaction(async (tx) => {
    if (game.fence) await checkFence(tx, game.gameId, game.fence); // a stale owner rolls back here: LeaseLost
    // A batch's joins go in one INSERT, and its answers in another: a lobby filling fast costs a few statements, not one per player.
    let players: games.NewPlayer[] = [];
    let answers: games.AnswerRow[] = [];
    const saveRows = async () => {
      if (players.length > 0) await games.addPlayers(tx, players);
      if (answers.length > 0) await games.saveAnswers(tx, answers);
      players = [];
      answers = [];
    };
    for (const { event, tokenHash } of happened) {
      if (event.type === 'playerJoined') {
        players.push({ id: event.player.id, gameId: game.gameId, nickname: event.player.nickname, tokenHash: tokenHash!, joinOrder: event.position });
        continue;
      }
      if (event.type === 'answerAccepted') {
        if (players.length > 0) await saveRows(); // who answers was stored first
        const { optionIds, correct, responseMs, points } = event.answer;
        const options = after.questions[event.index]!.options;
        const stored = optionIds.map((id) => options.find((o) => o.id === id)!.sourceId); // the bank's ids, as reports read them
        answers.push({ roundId: game.roundIds[event.index]!, playerId: event.playerId, optionIds: stored, correct, responseMs, points });
        continue;
      }
      await saveRows(); // in order: a round closes after its answers are in
      switch (event.type) {
        case 'playerKicked':
          await games.kickPlayer(tx, event.playerId, event.droppedAnswerIn === null ? undefined : game.roundIds[event.droppedAnswerIn]);
          break;
        case 'lockChanged':
          await games.setLocked(tx, game.gameId, event.locked);
          break;
        case 'roundOpened':
          await games.openRound(tx, game.gameId, game.roundIds[event.index]!, event.index === 0);
          break;
        case 'roundClosed': {
          // Totals as the batch left them: a later round in the same batch only adds to them.
          const totals = after.joinOrder.map((id) => after.players[id]!).map(({ id, score, streak, correctCount }) => ({ id, score, streak, correctCount }));
          await games.closeRound(tx, game.gameId, game.roundIds[event.round.index]!, totals);
          break;
        }
        case 'gameEnded':
          await games.endGame(tx, game.gameId);
          break;
        case 'presenceChanged':
          break;
      }
    }
    await saveRows();
  });
}

import { playerOf } from '../game/engine';
import { storedIds } from '../game/question-types';
import type { GameEvent, GameState } from '../game/types';
import type { AnswerRow } from '../results/report';
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
  /** the hashed device that player joined from, if the phone sent one */
  deviceHash?: string;
  /** the study group member that player joined as */
  memberId?: string;
}

/** One step of a batch's write, and how many SQL statements it runs. */
interface Write {
  run: (tx: games.Tx) => Promise<unknown>;
  statements: number;
}

/**
 * Writes what one batch of commands made happen, in order, atomically: either
 * all of it is stored or none, so a failed write can never leave the database
 * ahead of the game in memory. A batch's joins go in one INSERT and its answers
 * in another. Several statements (or a lease to check first) run in one
 * transaction; a batch that is one statement, as a round's answers mostly are,
 * runs alone, which is atomic too and saves a transaction's round trips.
 */
export async function persistEvents(db: Db, game: LiveGameKeys, happened: Happened[], after: GameState): Promise<void> {
  const writes = plan(game, happened, after);
  if (writes.length === 0) return; // presence is live-only
  if (writes.length === 1 && writes[0]!.statements === 1 && !game.fence) {
    await writes[0]!.run(db);
    return;
  }
  await db.$transaction(async (tx) => {
    if (game.fence) await checkFence(tx, game.gameId, game.fence); // a stale owner rolls back here: LeaseLost
    for (const write of writes) await write.run(tx);
  });
}

/** The statements a batch needs, in the order its events happened. */
function plan(game: LiveGameKeys, happened: Happened[], after: GameState): Write[] {
  const writes: Write[] = [];
  const write = (statements: number, run: Write['run']) => writes.push({ run, statements });
  let players: games.NewPlayer[] = [];
  let answers: AnswerRow[] = [];
  const saveRows = () => {
    const [joined, answered] = [players, answers];
    if (joined.length > 0) write(1, (tx) => games.addPlayers(tx, joined));
    if (answered.length > 0) write(1, (tx) => games.saveAnswers(tx, answered));
    players = [];
    answers = [];
  };
  for (const { event, tokenHash, deviceHash, memberId } of happened) {
    if (event.type === 'playerJoined') {
      players.push({
        id: event.player.id, gameId: game.gameId, nickname: event.player.nickname, tokenHash: tokenHash!, deviceHash: deviceHash ?? null, memberId: memberId ?? null, joinOrder: event.position,
      });
      continue;
    }
    if (event.type === 'answerAccepted') {
      if (players.length > 0) saveRows(); // who answers was stored first
      const { optionIds, text, correct, confidence, responseMs, points } = event.answer;
      const stored = storedIds(after.questions[event.index]!, optionIds); // the bank's ids, as reports read them
      answers.push({ roundId: game.roundIds[event.index]!, playerId: event.playerId, attempt: event.attempt ?? 1, optionIds: stored, text, correct, confidence, responseMs, points });
      continue;
    }
    saveRows(); // in order: a round closes after its answers are in
    switch (event.type) {
      case 'playerKicked': {
        const openRound = event.droppedAnswerIn === null ? undefined : game.roundIds[event.droppedAnswerIn];
        write(2, (tx) => games.kickPlayer(tx, event.playerId, openRound));
        break;
      }
      case 'nicknameBanned':
        write(1, (tx) => games.addBan(tx, game.gameId, event.pattern));
        break;
      case 'lockChanged':
        write(1, (tx) => games.setLocked(tx, game.gameId, event.locked));
        break;
      case 'roundOpened':
        if (event.attempt === 2) write(1, (tx) => games.openRevote(tx, game.gameId, game.roundIds[event.index]!));
        else write(1, (tx) => games.openRound(tx, game.gameId, game.roundIds[event.index]!, event.index === 0));
        break;
      case 'roundHeld':
        write(1, (tx) => games.holdRound(tx, game.gameId, game.roundIds[event.index]!));
        break;
      case 'roundClosed': {
        // Totals as the batch left them: a later round in the same batch only adds to them.
        const totals = after.joinOrder.map((id) => playerOf(after, id)!).map(({ id, score, streak, correctCount }) => ({ id, score, streak, correctCount }));
        write(1, (tx) => games.closeRound(tx, game.gameId, game.roundIds[event.round.index]!, totals));
        break;
      }
      case 'gameEnded':
        write(1, (tx) => games.endGame(tx, game.gameId));
        break;
      case 'presenceChanged':
        break;
    }
  }
  saveRows();
  return writes;
}

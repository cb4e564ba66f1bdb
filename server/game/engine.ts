import { kindOf, tallyByArrival } from './question-types';
import { answerPoints, rankByScore } from './scoring';
import { finalAnswers, firstVote, isSplit } from './revote';
import { nicknameKey, nicknameProblem, normalizeNickname } from './nickname';
import { lookup, newBatch, noShards, shardsOf, valuesOf, withEntry, withoutEntry, type Batch } from './shards';
import type {
  AcceptedAnswer, AnswerInput, BatchCommand, BatchOutcome, ClosedRound, Command, GameError, GameErrorCode, GameEvent, GameQuestion, GameState, OpenRound, Outcome,
  PlayerRoundResult, PlayerState, Scoring, Verdict,
} from './types';

/**
 * The rules of a game as a pure reducer: (state, command, now) -> new state and
 * the events that happened. No I/O and no clock of its own: `now` is the
 * server's monotonic time in ms, so a whole game plays in a unit test.
 */

export { NICKNAME_MAX, nicknameKey, normalizeNickname } from './nickname';

/**
 * How long a player who drops mid-round without answering is still waited for:
 * a Wi-Fi blip that drops half the room must not close the round on the other
 * half's answers a second before the dropped phones are back.
 */
export const GRACE_MS = 5_000;

/**
 * The grace in a round where most of the room dropped (a room-wide blip: the
 * Wi-Fi went, not one player): long enough for phones to notice, reconnect and
 * resume. One phone leaving for good still holds the room GRACE_MS only.
 */
export const ROOM_BLIP_GRACE_MS = 15_000;

/** A blip is more than half the room away, and at least this many phones: two of three friends leaving is not one. */
export const BLIP_MIN_AWAY = 3;

/** "Kick all who joined in the last minute": the window the host's flood control looks back over. */
export const RECENT_JOIN_MS = 60_000;

/** A new game in its lobby. Certainty-based scoring needs each answer's confidence, so it always asks. */
export function newGame(questions: GameQuestion[], scoring: Scoring = 'speed', askConfidence = false, holdSplit = false): GameState {
  return { phase: 'lobby', scoring, askConfidence: askConfidence || scoring === 'certainty', holdSplit, locked: false, questions, players: noShards(), joinOrder: [], nicknames: noShards(), index: -1, round: null, lastRound: null, endedEarly: false };
}

/** Applies one command. The state it returns is new where the command changed it and is never changed afterwards. */
export function reduce(state: GameState, command: Command, now: number): Outcome {
  return apply(state, command, now, newBatch());
}

/**
 * Applies a run of commands in order, as reduce would one by one, and returns
 * the last state and what each command did. The states between the commands are
 * never handed out, so the records and lists an earlier command of the run
 * created may be updated in place by a later one (shards.ts Batch): a batch of
 * 500 answers copies each shard it touches once, not once per answer. The state
 * passed in is never changed, so a caller that drops the result (a write that
 * failed) still has it intact.
 */
export function reduceBatch(state: GameState, commands: readonly BatchCommand[]): BatchOutcome {
  const batch = newBatch();
  const verdicts: Verdict[] = [];
  for (const { command, now, when } of commands) {
    if (when && !when(state)) {
      verdicts.push({ ok: true, events: [] }); // the game moved on before this command's turn
      continue;
    }
    const outcome = apply(state, command, now, batch);
    if (outcome.ok) state = outcome.state;
    verdicts.push(outcome.ok ? { ok: true, events: outcome.events } : outcome);
  }
  return { state, verdicts };
}

function apply(state: GameState, command: Command, now: number, batch: Batch): Outcome {
  switch (command.type) {
    case 'join':
      return join(state, command.playerId, command.nickname, now, batch);
    case 'presence':
      return presence(state, command.playerId, command.connected, now, batch);
    case 'kick':
      return kick(state, command.playerId, batch);
    case 'kickRecent':
      return kickRecent(state, now, batch);
    case 'ban':
      return ban(state, command.pattern, batch);
    case 'lock':
      return ok({ ...state, locked: command.locked }, [{ type: 'lockChanged', locked: command.locked }]);
    case 'start':
      if (state.phase !== 'lobby') return fail('wrong_phase', 'The game has already started.');
      if (activePlayers(state).length === 0) return fail('no_players', 'Wait for at least one player to join.');
      return openRound(state, 0, now);
    case 'answer':
      return answer(state, command.playerId, command.index, { optionIds: command.optionIds, text: command.text, confidence: command.confidence }, now, batch);
    case 'timeUp':
      // The round (or this vote of it) already closed.
      if (state.phase !== 'question' || state.round?.index !== command.index || state.round.attempt !== command.attempt) return ok(state, []);
      return closeRound(state, [], 'time');
    case 'revote':
      return revote(state, command.index, now);
    case 'graceOver':
      return graceOver(state, command.index, now);
    case 'next':
      return next(state, now);
    case 'end':
      return end(state);
  }
}

/** The player with this id, kicked or not. */
export function playerOf(state: GameState, playerId: string): PlayerState | undefined {
  return lookup(state.players, playerId);
}

/** This player's answer in the open round, if any. */
export function answerOf(round: OpenRound, playerId: string): AcceptedAnswer | undefined {
  return lookup(round.answers, playerId);
}

/** Players who count: not kicked. */
export function activePlayers(state: GameState): PlayerState[] {
  return state.joinOrder.map((id) => playerOf(state, id)!).filter((p) => !p.kicked);
}

function join(state: GameState, playerId: string, rawNickname: string, now: number, batch: Batch): Outcome {
  if (state.phase === 'ended') return fail('game_over', 'This game has ended.');
  if (state.locked) return fail('room_locked', 'The host has locked this room.');
  const problem = nicknameProblem(rawNickname);
  if (problem) return fail('invalid_choice', problem);
  const nickname = normalizeNickname(rawNickname);
  const key = nicknameKey(nickname);
  if (state.bans?.some((banned) => key.includes(banned))) return fail('banned', 'The host does not allow this nickname: pick another.');
  if (lookup(state.nicknames, key) !== undefined) {
    return fail('nickname_taken', `"${nickname}" is taken in this room: pick another nickname.`);
  }
  if (playerOf(state, playerId)) return fail('invalid_choice', 'This player has joined already.');
  const player: PlayerState = {
    id: playerId, nickname, score: 0, streak: 0, correctCount: 0, connected: true, kicked: false, rank: null, previousRank: null, joinedAt: now,
  };
  const next = {
    ...state,
    players: withEntry(state.players, playerId, player, batch),
    joinOrder: append(state.joinOrder, playerId, batch),
    nicknames: withEntry(state.nicknames, key, playerId, batch),
  };
  return ok(adjustExpected(countPresent(next, 1), playerId, 1), [{ type: 'playerJoined', player, position: next.joinOrder.length - 1 }]);
}

function presence(state: GameState, playerId: string, connected: boolean, now: number, batch: Batch): Outcome {
  const player = playerOf(state, playerId);
  if (!player) return fail('unknown_player', 'No such player in this game.');
  if (player.kicked) return fail('kicked', 'The host removed you from this game.');
  if (player.connected === connected) return ok(state, []);
  const withPresence = countPresent(withPlayer(state, { ...player, connected }, batch), connected ? 1 : -1);
  const round = withPresence.round;
  if (withPresence.phase === 'question' && round && !answerOf(round, playerId)) {
    const graceUntil = round.graceUntil ?? {};
    if (!connected) {
      // Dropped mid-round: still expected for a while, so a blip closes nothing.
      const expectedUntil = now + (round.blip ? ROOM_BLIP_GRACE_MS : GRACE_MS);
      const next = { ...withPresence, round: { ...round, graceUntil: { ...graceUntil, [playerId]: expectedUntil } } };
      return ok(next, [{ type: 'presenceChanged', playerId, connected, expectedUntil }]);
    }
    if (graceUntil[playerId] !== undefined) {
      // Back within the grace: was expected all along.
      const { [playerId]: _back, ...rest } = graceUntil;
      return ok({ ...withPresence, round: { ...round, graceUntil: rest } }, [{ type: 'presenceChanged', playerId, connected }]);
    }
  }
  // Someone who already answered stays expected: their answer still counts.
  const next = adjustExpected(withPresence, playerId, connected ? 1 : -1);
  return closeIfAllAnswered(next, [{ type: 'presenceChanged', playerId, connected }]);
}

/** Players whose grace has run out by `now` stop being expected; the round may then be complete. */
function graceOver(state: GameState, index: number, now: number): Outcome {
  const round = state.round;
  if (state.phase !== 'question' || !round || round.index !== index || !round.graceUntil) return ok(state, []);
  const graceUntil: Record<string, number> = {};
  let over = 0;
  for (const [playerId, until] of Object.entries(round.graceUntil)) {
    if (answerOf(round, playerId)) continue; // answered after all: counted as an answer
    if (until <= now) over += 1;
    else graceUntil[playerId] = until;
  }
  if (over === 0) return ok(state, []);
  return closeIfAllAnswered({ ...state, round: { ...round, graceUntil, expected: round.expected - over } }, []);
}

/**
 * Counts a player connecting (+1) or leaving (-1) the open round. When most of
 * the room is away at once, the round is a blip from then on: those already
 * waited for get ROOM_BLIP_GRACE_MS from when they dropped, and so does every
 * later drop in it. O(1), except once per round at that moment.
 */
function countPresent(state: GameState, delta: 1 | -1): GameState {
  const round = state.round;
  if (state.phase !== 'question' || !round) return state;
  const present = round.present + delta;
  const peak = Math.max(round.peak, present);
  const away = peak - present;
  if (round.blip || away < BLIP_MIN_AWAY || away * 2 <= peak) return { ...state, round: { ...round, present, peak } };
  const longer = ROOM_BLIP_GRACE_MS - GRACE_MS;
  const graceUntil = Object.fromEntries(Object.entries(round.graceUntil ?? {}).map(([id, until]) => [id, until + longer]));
  return { ...state, round: { ...round, present, peak, blip: true, graceUntil } };
}

/** Whether this player dropped mid-round and is still waited for. */
function inGrace(state: GameState, playerId: string): boolean {
  return state.round?.graceUntil?.[playerId] !== undefined;
}

function kick(state: GameState, playerId: string, batch: Batch): Outcome {
  const player = playerOf(state, playerId);
  if (!player) return fail('unknown_player', 'No such player in this game.');
  if (player.kicked) return ok(state, []);
  let next = withPlayer(state, { ...player, kicked: true, connected: false }, batch);
  // A kicked player leaves the room: neither present nor part of its size any more.
  if (player.connected && next.phase === 'question' && next.round) next = { ...next, round: { ...next.round, present: next.round.present - 1, peak: next.round.peak - 1 } };
  const round = next.round;
  const dropped = round && answerOf(round, playerId) ? round : null;
  // In a second vote, the first vote's answer goes too: none of theirs counts any more.
  const firstGiven = round?.first && lookup(round.first, playerId) ? round.first : null;
  if (round && firstGiven) next = { ...next, round: { ...round, first: withoutEntry(firstGiven, playerId, batch) } };
  if (dropped) {
    // A kicked player's answer no longer counts toward closing the round.
    const answers = withoutEntry(dropped.answers, playerId, batch);
    next = { ...next, round: { ...next.round!, answers, answered: dropped.answered - 1, expected: dropped.expected - 1 } };
  } else if (player.connected || inGrace(state, playerId)) {
    next = adjustExpected(next, playerId, -1);
    if (inGrace(state, playerId)) {
      const { [playerId]: _gone, ...graceUntil } = next.round!.graceUntil!;
      next = { ...next, round: { ...next.round!, graceUntil } };
    }
  }
  return closeIfAllAnswered(next, [{ type: 'playerKicked', playerId, droppedAnswerIn: (dropped ?? (firstGiven && round))?.index ?? null }]);
}

/** Kicks every player who joined within RECENT_JOIN_MS of `now`, newest first (join order is time order). */
function kickRecent(state: GameState, now: number, batch: Batch): Outcome {
  let next = state;
  const events: GameEvent[] = [];
  for (let i = state.joinOrder.length - 1; i >= 0; i--) {
    const player = playerOf(state, state.joinOrder[i]!)!;
    if (player.joinedAt === undefined || now - player.joinedAt > RECENT_JOIN_MS) break;
    const kicked = kick(next, player.id, batch);
    if (!kicked.ok) continue;
    next = kicked.state;
    events.push(...kicked.events);
  }
  return ok(next, events);
}

/** Kicks every active player whose nickname contains the pattern, and refuses such nicknames from now on. */
function ban(state: GameState, pattern: string, batch: Batch): Outcome {
  const banned = nicknameKey(pattern).trim();
  if (banned.length < 2) return fail('invalid_choice', 'A ban pattern is at least 2 characters.');
  const known = state.bans?.includes(banned) ?? false;
  let next: GameState = known ? state : { ...state, bans: [...(state.bans ?? []), banned] };
  const events: GameEvent[] = known ? [] : [{ type: 'nicknameBanned', pattern: banned }];
  for (const player of activePlayers(state)) {
    if (!nicknameKey(player.nickname).includes(banned)) continue;
    const kicked = kick(next, player.id, batch);
    if (!kicked.ok) continue;
    next = kicked.state;
    events.push(...kicked.events);
  }
  return ok(next, events);
}

function answer(state: GameState, playerId: string, index: number, input: AnswerInput, now: number, batch: Batch): Outcome {
  const player = playerOf(state, playerId);
  if (!player) return fail('unknown_player', 'No such player in this game.');
  if (player.kicked) return fail('kicked', 'The host removed you from this game.');
  const round = state.round;
  if (state.phase !== 'question' || !round) return fail('round_closed', 'This round is closed.');
  if (index !== round.index) return fail('wrong_question', 'That answer is for another question.');
  if (answerOf(round, playerId)) return fail('already_answered', 'Your answer is already in.');
  if (now < round.optionsAt) return fail('still_reading', 'The answers are not open yet: read the question until its bar runs out.');
  if (now > round.deadline) return fail('too_late', "Time's up: the answer arrived after the deadline.");
  const question = state.questions[index]!;
  const kind = kindOf(question.type);
  const given = kind.accept(question, input);
  if ('error' in given) return fail('invalid_choice', given.error);
  const responseMs = now - round.optionsAt; // speed counts from when the options appeared, not from the question
  const correct = kind.isCorrect(question, given);
  // A game that does not ask keeps no confidence; one that asks takes an answer sent without it as a guess (the phone's preset).
  const confidence = state.askConfidence ? (input.confidence ?? 'guessing') : null;
  // A second vote has no speed part: scored as an answer at the buzzer (revote.ts).
  const scoredMs = round.attempt === 2 ? question.timeLimitMs : responseMs;
  const { points, bonus } = answerPoints(state.scoring, { correct, confidence, responseMs: scoredMs }, question.timeLimitMs, player.streak + 1);
  const accepted: AcceptedAnswer = { optionIds: given.optionIds, text: given.text, responseMs, correct, confidence, points, bonus };
  const answers = withEntry(round.answers, playerId, accepted, batch);
  const counted = { ...round, answers, answered: round.answered + 1, expected: round.expected + (player.connected || inGrace(state, playerId) ? 0 : 1) };
  const event: GameEvent = {
    type: 'answerAccepted', playerId, index, answer: accepted, answered: counted.answered, expected: counted.expected, ...(round.attempt ? { attempt: round.attempt } : {}),
  };
  return closeIfAllAnswered({ ...state, round: counted }, [event]);
}

function next(state: GameState, now: number): Outcome {
  if (state.phase === 'question') return closeRound(state, [], 'host'); // the host skips the rest of the countdown
  if (state.phase === 'held') return closeRound(state, [], state.round!.heldBy ?? 'host', false); // "Reveal": the first vote stands
  if (state.phase !== 'reveal') return fail('wrong_phase', state.phase === 'lobby' ? 'Start the game first.' : 'This game has ended.');
  if (state.index + 1 >= state.questions.length) return ok({ ...state, phase: 'ended' }, [{ type: 'gameEnded', endedEarly: false }]);
  return openRound(state, state.index + 1, now);
}

/**
 * Ends the game now; a round in progress is scored with the answers it has. It
 * ended early when a planned question was never asked (as the report counts it).
 */
function end(state: GameState): Outcome {
  if (state.phase === 'ended') return ok(state, []);
  const everyQuestionAsked = state.phase !== 'lobby' && state.index + 1 >= state.questions.length;
  const closed = state.phase === 'question' || state.phase === 'held' ? closeRound(state, [], state.round?.heldBy ?? 'host', false) : ok(state, []);
  if (!closed.ok) return closed;
  const endedEarly = !everyQuestionAsked;
  return ok({ ...closed.state, phase: 'ended', endedEarly }, [...closed.events, { type: 'gameEnded', endedEarly }]);
}

function openRound(state: GameState, index: number, now: number): Outcome {
  const question = state.questions[index];
  if (!question) return fail('wrong_phase', 'There are no more questions.');
  const expected = activePlayers(state).filter((p) => p.connected).length;
  const optionsAt = now + question.readMs;
  const round = { index, openedAt: now, optionsAt, deadline: optionsAt + question.timeLimitMs, answers: noShards<AcceptedAnswer>(), answered: 0, expected, present: expected, peak: expected };
  return ok({ ...state, phase: 'question', index, round }, [{ type: 'roundOpened', index, openedAt: now, optionsAt, deadline: round.deadline }]);
}

/**
 * "Discuss and vote again" on a held round: a second answer window on the same
 * question and option order, at once (it was read already), for its whole time
 * limit. Every player present may vote again; the first vote's answers are kept.
 */
function revote(state: GameState, index: number, now: number): Outcome {
  const held = state.round;
  if (state.phase === 'question' && held?.index === index && held.attempt === 2) return ok(state, []); // pressed again (a retry, a second tab): it is open
  if (state.phase !== 'held' || !held || held.index !== index) return fail('wrong_phase', 'Only a held round can be voted on again.');
  const question = state.questions[index]!;
  const expected = activePlayers(state).filter((p) => p.connected).length;
  const round: OpenRound = {
    index, openedAt: now, optionsAt: now, deadline: now + question.timeLimitMs, answers: noShards<AcceptedAnswer>(), answered: 0, expected, present: expected, peak: expected,
    attempt: 2, first: held.answers,
  };
  return ok({ ...state, phase: 'question', round }, [{ type: 'roundOpened', index, openedAt: now, optionsAt: now, deadline: round.deadline, attempt: 2 }]);
}

/**
 * The round ends early once every player it waits for has answered: those
 * connected, and those who dropped and are still in their grace. With nobody's
 * answer in (everyone dropped at once) it waits for the timer instead.
 */
function closeIfAllAnswered(state: GameState, events: GameEvent[]): Outcome {
  const round = state.round;
  if (state.phase !== 'question' || !round || round.answered < round.expected || round.answered === 0) return ok(state, events);
  return closeRound(state, events, 'allAnswered');
}

/** A player who has not answered joins or leaves the set the round waits for. */
function adjustExpected(state: GameState, playerId: string, delta: 1 | -1): GameState {
  const round = state.round;
  if (state.phase !== 'question' || !round || answerOf(round, playerId)) return state;
  return { ...state, round: { ...round, expected: round.expected + delta } };
}

/**
 * Scores the round and reveals it; or, when it may (not on "End game" nor on a
 * held round's "Reveal") and its first vote split a room that holds splits,
 * holds it for the host (revote.ts). A second vote's answers replace the first's.
 */
function closeRound(state: GameState, events: GameEvent[], reason: ClosedRound['reason'], mayHold = true): Outcome {
  const round = state.round!;
  if (mayHold && state.holdSplit && round.attempt !== 2 && isSplit(round.answered, countCorrect(round.answers))) {
    return ok({ ...state, phase: 'held', round: { ...round, heldBy: reason } }, [...events, { type: 'roundHeld', index: round.index }]);
  }
  const question = state.questions[round.index]!;
  const final = finalAnswers(round);
  const players = new Map<string, PlayerState>();
  for (const id of state.joinOrder) {
    const p = playerOf(state, id)!;
    const a = lookup(final, id);
    // A wrong answer's points are 0, or below under certainty scoring.
    players.set(id, a?.correct
      ? { ...p, score: p.score + a.points, streak: p.streak + 1, correctCount: p.correctCount + 1 }
      : { ...p, score: p.score + (a?.points ?? 0), streak: 0 });
  }
  const ranks = rankByScore(state.joinOrder.map((id) => players.get(id)!).filter((p) => !p.kicked));
  const results: Record<string, PlayerRoundResult> = {};
  for (const id of state.joinOrder) {
    const p = players.get(id)!;
    const rank = ranks.get(id) ?? state.joinOrder.length;
    players.set(id, { ...p, previousRank: p.rank, rank });
    results[id] = { playerId: id, answer: lookup(final, id) ?? null, streak: p.streak, score: p.score, rank, previousRank: p.rank };
  }
  const given = valuesOf(final);
  const distribution = tallyByArrival(question, given);
  const vote = firstVote(question, round);
  const closed: ClosedRound = {
    index: round.index, reason, distribution, answered: given.length, correctCount: given.filter((a) => a.correct).length, results, ...(vote ? { firstVote: vote } : {}),
  };
  return ok({ ...state, phase: 'reveal', players: shardsOf(players), round: null, lastRound: closed }, [...events, { type: 'roundClosed', round: closed }]);
}

function countCorrect(answers: OpenRound['answers']): number {
  let count = 0;
  for (const a of valuesOf(answers)) if (a.correct) count++;
  return count;
}

function withPlayer(state: GameState, player: PlayerState, batch: Batch): GameState {
  return { ...state, players: withEntry(state.players, player.id, player, batch) };
}

function append<T>(list: T[], value: T, batch: Batch): T[] {
  if (batch.has(list)) {
    list.push(value);
    return list;
  }
  const copy = [...list, value];
  batch.add(copy);
  return copy;
}

function ok(state: GameState, events: GameEvent[]): Outcome {
  return { ok: true, state, events };
}

function fail(code: GameErrorCode, message: string): Outcome {
  const error: GameError = { code, message };
  return { ok: false, error };
}

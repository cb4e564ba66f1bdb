import type { Shards } from './shards';

/**
 * A game's state is plain, serializable data: no sockets, timers or class
 * instances, so it can be persisted, restored and tested in memory.
 * Times are milliseconds on the server's monotonic clock.
 */

/** 'held': a round closed with the room split, its reveal held until the host reveals it or opens a second vote (revote.ts) */
export type Phase = 'lobby' | 'question' | 'held' | 'reveal' | 'ended';

/** Each type's rules live in its own module under server/game/types/, found through question-types.ts. */
export type QuestionType = 'choice' | 'truefalse' | 'ordering' | 'matching' | 'typed';
export const QUESTION_TYPES: readonly QuestionType[] = ['choice', 'truefalse', 'ordering', 'matching', 'typed'];

/**
 * 'speed': Kahoot's formula; 'accuracy': 1000 per correct answer, no speed part (streaks count in both);
 * 'certainty': certainty-based marking by the player's confidence (scoring.ts CERTAINTY_POINTS), which may go negative.
 */
export type Scoring = 'speed' | 'accuracy' | 'certainty';
export const SCORINGS: readonly Scoring[] = ['speed', 'accuracy', 'certainty'];

/** How sure a player said they were of an answer, in games that ask (GameState.askConfidence). */
export type Confidence = 'sure' | 'unsure' | 'guessing';
export const CONFIDENCES: readonly Confidence[] = ['sure', 'unsure', 'guessing'];

export interface GameOption {
  /** what clients call it in this game (see plan.ts optionIdAt) */
  id: string;
  /** the bank's option id, as stored */
  sourceId: string;
  text: string;
  correct: boolean;
  /** the bank's order of the options: the right order of an ordering question */
  position: number;
  /** matching: the answer this prompt pairs with; null for other types */
  match: string | null;
  /** the bank's note on this option ("why not", for a wrong one); server only: a phone gets the note of a wrong option it picked, once the round closed (why-not.ts) */
  note: string | null;
}

/** A scenario shared by several questions in a row. */
export interface CaseStudy {
  title: string;
  /** markdown */
  scenario: string;
}

export interface GameLink {
  title: string;
  url: string;
}

/** A question as this game plays it: options already in display order. */
export interface GameQuestion {
  id: string;
  type: QuestionType;
  section: string;
  caseStudy: CaseStudy | null;
  stem: string;
  select: number;
  /** choice: the options; ordering: the items; matching: the prompts; typed: the accepted answers (never shown before the reveal) */
  options: GameOption[];
  explanation: string;
  whyNot: string[];
  links: GameLink[];
  timeLimitMs: number;
  /** the question alone for this long before its options and the answer clock (reading.ts); 0: options at once */
  readMs: number;
}

export interface PlayerState {
  id: string;
  nickname: string;
  score: number;
  streak: number;
  correctCount: number;
  connected: boolean;
  kicked: boolean;
  /** rank after the last closed round; null before the first */
  rank: number | null;
  previousRank: number | null;
  /** when they joined, on the server's clock; absent for players restored after a restart */
  joinedAt?: number;
}

/** What a player sends: ids (choice, ordering, matching) or text (typed); each type reads its own part. */
export interface AnswerInput {
  optionIds: string[];
  text?: string;
  /** read only when the game asks for it */
  confidence?: Confidence;
}

export interface AcceptedAnswer {
  /** choice: the picked set; ordering: the items in the player's order; matching: a match id per prompt, in prompt order */
  optionIds: string[];
  /** typed: what the player wrote; null for other types */
  text: string | null;
  responseMs: number;
  correct: boolean;
  /** what the player said of it when the game asks (GameState.askConfidence); null when it does not */
  confidence: Confidence | null;
  /** what it adds to the score, streak bonus included, fixed when the answer is accepted: 0 when wrong, but negative for a wrong one under certainty scoring */
  points: number;
  bonus: number;
}

export interface OpenRound {
  index: number;
  /** when the question was shown */
  openedAt: number;
  /** when its options appear and the answer clock starts: openedAt plus the question's readMs. Answers before it are refused; response times count from it */
  optionsAt: number;
  /** optionsAt plus the time limit */
  deadline: number;
  /** by player id (read with engine.ts answerOf) */
  answers: Shards<AcceptedAnswer>;
  /** kept up to date on every change so an answer costs O(1), not O(players) */
  answered: number;
  /** connected, not-kicked players plus those who answered and then dropped, plus those in graceUntil */
  expected: number;
  /** players who dropped mid-round without answering, still expected until this time (a network blip; see GRACE_MS) */
  graceUntil?: Record<string, number>;
  /** connected, not-kicked players now: counted on every change, never by a scan */
  present: number;
  /** the most players connected at once during this round: the room's size, against which a blip is measured */
  peak: number;
  /** most of the room dropped during this round (a room-wide blip): every grace in it is ROOM_BLIP_GRACE_MS */
  blip?: true;
  /** 2: the second answer window of "Discuss and vote again" (revote.ts); absent on the first */
  attempt?: 2;
  /** in a second vote: the first vote's answers, by player id; `answers` holds the second's */
  first?: Shards<AcceptedAnswer>;
  /** in the held phase: what closed the first vote, for the reveal that follows */
  heldBy?: ClosedRound['reason'];
}

export interface PlayerRoundResult {
  playerId: string;
  answer: AcceptedAnswer | null;
  streak: number;
  score: number;
  rank: number;
  previousRank: number | null;
}

export interface ClosedRound {
  index: number;
  /** what closed it: the clock, the last expected answer, or the host (Next or End game) */
  reason: 'time' | 'allAnswered' | 'host';
  /** what the question's type counts (see its module's tally) */
  distribution: Record<string, number>;
  answered: number;
  correctCount: number;
  results: Record<string, PlayerRoundResult>;
  /** a round voted on twice: how the first vote fell (the rest of this record is the final answers: a player's second, else their first) */
  firstVote?: FirstVote;
}

/** The first vote of a round voted on twice; `distribution` as ClosedRound's. */
export interface FirstVote {
  distribution: Record<string, number>;
  answered: number;
  correctCount: number;
  /** players whose first answer was wrong or missing and whose second is right */
  changedToRight: number;
}

export interface GameState {
  phase: Phase;
  scoring: Scoring;
  /** phones ask Sure / Unsure / Guessing with every answer; always under certainty scoring */
  askConfidence: boolean;
  /** a round whose first vote splits the room waits for the host (revote.ts); absent: false */
  holdSplit?: boolean;
  locked: boolean;
  questions: GameQuestion[];
  /** by id, kicked players included (read with engine.ts playerOf) */
  players: Shards<PlayerState>;
  /** player ids in join order: the tie-break for equal scores */
  joinOrder: string[];
  /** nicknameKey -> player id, kicked players included: a nickname stays taken */
  nicknames: Shards<string>;
  /** index of the current or last round; -1 in the lobby */
  index: number;
  round: OpenRound | null;
  lastRound: ClosedRound | null;
  endedEarly: boolean;
  /** nicknameKeys of the host's ban patterns: a nickname containing one may not join */
  bans?: string[];
}

export type Command =
  | { type: 'join'; playerId: string; nickname: string }
  | { type: 'presence'; playerId: string; connected: boolean }
  | { type: 'kick'; playerId: string }
  /** kicks everyone who joined in the last RECENT_JOIN_MS: a flood of joins undone in one press */
  | { type: 'kickRecent' }
  /** kicks every player whose nickname contains `pattern` (as nicknames compare) and refuses such nicknames from now on */
  | { type: 'ban'; pattern: string }
  | { type: 'lock'; locked: boolean }
  | { type: 'start' }
  | { type: 'answer'; playerId: string; index: number; optionIds: string[]; text?: string; confidence?: Confidence }
  /** `attempt` 2: the deadline of a second vote (revote.ts), so a first vote's late timer closes nothing */
  | { type: 'timeUp'; index: number; attempt?: 2 }
  /** the host, on a held round: open its second answer window ("Discuss and vote again") */
  | { type: 'revote'; index: number }
  /** the grace of players who dropped mid-round (round `index`) may have run out: those still away stop being expected */
  | { type: 'graceOver'; index: number }
  | { type: 'next' }
  | { type: 'end' };

export type GameEvent =
  /** `position`: 0 for the first player to join, then 1, 2… */
  | { type: 'playerJoined'; player: PlayerState; position: number }
  /** `expectedUntil`: a player who dropped mid-round is still expected until then */
  | { type: 'presenceChanged'; playerId: string; connected: boolean; expectedUntil?: number }
  /** `droppedAnswerIn`: the open round whose answer by this player no longer counts */
  | { type: 'playerKicked'; playerId: string; droppedAnswerIn: number | null }
  | { type: 'lockChanged'; locked: boolean }
  /** `pattern`: a new ban, as a nicknameKey (state.bans); the players it kicks follow as playerKicked */
  | { type: 'nicknameBanned'; pattern: string }
  /** `attempt` 2: a held round's second vote opened */
  | { type: 'roundOpened'; index: number; openedAt: number; optionsAt: number; deadline: number; attempt?: 2 }
  | { type: 'answerAccepted'; playerId: string; index: number; answer: AcceptedAnswer; answered: number; expected: number; attempt?: 2 }
  /** the round closed with the room split: its reveal waits for the host */
  | { type: 'roundHeld'; index: number }
  | { type: 'roundClosed'; round: ClosedRound }
  | { type: 'gameEnded'; endedEarly: boolean };

export type GameErrorCode =
  | 'nickname_taken'
  | 'room_locked'
  | 'game_over'
  | 'unknown_player'
  | 'kicked'
  | 'wrong_phase'
  | 'no_players'
  | 'round_closed'
  | 'wrong_question'
  | 'too_late'
  | 'still_reading'
  | 'already_answered'
  | 'invalid_choice'
  | 'banned';

export interface GameError {
  code: GameErrorCode;
  message: string;
}

export type Outcome = { ok: true; state: GameState; events: GameEvent[] } | { ok: false; error: GameError };

/**
 * What one command of a batch did (engine.ts reduceBatch). It holds no state:
 * a later command of the same batch may update in place what this one created.
 */
export type Verdict = { ok: true; events: GameEvent[] } | { ok: false; error: GameError };

/** One command of a batch, at its own time; with `when`, it runs only if the game is still where its sender saw it, else it does nothing. */
export interface BatchCommand {
  command: Command;
  now: number;
  when?: (state: GameState) => boolean;
}

export interface BatchOutcome {
  /** the state after the whole batch */
  state: GameState;
  /** one per command, in order */
  verdicts: Verdict[];
}

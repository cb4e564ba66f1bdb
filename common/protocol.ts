import type { Confidence, QuestionType, Scoring } from '../server/game/types';
import type { OptionNote } from '../server/game/why-not';

export type { Confidence, OptionNote, QuestionType, Scoring };

/**
 * Typed Socket.IO events and payloads, imported by the server and the browser.
 * The server sends each client a whole "screen" (what to show now) and replays
 * it on every (re)connect, so a client never has to reconstruct state.
 */

export interface OptionView {
  id: string;
  text: string;
}

export interface LinkView {
  title: string;
  url: string;
}

export interface CaseStudyView {
  title: string;
  /** markdown */
  scenario: string;
}

export interface RoundView {
  index: number;
  total: number;
  type: QuestionType;
  section: string;
  /** the scenario this question shares with its neighbours; null when the host chose not to show questions on phones */
  caseStudy: CaseStudyView | null;
  /** null when the host chose not to show questions on phones */
  stem: string | null;
  select: number;
  /** choice and true/false: the options; ordering: the items (shuffled); matching: the prompts; typed: none */
  options: OptionView[];
  /** matching: the answers to pair with the prompts (m0, m1… in alphabetical order); other types: none */
  matches: OptionView[];
  timeLimitMs: number;
  /** the phone asks Sure / Unsure / Guessing with the answer */
  askConfidence: boolean;
  /** answer time left when the screen was sent (all of it while the question is read); clients count down from their own receipt time once the options are shown */
  remainingMs: number;
  /** "Time to read first": how long the question is shown alone before its options; 0 when the host turned it off */
  readMs: number;
  /**
   * reading time left when the screen was sent: the options are sent with the question (they are no secret; correct
   * marks are), and shown this long after receipt, so the room gets one broadcast per question. The server refuses
   * answers until then, and a phone's receipt is never before the server's send, so its options never open early.
   */
  readRemainingMs: number;
  /** 1; 2 in the second answer window of "Discuss and vote again" (same question, same option order, no reading time) */
  attempt: 1 | 2;
}

export interface RevealView {
  /** the right answer: choice the correct set; ordering the items in order; matching a match id per prompt, in prompt order */
  correctOptionIds: string[];
  /** typed: the accepted answers */
  accepted: string[];
  /**
   * choice: picks per option id; ordering: per item, players who put it in its right place;
   * matching: per prompt, players who matched it right; typed: the most common wrong answers
   * (empty when the host hides typed answers)
   */
  /** what closed the round, so a phone with no answer can say "Round ended by the host" rather than "Time's up" */
  closedBy: 'time' | 'allAnswered' | 'host';
  distribution: Record<string, number>;
  answered: number;
  correctCount: number;
  explanation: string;
  whyNot: string[];
  links: LinkView[];
  /** the first vote of a round the room voted on twice ("Discuss and vote again"); null when it voted once */
  firstVote: FirstVoteView | null;
}

/** How the first vote fell in a round voted on twice; `distribution` counts as RevealView's does. */
export interface FirstVoteView {
  distribution: Record<string, number>;
  answered: number;
  correctCount: number;
  /** players whose first answer was wrong (or missing) and whose second is right */
  changedToRight: number;
}

/**
 * A round closed with the room split (server/game/revote.ts): the reveal is held
 * until the host chooses "Reveal" or "Discuss and vote again". Nothing in it says
 * which answer is right. `distribution`: picks per option id for types whose answers
 * pick options (choice, true/false); empty for the others, whose tallies would tell.
 */
export interface HeldVotesView {
  distribution: Record<string, number>;
  answered: number;
  /** players in the game (not kicked) */
  players: number;
}

export interface StandingView {
  playerId: string;
  nickname: string;
  score: number;
  rank: number;
  previousRank: number | null;
}

/** A row of the host's reveal leaderboard: the standing and the points it gained in the round just closed. */
export interface LeaderboardRow extends StandingView {
  gained: number;
}

export interface YourRoundResult {
  outcome: 'correct' | 'incorrect' | 'timeout';
  pickedOptionIds: string[];
  /** typed: what this player wrote */
  pickedText: string | null;
  /** what this player said of their answer; null when the game did not ask or they did not answer */
  confidence: Confidence | null;
  /** below 0 for a wrong answer under certainty scoring */
  points: number;
  bonus: number;
  streak: number;
  score: number;
  rank: number;
  /** "Why not": the bank's note on each wrong option this player picked (choice, true/false), theirs alone; empty when none has one */
  whyNot: OptionNote[];
}

export type PlayerScreen =
  /** `started`: the game is under way and this player joins from the next question */
  | { screen: 'lobby'; code: string; started: boolean }
  /** `pickedText`: what this player typed, on a type-the-answer question they answered */
  /**
   * `firstPicked`/`firstText`: in a second vote (round.attempt 2), what this player answered the first time; sent on a
   * (re)connect only: the room's broadcast of a second vote has none, and a phone keeps its own first answer
   */
  | { screen: 'question'; round: RoundView; picked: string[] | null; pickedText?: string; firstPicked?: string[] | null; firstText?: string }
  /** the round closed with the room split and the host deciding what next; `picked` as on the question screen (null in the broadcast: the phone keeps its own) */
  | { screen: 'held'; round: RoundView; picked: string[] | null; pickedText?: string }
  | { screen: 'reveal'; round: RoundView; reveal: RevealView; you: YourRoundResult }
  | { screen: 'ended'; gameId: string; rank: number; score: number; correctCount: number; questions: number; players: number }
  | { screen: 'removed'; message: string };

/**
 * A reveal or the end is made of two parts, so a room's 2,000 screens cost one
 * serialisation, not 2,000: what every phone sees and each player's own few
 * fields. On one node a phone gets them spliced into one player:screen
 * (server/realtime/spliced-json.ts); with several nodes as player:shared (one broadcast
 * to the room) and player:own, which the phone joins into the PlayerScreen above
 * (player-screen-parts.ts). A (re)connecting phone gets its whole screen
 * in one player:screen.
 */
export type SharedPlayerScreen =
  | { screen: 'reveal'; round: RoundView; reveal: RevealView }
  | { screen: 'ended'; gameId: string; questions: number; players: number };

export type OwnPlayerPart =
  | { screen: 'reveal'; index: number; you: YourRoundResult }
  | { screen: 'ended'; rank: number; score: number; correctCount: number };

export interface LobbyPlayer {
  id: string;
  nickname: string;
  connected: boolean;
}

export type HostScreen =
  | { screen: 'lobby'; gameId: string; code: string; locked: boolean; players: LobbyPlayer[]; lanOrigin: string | null }
  | { screen: 'question'; gameId: string; code: string; round: RoundView; answered: number; expected: number; players: number }
  | { screen: 'held'; gameId: string; code: string; round: RoundView; votes: HeldVotesView }
  /**
   * The host's only, never the phones': `sureAndWrong`, players who said Sure and were wrong; `commonMistake`, the note
   * of the wrong option most players picked, and how many did (server/game/why-not.ts), null when none
   */
  | {
      screen: 'reveal'; gameId: string; code: string; round: RoundView; reveal: RevealView; leaderboard: LeaderboardRow[]; sureAndWrong: number; isLast: boolean;
      autoAdvanceMs: number | null; commonMistake: (OptionNote & { picks: number }) | null;
    }
  | { screen: 'ended'; gameId: string; code: string; podium: StandingView[]; endedEarly: boolean };

export type Result<T> = { ok: true; data: T } | { ok: false; error: string; code?: string };
export type Ack<T> = (result: Result<T>) => void;

export interface GameSettingsInput {
  bankId: string;
  /** empty: every section */
  sections: string[];
  /** null: every question */
  count: number | null;
  /** null: derived from each question's length */
  secondsPerQuestion: number | null;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  showQuestionsOnPhones: boolean;
  /** null: the host advances by hand */
  autoAdvanceSeconds: number | null;
  /** 'accuracy': 1000 per correct answer, no speed part; 'certainty': by the CBM table (always asks confidence); default 'speed' */
  scoring?: Scoring;
  /** phones ask Sure / Unsure / Guessing with each answer. Absent: false, as readFirst; the setup form sends true unless unticked */
  askConfidence?: boolean;
  /** keep what players typed off the reveal; default false */
  hideTypedAnswers?: boolean;
  /**
   * "Time to read first": each question alone for a few seconds (by its length) before its options and clock.
   * Absent: false, so a game made without the setup form (a script, an older page) plays as before; the form sends true unless the host unticks it.
   */
  readFirst?: boolean;
  /**
   * "Discuss and vote again": a round whose first vote splits the room (server/game/revote.ts) waits for the host to
   * reveal it or open a second vote. Absent: false, as the setup form's default
   */
  holdSplit?: boolean;
}

export interface HostAuth {
  gameId: string;
  hostToken: string;
}

export interface JoinedAs {
  gameId: string;
  code: string;
  playerId: string;
  nickname: string;
  playerToken: string;
}

/**
 * A game hosted in a study group (the organizer's key proves it): its members'
 * answers count for their memory. `questionIds`: the review game's questions,
 * in order, instead of the bank's.
 */
export interface GroupGameInput {
  groupId: string;
  organizerKey: string;
  questionIds?: string[];
}

export interface ClientToServerEvents {
  'host:create': (input: GameSettingsInput & { deviceId: string; group?: GroupGameInput }, ack: Ack<HostAuth & { code: string }>) => void;
  'host:resume': (auth: HostAuth, ack: Ack<{ code: string }>) => void;
  'host:start': (auth: HostAuth, ack: Ack<null>) => void;
  /** `from` is the round the host saw, so a double tap advances once */
  'host:next': (input: HostAuth & { from: { phase: 'question' | 'reveal' | 'held'; index: number } }, ack: Ack<null>) => void;
  /** on a held round: "Discuss and vote again" opens its second answer window; `index` is the round the host saw */
  'host:revote': (input: HostAuth & { index: number }, ack: Ack<null>) => void;
  'host:end': (auth: HostAuth, ack: Ack<null>) => void;
  'host:lock': (input: HostAuth & { locked: boolean }, ack: Ack<null>) => void;
  'host:kick': (input: HostAuth & { playerId: string }, ack: Ack<null>) => void;
  /** kicks everyone who joined in the last minute (a flood of joins); says how many */
  'host:kickRecent': (auth: HostAuth, ack: Ack<{ kicked: number }>) => void;
  /** kicks everyone whose nickname contains `pattern` and refuses such nicknames from now on; says how many were kicked */
  'host:ban': (input: HostAuth & { pattern: string }, ack: Ack<{ kicked: number }>) => void;
  'room:check': (input: { code: string }, ack: Ack<{ code: string }>) => void;
  /** which browser joins is the server's own HttpOnly cookie (server/realtime/device-cookie.ts), so a kicked player cannot come back under a new name */
  /** `memberKeys`: the study-group member keys this phone holds; in a game of one of those groups it joins as that member, under the member's name */
  'player:join': (input: { code: string; nickname: string; memberKeys?: string[] }, ack: Ack<JoinedAs>) => void;
  'player:resume': (input: { gameId: string; playerToken: string }, ack: Ack<JoinedAs>) => void;
  /** `text` answers a type-the-answer question (optionIds empty); `confidence` is read in games that ask; the ack echoes the answer back */
  'player:answer': (input: { index: number; optionIds: string[]; text?: string; confidence?: Confidence }, ack: Ack<{ picked: string[]; text?: string }>) => void;
}

export interface ServerToClientEvents {
  'host:screen': (screen: HostScreen) => void;
  'host:answered': (counts: { index: number; answered: number; expected: number }) => void;
  /** the database stopped storing this game's steps (failing: true), or stores them again (false) */
  'host:saving': (status: { failing: boolean }) => void;
  'player:screen': (screen: PlayerScreen) => void;
  /** the room's part of a reveal or the end; shown once this player's own part follows */
  'player:shared': (screen: SharedPlayerScreen) => void;
  'player:own': (part: OwnPlayerPart) => void;
}

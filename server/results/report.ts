import { describeSolution, kindOf, tallyByArrival, type Given, type KindQuestion } from '../game/question-types';
import { rankByScore } from '../game/scoring';
import type { CaseStudy, Confidence, QuestionType } from '../game/types';

/**
 * A game's results, computed only from its stored rows (never from a live
 * room's memory), so a report survives a restart and agrees with the podium:
 * the same points, the same competition ranking, the same tie-break.
 */

export interface QuestionRow {
  type: QuestionType;
  section: string;
  caseStudy: CaseStudy | null;
  stem: string;
  select: number;
  explanation: string;
  whyNot: string[];
  /** in the bank's order */
  options: { id: string; text: string; correct: boolean; match: string | null; note?: string | null }[];
  links: { title: string; url: string }[];
}

export interface RoundRow {
  id: string;
  index: number;
  /** option ids in the order players saw them */
  optionOrder: string[];
  openedAt: Date | null;
  closedAt: Date | null;
  /** the round's answer window, so a review can tell an answer given at the buzzer */
  timeLimitMs: number;
  question: QuestionRow;
}

/** A stored answer: points are the ones the game awarded, streak bonus included (below 0 when wrong under certainty scoring). */
export interface AnswerRow {
  roundId: string;
  playerId: string;
  /** 1, or 2 for a second vote ("Discuss and vote again"): a player's later answer to a round is the one that counted */
  attempt: 1 | 2;
  optionIds: string[];
  text: string | null;
  correct: boolean;
  /** null in games that did not ask */
  confidence: Confidence | null;
  responseMs: number;
  points: number;
}

export interface PlayerRow {
  id: string;
  nickname: string;
  kicked: boolean;
  /** 0, 1, 2… in the order they joined: the tie-break for equal scores, as on the podium */
  joinOrder: number;
}

/** The report's input: a game's stored rows, whatever layer read them. */
export interface GameRows {
  game: { id: string; code: string; status: string; bankTitle: string; createdAt: Date; startedAt: Date | null; endedAt: Date | null };
  /** every planned round, by index */
  rounds: RoundRow[];
  /** in any order: the report puts them in join order */
  players: PlayerRow[];
  answers: AnswerRow[];
}

export interface OptionResult {
  id: string;
  text: string;
  correct: boolean;
  /** what the question's type counts for it: choice the players who picked it; ordering who put it in its place; matching who matched it right */
  picks: number;
  /** the bank's "why not" for a wrong option a player can pick (choice, true/false); null when none */
  whyNot: string | null;
}

export interface QuestionResult {
  /** 1-based, in game order */
  number: number;
  type: QuestionType;
  section: string;
  caseStudy: CaseStudy | null;
  stem: string;
  select: number;
  timeLimitMs: number;
  /** in the order players saw them (typed: the accepted answers) */
  options: OptionResult[];
  /** the question as its type's rules read it (server/game/question-types.ts), with the bank's ids */
  rules: KindQuestion;
  /** the right answer written for people: "B; C", "Collect > Label > Train", "Clarify -> bias; …" */
  rightAnswer: string;
  /** typed: the most common wrong answers, as players wrote them */
  wrongTyped: { text: string; count: number }[];
  explanation: string;
  whyNot: string[];
  links: { title: string; url: string }[];
  answered: number;
  correctCount: number;
  /** correct answers over players: a missed question counts as wrong; null with no players */
  accuracy: number | null;
  /** over the answers given; null when nobody answered */
  averageResponseMs: number | null;
  /** the players who were sure and wrong (the errors feedback corrects best), in join order: the report lists them first */
  confidentErrors: string[];
  /** a round the room voted on twice: its first vote (the numbers above are the final answers); null when voted once */
  firstVote: { answered: number; correctCount: number; changedToRight: number } | null;
}

export interface PlayerAnswer {
  questionNumber: number;
  /** picked options in display order (ordering: in the player's order); empty when the player did not answer or named no options */
  picked: { id: string; text: string }[];
  /** the answer as given, for the type's rules; null when the player did not answer */
  given: Given | null;
  /** the answer written for people ("B; C", "2 > 1 > 3", what was typed); empty when not answered */
  described: string;
  correct: boolean;
  /** null when the player did not answer in time */
  responseMs: number | null;
  /** what the player said of it; null when the game did not ask or they did not answer */
  confidence: Confidence | null;
  /** below 0 for a wrong answer under certainty scoring */
  points: number;
}

export interface PlayerResult {
  id: string;
  nickname: string;
  /** competition ranking by score: 1, 2, 2, 4 */
  rank: number;
  score: number;
  correctCount: number;
  answered: number;
  averageResponseMs: number | null;
  /** answers given sure and wrong (the misconceptions worth most attention); 0 in a game that did not ask */
  confidentErrors: number;
  /** answers given guessing and right (luck, not yet knowledge); 0 in a game that did not ask */
  luckyGuesses: number;
  /** one per played question, in game order */
  answers: PlayerAnswer[];
}

export interface GameReport {
  gameId: string;
  code: string;
  bankTitle: string;
  /** true until the game ends: the report covers the rounds closed so far */
  inProgress: boolean;
  /**
   * The host ended it before every planned question was opened and scored, as
   * the podium says: ending in the lobby is early, ending during the last question is not.
   */
  endedEarly: boolean;
  playedAt: Date;
  endedAt: Date | null;
  questionsPlanned: number;
  /** closed rounds only: an open round's answers and correct options stay hidden */
  questions: QuestionResult[];
  /** players the host did not remove, best first; equal scores in join order */
  standings: PlayerResult[];
  /** players the host removed: left out of every number */
  removedPlayers: number;
  /** correct answers over players x questions played */
  averageAccuracy: number | null;
  /** the phones asked how sure each answer was: a game that asks stores a confidence with every answer it accepts */
  asksConfidence: boolean;
  /** everyone sharing first place, once someone has scored */
  winners: PlayerResult[];
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function buildReport(rows: GameRows): GameReport {
  const { game } = rows;
  const played = rows.rounds.filter((r) => r.closedAt !== null).sort((a, b) => a.index - b.index);
  const players = rows.players.filter((p) => !p.kicked).sort((a, b) => a.joinOrder - b.joinOrder);
  // A player's later vote on a round is the one that counted; their first is kept for the round's first vote.
  const answerOf = new Map<string, AnswerRow>();
  const firstOf = new Map<string, AnswerRow>();
  const revoted = new Set<string>();
  for (const a of rows.answers) {
    const key = `${a.roundId}:${a.playerId}`;
    if (a.attempt === 1) firstOf.set(key, a);
    else revoted.add(a.roundId);
    if (a.attempt === 2 || !answerOf.has(key)) answerOf.set(key, a);
  }

  const questions: QuestionResult[] = [];
  const answersByPlayer = new Map<string, PlayerAnswer[]>(players.map((p) => [p.id, []]));
  played.forEach((round, i) => {
    const { type } = round.question;
    const kind = kindOf(type);
    const positions = new Map(round.question.options.map((o, position) => [o.id, { ...o, position }]));
    const rules: KindQuestion = { type, select: round.question.select, options: round.optionOrder.flatMap((id) => positions.get(id) ?? []) };
    const shown = rules.options;
    const given: AnswerRow[] = [];
    const confidentErrors: string[] = [];
    const firstVote = revoted.has(round.id) ? { answered: 0, correctCount: 0, changedToRight: 0 } : null;
    for (const player of players) {
      const answer = answerOf.get(`${round.id}:${player.id}`);
      if (answer) given.push(answer);
      if (firstVote) {
        const first = firstOf.get(`${round.id}:${player.id}`);
        firstVote.answered += first ? 1 : 0;
        firstVote.correctCount += first?.correct ? 1 : 0;
        firstVote.changedToRight += answer?.attempt === 2 && answer.correct && !first?.correct ? 1 : 0;
      }
      if (answer?.confidence === 'sure' && !answer.correct) confidentErrors.push(player.nickname);
      const named = kind.idsNameOptions ? (answer?.optionIds ?? []) : [];
      answersByPlayer.get(player.id)!.push({
        questionNumber: i + 1,
        picked: named.flatMap((id) => shown.find((o) => o.id === id) ?? []).map(({ id, text }) => ({ id, text })),
        given: answer ? { optionIds: answer.optionIds, text: answer.text } : null,
        described: answer ? kind.describe(rules, answer) : '',
        correct: answer?.correct ?? false,
        responseMs: answer?.responseMs ?? null,
        confidence: answer?.confidence ?? null,
        points: answer?.points ?? 0,
      });
    }
    const correctCount = given.filter((a) => a.correct).length;
    const { section, caseStudy, stem, select, explanation, whyNot, links } = round.question;
    const tally = tallyByArrival(rules, given);
    questions.push({
      number: i + 1, type, section, caseStudy, stem, select, explanation, whyNot, links, rules, timeLimitMs: round.timeLimitMs,
      options: shown.map(({ id, text, correct }) => ({
        id, text, correct, picks: kind.tallyIsPlayerText ? 0 : (tally[id] ?? 0),
        whyNot: (!correct && kind.picksOptions && round.question.options.find((o) => o.id === id)?.note) || null,
      })),
      rightAnswer: describeSolution(rules),
      wrongTyped: kind.tallyIsPlayerText ? Object.entries(tally).map(([text, count]) => ({ text, count })) : [],
      answered: given.length,
      correctCount,
      accuracy: players.length === 0 ? null : correctCount / players.length,
      averageResponseMs: mean(given.map((a) => a.responseMs)),
      confidentErrors,
      firstVote,
    });
  });

  const unranked = players.map((p) => {
    const answers = answersByPlayer.get(p.id)!;
    const given = answers.filter((a) => a.responseMs !== null);
    return {
      id: p.id,
      nickname: p.nickname,
      score: answers.reduce((sum, a) => sum + a.points, 0),
      correctCount: answers.filter((a) => a.correct).length,
      answered: given.length,
      averageResponseMs: mean(given.map((a) => a.responseMs!)),
      confidentErrors: answers.filter((a) => a.confidence === 'sure' && !a.correct).length,
      luckyGuesses: answers.filter((a) => a.confidence === 'guessing' && a.correct).length,
      answers,
    };
  });
  // The engine's ranking; a stable sort keeps join order among equal ranks, as the podium does.
  const ranks = rankByScore(unranked);
  const standings = unranked.map((p) => ({ ...p, rank: ranks.get(p.id)! })).sort((a, b) => a.rank - b.rank);

  const totalCorrect = questions.reduce((sum, q) => sum + q.correctCount, 0);
  const slots = players.length * questions.length;
  const ended = game.status === 'ended';
  return {
    gameId: game.id,
    code: game.code,
    bankTitle: game.bankTitle,
    inProgress: !ended,
    endedEarly: ended && played.length < rows.rounds.length,
    playedAt: game.startedAt ?? game.createdAt,
    endedAt: game.endedAt,
    questionsPlanned: rows.rounds.length,
    questions,
    standings,
    removedPlayers: rows.players.length - players.length,
    averageAccuracy: slots === 0 ? null : totalCorrect / slots,
    asksConfidence: unranked.some((p) => p.answers.some((a) => a.confidence !== null)),
    winners: standings.filter((p) => p.rank === 1 && p.score > 0),
  };
}

/** Hardest first: lowest accuracy, then the slower average answer, then game order. */
export function hardestFirst<Q extends Pick<QuestionResult, 'number' | 'accuracy' | 'averageResponseMs'>>(questions: readonly Q[]): Q[] {
  return [...questions].sort(
    (a, b) => (a.accuracy ?? 0) - (b.accuracy ?? 0) || (b.averageResponseMs ?? 0) - (a.averageResponseMs ?? 0) || a.number - b.number,
  );
}

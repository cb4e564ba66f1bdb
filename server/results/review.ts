import type { Given, KindQuestion } from '../game/question-types';
import type { CaseStudy, Confidence, QuestionType } from '../game/types';
import type { GameReport } from './report';

/**
 * One player's own answers with the right ones and the explanations: the
 * payload of "My answers" and of "Practice my misses" (JSON, so dates are strings).
 */

export interface ReviewOption {
  id: string;
  text: string;
  correct: boolean;
  picked: boolean;
}

export interface ReviewQuestion {
  number: number;
  type: QuestionType;
  section: string;
  caseStudy: CaseStudy | null;
  stem: string;
  select: number;
  /** choice and true/false: every option, right and picked; other types: the items, prompts or accepted answers */
  options: ReviewOption[];
  /** the question as its type's rules read it, for practising it again in the browser */
  rules: KindQuestion;
  /** the answer as given, for the type's own view of it; null when missed */
  given: Given | null;
  /** written for people; empty when missed */
  yourAnswer: string;
  rightAnswer: string;
  outcome: 'correct' | 'incorrect' | 'missed';
  /** what the player said of their answer; null when the game did not ask or they missed it */
  confidence: Confidence | null;
  points: number;
  /** null when the player did not answer in time */
  responseMs: number | null;
  timeLimitMs: number;
  explanation: string;
  whyNot: string[];
  links: { title: string; url: string }[];
}

export interface Review {
  gameId: string;
  bankTitle: string;
  nickname: string;
  playedAt: string;
  inProgress: boolean;
  rank: number;
  players: number;
  score: number;
  correctCount: number;
  /** closed rounds only, in game order */
  questions: ReviewQuestion[];
}

/** null when the player is not in the standings: the host removed them. */
export function buildReview(report: GameReport, playerId: string): Review | null {
  const me = report.standings.find((p) => p.id === playerId);
  if (!me) return null;
  return {
    gameId: report.gameId,
    bankTitle: report.bankTitle,
    nickname: me.nickname,
    playedAt: report.playedAt.toISOString(),
    inProgress: report.inProgress,
    rank: me.rank,
    players: report.standings.length,
    score: me.score,
    correctCount: me.correctCount,
    questions: report.questions.map((q, i) => {
      const mine = me.answers[i]!;
      return {
        number: q.number,
        type: q.type,
        section: q.section,
        caseStudy: q.caseStudy,
        stem: q.stem,
        select: q.select,
        options: q.options.map(({ id, text, correct }) => ({ id, text, correct, picked: mine.picked.some((p) => p.id === id) })),
        rules: q.rules,
        given: mine.given,
        yourAnswer: mine.described,
        rightAnswer: q.rightAnswer,
        outcome: mine.responseMs === null ? 'missed' : mine.correct ? 'correct' : 'incorrect',
        confidence: mine.confidence,
        points: mine.points,
        responseMs: mine.responseMs,
        timeLimitMs: q.timeLimitMs,
        explanation: q.explanation,
        // After the game, as at the reveal: the notes of the wrong options this player picked join the question's own.
        whyNot: [...q.whyNot, ...q.options.flatMap((o) => (o.whyNot && mine.picked.some((p) => p.id === o.id) ? [o.whyNot] : []))],
        links: q.links,
      };
    }),
  };
}

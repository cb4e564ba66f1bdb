import { hardestFirst, type PlayerResult, type QuestionResult } from './report';

/**
 * The report at a glance, for the host deciding what to go over again: how
 * the room's scores spread, the questions most got wrong, and who needs help.
 */

/** Players with under this share of the questions right need help (Kahoot's report uses 35 %; half is easier to say). */
export const HELP_BELOW = 0.5;
const HARDEST = 3;
/** Five bands of the share of questions right: 0-20 %, 21-40 %, … 81-100 %. */
const BANDS = 5;

export interface ReportGlance {
  /** players per band of questions right, lowest band first */
  spread: { label: string; players: number }[];
  /** up to three questions most got wrong, hardest first; only those someone missed */
  hardest: { number: number; accuracy: number | null; stem: string }[];
  /** players under HELP_BELOW, fewest right first */
  needHelp: { nickname: string; correctCount: number }[];
}

export interface GlanceInput {
  questions: Pick<QuestionResult, 'number' | 'accuracy' | 'averageResponseMs' | 'stem'>[];
  standings: Pick<PlayerResult, 'nickname' | 'correctCount'>[];
}

export function glance(report: GlanceInput): ReportGlance {
  const played = report.questions.length;
  const spread = Array.from({ length: BANDS }, (_, band) => ({
    label: band === 0 ? `0–${100 / BANDS}%` : `${(band * 100) / BANDS + 1}–${((band + 1) * 100) / BANDS}%`,
    players: 0,
  }));
  if (played > 0) {
    for (const p of report.standings) spread[Math.min(BANDS - 1, Math.max(0, Math.ceil((p.correctCount / played) * BANDS) - 1))]!.players++;
  }
  return {
    spread,
    hardest: hardestFirst(report.questions)
      .filter((q) => q.accuracy !== null && q.accuracy < 1)
      .slice(0, HARDEST)
      .map(({ number, accuracy, stem }) => ({ number, accuracy, stem })),
    needHelp: played === 0 ? [] : report.standings
      .filter((p) => p.correctCount / played < HELP_BELOW)
      .sort((a, b) => a.correctCount - b.correctCount)
      .map(({ nickname, correctCount }) => ({ nickname, correctCount })),
  };
}

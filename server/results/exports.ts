import { csvDocument, type CsvCell } from './csv';
import type { GameReport } from './report';

/** The report's two spreadsheets: every answer, and the final standings. */

export const ANSWERS_HEADER = ['Game id', 'Question number', 'Section', 'Question', 'Player', 'Picked', 'Correct', 'Confidence', 'Response time (ms)', 'Points'];
export const STANDINGS_HEADER = ['Rank', 'Player', 'Score', 'Correct answers', 'Average response time (ms)'];

/**
 * One row per player per played question; a missed question has nothing picked, no confidence and no response time.
 * Confidence is what the player said (sure, unsure, guessing), empty in a game that did not ask.
 */
export function answersCsv(report: GameReport): string {
  const rows: CsvCell[][] = [ANSWERS_HEADER];
  for (const question of report.questions) {
    for (const player of report.standings) {
      const answer = player.answers[question.number - 1]!;
      rows.push([
        report.gameId, question.number, question.section, question.stem, player.nickname,
        answer.described, answer.correct ? 'yes' : 'no', answer.confidence, answer.responseMs, answer.points,
      ]);
    }
  }
  return csvDocument(rows);
}

export function standingsCsv(report: GameReport): string {
  const rows: CsvCell[][] = [STANDINGS_HEADER];
  for (const p of report.standings) {
    rows.push([p.rank, p.nickname, p.score, p.correctCount, p.averageResponseMs === null ? null : Math.round(p.averageResponseMs)]);
  }
  return csvDocument(rows);
}

/** ASCII only, so every browser keeps the name: "cramjam-2025-11-25-room-482913-answers.csv". */
export function csvFilename(report: GameReport, kind: 'answers' | 'standings'): string {
  return `cramjam-${report.playedAt.toISOString().slice(0, 10)}-room-${report.code.replace(/\D/g, '')}-${kind}.csv`;
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getAppContext } from '@/server/context';
import { GameId } from '@/server/results/schemas';
import { gameReport } from '@/server/store/results';
import { PlayerResults } from './player-results';
import { QuestionResults } from './question-results';
import { ReportGlance } from './report-glance';
import { ReportSummary } from './report-summary';
import { ReportTheme } from './report-theme';

export const dynamic = 'force-dynamic';
// The report names players: keep it out of search engines and link previews.
export const metadata: Metadata = { title: 'Results · Cramjam', robots: { index: false, follow: false } };

/**
 * The host's report, read from Postgres on every request. Access: the game id
 * (128 random bits) is the capability, as for the host's own screen; whoever
 * holds the link (the host, and players who kept "My answers") may read it.
 * Open rounds are never shown, so it cannot leak a live question's answer.
 */
export default async function ResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ gameId: string }>;
  searchParams: Promise<{ sort?: string | string[] }>;
}) {
  const { gameId } = await params;
  if (!GameId.safeParse(gameId).success) notFound();
  const report = await gameReport(getAppContext().db, gameId);
  if (!report) notFound();
  const hardest = (await searchParams).sort === 'hardest';

  return (
    <ReportTheme>
      <main className="mx-auto flex max-w-6xl flex-col gap-6 p-4 sm:p-6">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <p className="font-semibold uppercase tracking-wide text-accent-ink">Results</p>
            <h1 className="text-3xl font-black">{report.bankTitle}</h1>
          </div>
          <nav aria-label="Report" className="flex flex-wrap items-center gap-3">
            <a href={`/results/${gameId}/answers.csv`} download className="game-button game-button-primary">
              Download CSV
            </a>
            <a href={`/results/${gameId}/standings.csv`} download className="game-button">
              Download standings CSV
            </a>
            <Link href="/host/games" className="text-accent-ink underline">
              Past games
            </Link>
          </nav>
        </header>
        {report.inProgress && (
          <p role="status" className="rounded-xl border-2 border-warn p-4 font-semibold text-warn">
            This game is still in progress: the report shows the {report.questions.length} of {report.questionsPlanned} rounds played so far.
          </p>
        )}
        {report.endedEarly && (
          <p className="rounded-xl bg-surface-2 p-4 font-semibold">
            The host ended the game early, after {report.questions.length} of {report.questionsPlanned} questions.
          </p>
        )}
        <ReportSummary report={report} />
        <ReportGlance report={report} />
        <PlayerResults report={report} />
        <QuestionResults report={report} hardest={hardest} />
      </main>
    </ReportTheme>
  );
}

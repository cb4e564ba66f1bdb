import { formatDateTime, formatNames, formatPercent, formatPoints } from '@/app/lib/format';
import type { GameReport } from '@/server/results/report';

/** The game at a glance: what was played, when, by how many, how well, and who won. */
export function ReportSummary({ report }: { report: GameReport }) {
  const top = report.winners[0];
  const facts: [string, React.ReactNode][] = [
    ['Question bank', report.bankTitle],
    ['Date', <time key="date" dateTime={report.playedAt.toISOString()}>{formatDateTime(report.playedAt)}</time>],
    ['Players', report.standings.length],
    ['Questions played', report.questions.length],
    ['Average accuracy', formatPercent(report.averageAccuracy)],
    [report.winners.length > 1 ? 'Winners' : 'Winner', top ? `${formatNames(report.winners.map((w) => w.nickname))} (${formatPoints(top.score)})` : report.inProgress ? 'Nobody has scored yet' : 'Nobody scored'],
  ];
  return (
    <section aria-labelledby="summary-heading" className="rounded-2xl bg-surface p-5 shadow">
      <h2 id="summary-heading" className="mb-4 text-xl font-bold">
        Summary
      </h2>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm font-semibold uppercase tracking-wide text-muted">{label}</dt>
            <dd className="break-words text-lg font-bold">{value}</dd>
          </div>
        ))}
      </dl>
      {report.removedPlayers > 0 && (
        <p className="mt-4 text-sm text-muted">
          {report.removedPlayers === 1 ? 'One player' : `${report.removedPlayers} players`} removed by the host {report.removedPlayers === 1 ? 'is' : 'are'} not
          counted.
        </p>
      )}
    </section>
  );
}

import { Markdown } from '@/app/components/Markdown';
import { splitAsk } from '@/app/components/stem-ask';
import { formatPercent } from '@/app/lib/format';
import type { GameReport } from '@/server/results/report';
import { glance } from '@/server/results/summary';

const card = 'flex flex-col gap-3 rounded-2xl bg-surface p-5 shadow';

/** The report summarised first: how the scores spread, what to go over again, and who to help. */
export function ReportGlance({ report }: { report: GameReport }) {
  const { spread, hardest, needHelp } = glance(report);
  const most = Math.max(1, ...spread.map((b) => b.players));
  const played = report.questions.length;
  return (
    <section aria-labelledby="glance-heading" className="flex flex-col gap-3">
      <h2 id="glance-heading" className="text-2xl font-bold">
        At a glance
      </h2>
      <div className="grid gap-4 lg:grid-cols-3">
        <section aria-labelledby="spread-heading" className={card}>
          <h3 id="spread-heading" className="font-bold">Score distribution</h3>
          <p className="text-sm text-muted">Players by share of questions right</p>
          <ul className="flex flex-col gap-1.5">
            {spread.map((band) => (
              <li key={band.label} className="grid grid-cols-[5.5rem_1fr_2rem] items-center gap-2">
                <span className="text-sm font-semibold tabular-nums">{band.label}</span>
                <span aria-hidden="true" className="h-4 rounded bg-surface-2">
                  <span className="block h-full rounded bg-accent" style={{ width: `${(band.players / most) * 100}%` }} />
                </span>
                <span className="text-right font-black tabular-nums" aria-label={`${band.players} players`}>
                  {band.players}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="hardest-heading" className={card}>
          <h3 id="hardest-heading" className="font-bold">Hardest questions</h3>
          {hardest.length === 0 ? (
            <p className="text-muted">{played === 0 ? 'No round played yet.' : 'Everyone got every question right.'}</p>
          ) : (
            <ol className="flex flex-col gap-2">
              {hardest.map((q) => (
                <li key={q.number} className="flex items-start gap-3">
                  <span className="shrink-0 rounded-lg border-2 border-bad px-2 font-black text-bad tabular-nums">{formatPercent(q.accuracy)}</span>
                  <a href={`#question-${q.number}`} className="line-clamp-3 min-w-0 text-accent-ink underline">
                    <span className="font-bold">Question {q.number}:</span> <Markdown inline>{splitAsk(q.stem).ask}</Markdown>
                  </a>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="help-heading" className={card}>
          <h3 id="help-heading" className="font-bold">Who needs help</h3>
          {needHelp.length === 0 ? (
            <p className="text-muted">{played === 0 ? 'No round played yet.' : 'Everyone got at least half right.'}</p>
          ) : (
            <>
              <p className="text-sm text-muted">Under half right</p>
              <ul className="flex flex-wrap gap-2">
                {needHelp.map((p) => (
                  <li key={p.nickname} className="rounded-full border-2 border-line px-3 py-0.5">
                    <span className="font-bold">{p.nickname}</span>{' '}
                    <span className="text-sm text-muted">
                      {p.correctCount} of {played}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </section>
  );
}

import type { SectionMastery } from '../group-api';

/**
 * Mastery per section as bars against the target (a line across every bar):
 * the number is written out, the bar only shows it, and a section at its
 * target is marked by a tick as well as its colour.
 */
export function MasteryBars({ rows, target, compare, label, compareLabel }: { rows: SectionMastery[]; target: number; compare?: SectionMastery[]; label: string; compareLabel?: string }) {
  return (
    <ul className="flex flex-col gap-3" aria-label={label}>
      {rows.map((row, i) => {
        const met = row.mastery >= target;
        const other = compare?.[i];
        return (
          <li key={row.section} className="flex flex-col gap-1">
            <div className="flex items-baseline justify-between gap-3">
              <span className="min-w-0 font-semibold [overflow-wrap:anywhere]">{row.section}</span>
              <span className="shrink-0 tabular-nums">
                <strong className={met ? 'text-good' : undefined}>
                  {met && <span aria-hidden>✓ </span>}
                  {row.mastery} %
                </strong>
                {other && compareLabel && <span className="text-muted"> · {compareLabel} {other.mastery} %</span>}
              </span>
            </div>
            <div aria-hidden className="relative h-3 rounded-full bg-surface-2">
              <div className={`h-full rounded-full ${met ? 'bg-good' : 'bg-accent'}`} style={{ width: `${row.mastery}%` }} />
              {other && <div className="absolute top-1/2 size-3 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-surface bg-ink" style={{ left: `${other.mastery}%` }} />}
              <div className="absolute -top-1 h-5 w-0.5 bg-ink" style={{ left: `${target}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

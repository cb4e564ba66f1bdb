import { formatPoints } from '@/app/lib/format';
import type { LeaderboardRow } from '@/common/protocol';

/** The reveal's top five: rank, name, the move since the last round, what this round gained and the score. */
export function Leaderboard({ rows }: { rows: LeaderboardRow[] }) {
  return (
    <section aria-labelledby="leaderboard" className="flex min-h-0 flex-col gap-[0.3em] rounded-[0.5em] bg-surface px-[0.6em] py-[0.5em]">
      <h2 id="leaderboard" className="font-black">
        Leaderboard
      </h2>
      <ol className="flex flex-col gap-[0.3em]">
        {rows.map((row, i) => (
          <li key={row.playerId} className="animate-rise flex flex-col rounded-[0.4em] bg-surface-2 px-[0.45em] py-[0.2em]" style={{ animationDelay: `${i * 90}ms` }}>
            <span className="flex items-center gap-[0.4em]">
              <span className="w-[1.1em] shrink-0 font-black tabular-nums">{row.rank}</span>
              <span className="min-w-0 flex-1 truncate font-semibold">{row.nickname}</span>
              <RankChange row={row} />
            </span>
            <span className="flex items-baseline justify-end gap-[0.5em] tabular-nums">
              {row.gained > 0 && <span className="font-bold text-good">{formatPoints(row.gained, { gain: true })}</span>}
              <span className="font-semibold">{formatPoints(row.score)}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function RankChange({ row }: { row: LeaderboardRow }) {
  if (row.previousRank === null || row.previousRank === row.rank) return null;
  const up = row.previousRank > row.rank;
  const by = Math.abs(row.previousRank - row.rank);
  return (
    <span aria-label={`${up ? 'up' : 'down'} ${by}`} className={`shrink-0 font-bold ${up ? 'text-good' : 'text-bad'}`}>
      {up ? '▲' : '▼'}
      {by}
    </span>
  );
}

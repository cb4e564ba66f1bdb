import { formatPoints } from '@/app/lib/format';
import type { LeaderboardRow } from '@/common/protocol';

/**
 * The reveal's top five, a row each: rank, name, the move since the last round,
 * what this round gained and the score. It takes the height the reveal leaves it and
 * shows as many whole rows as fit there, the leaders always: rows that do not fit
 * wrap into a second column, which is clipped (a screen reader still reads them).
 * Every player tied for first is a leader: the list's least height holds all of
 * their rows (1.6em each, 0.25em apart), so where the reveal leaves the board less,
 * the list runs past it and the stage's fit (watching the board) makes room, with
 * smaller text or another layout, rather than hide a leader.
 */
export function Leaderboard({ rows }: { rows: LeaderboardRow[] }) {
  const leaders = Math.max(1, rows.filter((row) => row.rank === 1).length);
  return (
    <section aria-labelledby="leaderboard" data-fit-watch className="leaderboard flex min-h-0 flex-col gap-[0.25em] rounded-[0.5em] bg-surface px-[0.5em] py-[0.35em] [grid-area:board]">
      <h2 id="leaderboard" className="font-black">
        Leaderboard
      </h2>
      <ol
        className="flex min-h-[calc(var(--leaders)*1.85em_-_0.25em)] flex-1 flex-col flex-wrap content-start gap-[0.25em] overflow-hidden"
        style={{ '--leaders': leaders } as React.CSSProperties}
      >
        {rows.map((row, i) => (
          <li key={row.playerId} className="animate-rise flex h-[1.6em] w-full shrink-0 items-baseline gap-[0.4em] rounded-[0.4em] bg-surface-2 px-[0.4em] py-[0.15em] tabular-nums" style={{ animationDelay: `${i * 90}ms` }}>
            <span className="w-[1.1em] shrink-0 font-black">{row.rank}</span>
            <span className="min-w-0 flex-1 truncate font-semibold">{row.nickname}</span>
            <RankChange row={row} />
            {row.gained !== 0 && <span className={`shrink-0 font-bold ${row.gained > 0 ? 'text-good' : 'text-bad'}`}>{formatPoints(row.gained, { gain: true })}</span>}
            <span className="shrink-0 font-semibold">{formatPoints(row.score)}</span>
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

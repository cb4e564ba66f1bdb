'use client';

import Link from 'next/link';
import { playedGames } from '@/app/lib/storage';
import { useBrowserValue } from '@/app/lib/use-browser-value';
import type { JoinedAs } from '@/common/protocol';

const NONE: readonly JoinedAs[] = [];
/** The newest few are listed; older ones stay one tap away. */
const SHOWN = 5;

/**
 * "Games you played on this browser": the way back to "My answers" once the
 * live room is gone. Read from this browser's storage, so nothing is rendered
 * on the server, nor when the browser has not played.
 */
export function PlayedGames() {
  const games = useBrowserValue(playedGames, NONE);
  if (games.length === 0) return null;
  const older = games.slice(SHOWN);
  return (
    <section aria-labelledby="played-heading" className="rounded-2xl border border-slate-200 p-4">
      <h2 id="played-heading" className="mb-2 text-base font-semibold text-slate-700">Games you played on this browser</h2>
      <PlayedList games={games.slice(0, SHOWN)} />
      {older.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm text-indigo-700 underline">
            {older.length} older {older.length === 1 ? 'game' : 'games'}
          </summary>
          <PlayedList games={older} />
        </details>
      )}
    </section>
  );
}

function PlayedList({ games }: { games: readonly JoinedAs[] }) {
  return (
    <ul className="divide-y divide-slate-200">
      {games.map((game) => (
        <li key={game.gameId} className="flex items-center justify-between gap-3 py-2">
          <span className="min-w-0">
            <span className="block truncate font-semibold">{game.nickname}</span>
            <span className="text-sm text-slate-600">Room {game.code}</span>
          </span>
          <Link
            href={`/review/${encodeURIComponent(game.gameId)}`}
            aria-label={`My answers, room ${game.code} as ${game.nickname}`}
            className="shrink-0 rounded-lg px-3 py-2 font-semibold text-indigo-700 underline hover:bg-indigo-50"
          >
            My answers
          </Link>
        </li>
      ))}
    </ul>
  );
}

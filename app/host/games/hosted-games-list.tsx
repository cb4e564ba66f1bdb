'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { formatDateTime, formatNames } from '@/app/lib/format';
import { deviceId } from '@/app/lib/storage';
import type { HostedGame } from '@/server/store/hosted-games';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; games: HostedGame[] };

/** The games this browser hosted, found by its device id, newest first. */
export function HostedGamesList() {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    void loadHostedGames(deviceId()).then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, []);

  if (state.status === 'loading') return <p role="status" className="text-slate-600">Loading your games…</p>;
  if (state.status === 'error') return <p role="alert" className="font-semibold text-rose-700">{state.message}</p>;
  if (state.games.length === 0) {
    return (
      <p className="text-slate-600">
        No games hosted from this browser yet. <Link href="/host" className="text-indigo-700 underline">Host one</Link>.
      </p>
    );
  }
  return (
    <ul aria-label="Past games" className="flex flex-col gap-3">
      {state.games.map((game) => (
        <li key={game.id}>
          <GameCard game={game} />
        </li>
      ))}
    </ul>
  );
}

function GameCard({ game }: { game: HostedGame }) {
  const headingId = `game-${game.id}`;
  return (
    <article aria-labelledby={headingId} className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-white p-5 shadow">
      <div>
        <h2 id={headingId} className="text-lg font-bold">
          {game.bankTitle}
        </h2>
        <p className="text-slate-600">
          <time dateTime={game.playedAt}>{formatDateTime(game.playedAt)}</time> · {game.players} {game.players === 1 ? 'player' : 'players'} ·{' '}
          {game.questionsPlayed} {game.questionsPlayed === 1 ? 'question' : 'questions'}
        </p>
        <p>
          {game.winners.length > 0 ? <>Winner: <strong>{formatNames(game.winners)}</strong></> : <span className="text-slate-500">No winner yet</span>}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {game.ended ? (
          <span className="rounded-full bg-slate-200 px-3 py-1 text-sm font-semibold">Ended</span>
        ) : (
          <span className="rounded-full bg-amber-200 px-3 py-1 text-sm font-bold text-amber-900">In progress</span>
        )}
        {!game.ended && (
          <Link href={`/host/${game.id}`} className="rounded-xl border-2 border-indigo-600 px-4 py-2 font-bold text-indigo-700">
            Resume hosting
          </Link>
        )}
        <Link href={`/results/${game.id}`} className="rounded-xl bg-indigo-600 px-4 py-2 font-bold text-white">
          {game.ended ? 'View results' : 'Results so far'}
        </Link>
      </div>
    </article>
  );
}

async function loadHostedGames(device: string): Promise<State> {
  try {
    const response = await fetch('/api/hosted', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ deviceId: device }) });
    const body = (await response.json()) as { games: HostedGame[] } | { error: string };
    return 'error' in body ? { status: 'error', message: body.error } : { status: 'ready', games: body.games };
  } catch {
    return { status: 'error', message: 'Could not load your games: check your connection and reload the page.' };
  }
}

import Link from 'next/link';
import type { HostScreen } from '@/server/protocol';

const PLACES = [
  { order: 'order-2', height: 'h-48', colour: 'bg-amber-400' },
  { order: 'order-1', height: 'h-36', colour: 'bg-slate-300' },
  { order: 'order-3', height: 'h-28', colour: 'bg-orange-400' },
];

export function Podium({ screen }: { screen: Extract<HostScreen, { screen: 'ended' }> }) {
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-1 flex-col items-center gap-8 p-8">
      <h1 className="text-5xl font-black">Podium</h1>
      {screen.endedEarly && <p className="text-slate-600">The host ended the game early.</p>}
      {screen.podium.length === 0 && <p className="text-slate-600">Nobody scored this time.</p>}
      <ol className="flex w-full items-end justify-center gap-4">
        {screen.podium.map((s, i) => (
          <li key={s.playerId} className={`flex w-1/3 flex-col items-center gap-2 ${PLACES[i]!.order}`}>
            <span className="text-2xl font-bold">{s.nickname}</span>
            <span className="font-mono">{s.score} pts</span>
            <div className={`flex w-full items-start justify-center rounded-t-2xl pt-3 text-4xl font-black ${PLACES[i]!.height} ${PLACES[i]!.colour}`}>
              {s.rank}
            </div>
          </li>
        ))}
      </ol>
      <div className="flex gap-4">
        <Link href={`/results/${screen.gameId}`} className="rounded-xl bg-indigo-600 px-6 py-3 text-lg font-bold text-white">
          View results
        </Link>
        <Link href="/host" className="rounded-xl border-2 border-slate-900 px-6 py-3 text-lg font-semibold">
          Host another game
        </Link>
      </div>
    </div>
  );
}

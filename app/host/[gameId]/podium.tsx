'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useSoundCue, useSoundOn } from '@/app/components/sound';
import { formatNames, formatPoints } from '@/app/lib/format';
import type { HostScreen, StandingView } from '@/common/protocol';
import { Confetti } from './confetti';
import { StageBar } from './stage-bar';

/** Column heights by rank, so players who tie stand equally high. */
const HEIGHT: Record<number, string> = { 1: '100%', 2: '74%', 3: '54%' };
const MEDAL: Record<number, string> = { 1: 'var(--podium-1)', 2: 'var(--podium-2)', 3: 'var(--podium-3)' };
/** Where each of the three stands: the first in the middle, the second on the left. */
const ORDER = ['order-2', 'order-1', 'order-3'];
const STEP_MS = 1300;

const ordinal = (rank: number) => ['1st', '2nd', '3rd'][rank - 1] ?? `${rank}th`;

/** The last screen: third, second, then first stand up, and confetti (none with reduced motion). */
export function Podium({ screen }: { screen: Extract<HostScreen, { screen: 'ended' }> }) {
  const nobodyScored = screen.podium.every((s) => s.score === 0);
  const ranks = [...new Set(screen.podium.map((s) => s.rank))].sort((a, b) => b - a);
  const shown = useRevealSteps(nobodyScored ? 0 : ranks.length);
  const revealedRanks = new Set(ranks.slice(0, shown));
  const done = !nobodyScored && shown === ranks.length;
  const [soundOn] = useSoundOn();
  useSoundCue('podium', done, soundOn);

  return (
    <>
      <StageBar where={screen.endedEarly ? 'The host ended the game early' : 'Game over'} />
      {done && <Confetti />}
      <div className="flex min-h-0 flex-1 flex-col items-center gap-[var(--gap)] px-[var(--pad)] pb-[var(--pad)]">
        <h1 className="t-title font-black">Podium</h1>
        {nobodyScored ? (
          <div className="m-auto flex flex-col items-center gap-[var(--gap-sm)] text-center">
            <p role="status" className="t-title font-black">
              Nobody scored this time.
            </p>
            {screen.podium.length > 0 && <p className="t-count text-muted">Thanks for playing, {formatNames(screen.podium.map((s) => s.nickname))}.</p>}
          </div>
        ) : (
          <ol aria-label="Podium" className="flex min-h-0 w-full max-w-[calc(90*var(--su))] flex-1 items-end justify-center gap-[var(--gap)]">
            {screen.podium.map((s, i) => (
              <Place key={s.playerId} standing={s} order={ORDER[i]!} revealed={revealedRanks.has(s.rank)} tied={screen.podium.filter((o) => o.rank === s.rank).length > 1} />
            ))}
          </ol>
        )}
        <div className="flex gap-[var(--gap)]">
          <Link href={`/results/${screen.gameId}`} className="game-button game-button-primary">
            View results
          </Link>
          <Link href="/host" className="game-button">
            Host another game
          </Link>
        </div>
      </div>
    </>
  );
}

function Place({ standing, order, revealed, tied }: { standing: StandingView; order: string; revealed: boolean; tied: boolean }) {
  return (
    <li className={`flex h-full w-1/3 min-w-0 flex-col items-center justify-end gap-[var(--gap-sm)] ${order}`}>
      {revealed ? (
        <div className="t-count animate-pop-in flex max-w-full flex-col items-center text-center">
          {/* A 20-character name wraps onto a second line rather than lose its end. */}
          <span className="line-clamp-2 w-full break-words font-black leading-tight">{standing.nickname}</span>
          <span className="text-[0.8em] font-bold tabular-nums text-muted">{formatPoints(standing.score)}</span>
        </div>
      ) : (
        <span className="t-count font-black text-muted">
          <span aria-hidden="true">?</span>
          <span className="sr-only">Not revealed yet</span>
        </span>
      )}
      <div
        className={`flex w-full items-start justify-center rounded-t-[0.6em] pt-[var(--gap-sm)] ${revealed ? 'animate-rise' : ''}`}
        style={{ height: HEIGHT[standing.rank] ?? '40%', background: revealed ? MEDAL[standing.rank] : 'var(--surface-2)', color: '#12132a' }}
      >
        {revealed && <span className="t-title font-black">{tied ? `Tied ${ordinal(standing.rank)}` : ordinal(standing.rank)}</span>}
      </div>
    </li>
  );
}

/** How many places are revealed: one more every STEP_MS, or all at once with reduced motion. */
function useRevealSteps(total: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const timers = Array.from({ length: total }, (_, i) => setTimeout(() => setShown(i + 1), still ? 0 : 600 + i * STEP_MS));
    return () => timers.forEach(clearTimeout);
  }, [total]);
  return shown;
}

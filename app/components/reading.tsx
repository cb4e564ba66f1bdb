'use client';

import { useEffect, useState } from 'react';
import type { RoundView } from '@/common/protocol';
import { useTimeLeft } from './Countdown';

/**
 * "Time to read first" on a screen: the question alone while `round.readRemainingMs`
 * (counted from the screen's receipt, as the clock is) runs, then the round with its
 * options, told when they appeared: the answer clock starts there, not at receipt.
 * The server refuses answers until its own options time, which is never after this one.
 * Key it by the round, so each round reads afresh.
 */
export function ReadFirst({
  round,
  receivedAt,
  reading,
  children,
}: {
  round: RoundView;
  receivedAt: number;
  reading: React.ReactNode;
  children: (optionsShownAt: number) => React.ReactNode;
}) {
  const optionsShownAt = receivedAt + round.readRemainingMs;
  // Once shown, the options stay: a later screen of the round (a reconnect) never takes them back.
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (round.readRemainingMs === 0) return;
    const timer = setTimeout(() => setShown(true), optionsShownAt - performance.now());
    return () => clearTimeout(timer);
  }, [optionsShownAt, round.readRemainingMs]);
  const stillReading = !shown && round.readRemainingMs > 0;
  return <>{stillReading ? reading : children(optionsShownAt)}</>;
}

/**
 * The reading time running out: a bar that fills (not the answer clock's draining,
 * reddening one: nothing is lost yet) and the seconds until the answers.
 */
export function ReadingBar({ round, receivedAt, className = '' }: { round: RoundView; receivedAt: number; className?: string }) {
  const { ms, seconds } = useTimeLeft(round.readRemainingMs, receivedAt);
  const done = round.readMs > 0 ? Math.min(1, 1 - ms / round.readMs) : 1;
  return (
    <div role="timer" aria-label={`Answers in ${seconds} seconds`} className={`flex items-center gap-[0.6em] ${className}`}>
      <span aria-hidden="true" className="shrink-0 font-bold text-muted">
        Answers in
      </span>
      <div className="h-[0.6em] flex-1 overflow-hidden rounded-full bg-surface-2">
        <div className="h-full rounded-full bg-accent" style={{ width: `${done * 100}%`, transition: 'width 100ms linear' }} />
      </div>
      <span aria-hidden="true" className="min-w-[1.5em] text-right font-black tabular-nums">
        {seconds}
      </span>
    </div>
  );
}

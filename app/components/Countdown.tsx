'use client';

import { useEffect, useState } from 'react';

/** The last seconds, when the clock turns red, pulses and ticks. */
export const URGENT_SECONDS = 5;

/**
 * Time left, counted from the server's "time left" as of when the screen arrived
 * (so clock skew never matters), re-rendered ten times a second. A `receivedAt`
 * still to come (the answer clock while the question is read) holds it full until then.
 */
export function useTimeLeft(remainingMs: number, receivedAt: number) {
  const [now, setNow] = useState(receivedAt);
  useEffect(() => {
    const id = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(id);
  }, []);
  const ms = Math.max(0, remainingMs - Math.max(0, now - receivedAt));
  return { ms, seconds: Math.ceil(ms / 1000) };
}

interface CountdownProps {
  remainingMs: number;
  receivedAt: number;
  totalMs: number;
  /** ring: the host's big clock; bar: the phone's strip */
  variant: 'ring' | 'bar';
  onSecond?: (seconds: number) => void;
}

/** A draining ring or bar around the seconds left; red and pulsing in the last five. */
export function Countdown({ remainingMs, receivedAt, totalMs, variant, onSecond }: CountdownProps) {
  const { ms, seconds } = useTimeLeft(remainingMs, receivedAt);
  useEffect(() => onSecond?.(seconds), [seconds, onSecond]);
  const fraction = totalMs > 0 ? Math.min(1, ms / totalMs) : 0;
  const urgent = seconds <= URGENT_SECONDS;
  const colour = urgent ? 'var(--bad)' : 'var(--accent-ink)';
  const label = `${seconds} seconds left`;

  if (variant === 'bar') {
    return (
      <div role="timer" aria-label={label} className="flex items-center gap-2">
        <div className="h-3 flex-1 overflow-hidden rounded-full bg-surface-2">
          <div className="h-full rounded-full" style={{ width: `${fraction * 100}%`, background: colour, transition: 'width 100ms linear' }} />
        </div>
        <span aria-hidden="true" className={`min-w-10 text-right text-2xl font-black tabular-nums ${urgent && seconds > 0 ? 'animate-urgent' : ''}`} style={{ color: urgent ? 'var(--bad)' : undefined }}>
          {seconds}
        </span>
      </div>
    );
  }
  const r = 45;
  const circumference = 2 * Math.PI * r;
  return (
    <div role="timer" aria-label={label} className={`relative aspect-square h-full ${urgent && seconds > 0 ? 'animate-urgent' : ''}`}>
      <svg viewBox="0 0 100 100" aria-hidden="true" className="h-full w-full -rotate-90">
        <circle cx="50" cy="50" r={r} fill="var(--surface)" stroke="var(--surface-2)" strokeWidth="8" />
        <circle
          cx="50"
          cy="50"
          r={r}
          fill="none"
          stroke={colour}
          strokeWidth="8"
          strokeLinecap="round"
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - fraction)}
          style={{ transition: 'stroke-dashoffset 100ms linear' }}
        />
      </svg>
      <span aria-hidden="true" className="t-clock absolute inset-0 flex items-center justify-center font-black tabular-nums" style={{ color: urgent ? 'var(--bad)' : undefined }}>
        {seconds}
      </span>
    </div>
  );
}

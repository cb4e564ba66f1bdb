'use client';

import { useEffect, useState } from 'react';

/** Counts down from the server's "time left" as of when the screen arrived, so clock skew never matters. */
export function Countdown({ remainingMs, receivedAt, size = 'lg' }: { remainingMs: number; receivedAt: number; size?: 'lg' | 'sm' }) {
  const [now, setNow] = useState(receivedAt);
  useEffect(() => {
    const id = setInterval(() => setNow(performance.now()), 200);
    return () => clearInterval(id);
  }, []);
  const left = Math.max(0, Math.ceil((remainingMs - (now - receivedAt)) / 1000));
  const box = size === 'lg' ? 'h-20 w-20 text-4xl' : 'h-12 w-12 text-xl';
  return (
    <div role="timer" aria-label={`${left} seconds left`} className={`flex items-center justify-center rounded-full bg-indigo-700 font-black text-white ${box}`}>
      {left}
    </div>
  );
}

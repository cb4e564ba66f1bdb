'use client';

import { useEffect } from 'react';
import { call } from '@/app/lib/socket';
import type { HostAct } from './host-app';

/** "Next" (also Space and the right arrow) and "End game", for whatever the host is looking at. */
export function HostControls({ act, from }: { act: HostAct; from: { phase: 'question' | 'reveal'; index: number } }) {
  const { phase, index } = from;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select, button')) return;
      if (event.key === ' ' || event.key === 'ArrowRight') {
        event.preventDefault();
        void act((auth) => call('host:next', { ...auth, from: { phase, index } }));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, phase, index]);

  return (
    <div className="flex gap-2">
      <button
        type="button"
        onClick={() => {
          if (window.confirm('End the game now? Scores so far are kept.')) void act((auth) => call('host:end', auth));
        }}
        className="rounded-xl border-2 border-slate-400 px-4 py-2 font-semibold text-slate-700"
      >
        End game
      </button>
      <button
        type="button"
        onClick={() => void act((auth) => call('host:next', { ...auth, from: { phase, index } }))}
        className="rounded-xl bg-indigo-600 px-6 py-2 text-lg font-bold text-white"
      >
        Next
      </button>
    </div>
  );
}

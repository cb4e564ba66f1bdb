'use client';

import { useEffect, useRef, useState } from 'react';
import { call } from '@/app/lib/socket';
import type { HostAct } from './host-app';

/**
 * "Next" (also Space and the right arrow) and "End game", for whatever the host
 * is looking at. During an open question Next first asks "End this round now?",
 * so a stray key press never cuts the room's time short.
 */
export function HostControls({ act, from, isLast = false }: { act: HostAct; from: { phase: 'question' | 'reveal'; index: number }; isLast?: boolean }) {
  const { phase, index } = from;
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const advance = () => void act((auth) => call('host:next', { ...auth, from: { phase, index } }));
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') return setConfirming(false);
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select, button')) return;
      if (event.key === ' ' || event.key === 'ArrowRight') {
        event.preventDefault();
        if (phase === 'question') setConfirming(true);
        else advance();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, phase, index]);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const next = () => {
    if (phase === 'question') return setConfirming(true);
    void act((auth) => call('host:next', { ...auth, from: { phase, index } }));
  };

  return (
    <>
      <button
        type="button"
        onClick={() => {
          if (window.confirm('End the game now? Scores so far are kept.')) void act((auth) => call('host:end', auth));
        }}
        className="game-button"
      >
        End game
      </button>
      <button type="button" onClick={next} className="game-button game-button-primary">
        {phase === 'reveal' && isLast ? 'Show podium' : 'Next'}
      </button>
      {confirming && (
        <div
          role="alertdialog"
          aria-labelledby="end-round-title"
          className="animate-pop-in absolute right-0 top-full z-20 mt-[var(--gap-sm)] flex flex-col gap-[var(--gap-sm)] rounded-[1em] border-2 border-line bg-surface p-[var(--gap)] shadow-2xl"
        >
          <p id="end-round-title" className="t-count font-black">
            End this round now?
          </p>
          <p className="t-meta text-muted">Answers already in are scored; phones see “Round ended by the host”.</p>
          <div className="flex justify-end gap-[var(--gap-sm)]">
            <button type="button" onClick={() => setConfirming(false)} className="game-button">
              Keep playing
            </button>
            <button
              ref={confirmRef}
              type="button"
              onClick={() => {
                setConfirming(false);
                void act((auth) => call('host:next', { ...auth, from: { phase, index } }));
              }}
              className="game-button game-button-primary"
            >
              End round
            </button>
          </div>
        </div>
      )}
    </>
  );
}

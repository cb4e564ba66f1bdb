'use client';

import { useEffect, useRef, useState } from 'react';
import { call } from '@/app/lib/socket';
import type { HostAct } from './host-app';

type Asking = 'end-round' | 'end-game' | null;

/** A key pressed while typing or on a focused button is that control's, not a shortcut. */
export function isShortcut(event: KeyboardEvent): boolean {
  return !(event.target instanceof HTMLElement && event.target.closest('input, textarea, select, button'));
}

/**
 * "End game" and "Next" (also Space and the right arrow), for whatever the host
 * is looking at, kept apart so a hurried click never ends the game. Both ask in
 * the same in-app dialog before they cut anything short: Next during an open
 * question ("End this round now?") and End game always. On a held round the
 * screen's own "Reveal" is Next (host-held.tsx): Space and the right arrow reveal.
 */
export function HostControls({ act, from, isLast = false }: { act: HostAct; from: { phase: 'question' | 'reveal' | 'held'; index: number }; isLast?: boolean }) {
  const { phase, index } = from;
  const [asking, setAsking] = useState<Asking>(null);

  useEffect(() => {
    const advance = () => void act((auth) => call('host:next', { ...auth, from: { phase, index } }));
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') return setAsking(null);
      if (!isShortcut(event)) return;
      if (event.key === ' ' || event.key === 'ArrowRight') {
        event.preventDefault();
        if (phase === 'question') setAsking('end-round');
        else advance();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, phase, index]);

  const next = () => {
    if (phase === 'question') return setAsking('end-round');
    void act((auth) => call('host:next', { ...auth, from: { phase, index } }));
  };

  return (
    <>
      <button type="button" onClick={() => setAsking('end-game')} className="game-button game-button-danger">
        End game
      </button>
      {phase !== 'held' && (
        <button type="button" onClick={next} className="game-button game-button-primary ml-[calc(2*var(--gap))]">
          {phase === 'reveal' && isLast ? 'Show podium' : 'Next'}
        </button>
      )}
      {asking === 'end-round' && (
        <Confirm
          title="End this round now?"
          detail="Answers already in are scored; phones see “Round ended by the host”."
          cancel="Keep playing"
          confirm="End round"
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            void act((auth) => call('host:next', { ...auth, from: { phase, index } }));
          }}
        />
      )}
      {asking === 'end-game' && (
        <Confirm
          title="End the game now?"
          detail="Scores so far are kept and everyone goes to the podium."
          cancel="Keep playing"
          confirm="End game"
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            void act((auth) => call('host:end', auth));
          }}
        />
      )}
    </>
  );
}

/** A question under the host's buttons, its confirming button focused (Enter confirms, Escape keeps playing). */
function Confirm({ title, detail, cancel, confirm, onCancel, onConfirm }: { title: string; detail: string; cancel: string; confirm: string; onCancel: () => void; onConfirm: () => void }) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby="confirm-title"
      className="animate-pop-in absolute right-0 top-full z-20 mt-[var(--gap-sm)] flex flex-col gap-[var(--gap-sm)] rounded-[1em] border-2 border-line bg-surface p-[var(--gap)] shadow-2xl"
    >
      <p id="confirm-title" className="t-count font-black">
        {title}
      </p>
      <p className="t-meta text-muted">{detail}</p>
      <div className="flex justify-end gap-[var(--gap-sm)]">
        <button type="button" onClick={onCancel} className="game-button">
          {cancel}
        </button>
        <button ref={confirmRef} type="button" onClick={onConfirm} className="game-button game-button-primary">
          {confirm}
        </button>
      </div>
    </div>
  );
}

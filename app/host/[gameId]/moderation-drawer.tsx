'use client';

import { useEffect, useRef } from 'react';
import { call } from '@/app/lib/socket';
import type { HostScreen } from '@/common/protocol';
import type { HostAct } from './host-app';
import { FloodControl } from './flood-control';

type Lobby = Extract<HostScreen, { screen: 'lobby' }>;

/**
 * The host's moderation, kept off the projected stage until opened: lock the
 * room, undo a wave of joins, ban a nickname pattern, remove one player. A modal
 * drawer along the right edge; Escape or Close puts it away.
 */
export function ModerationDrawer({ screen, act, onClose }: { screen: Lobby; act: HostAct; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => ref.current?.showModal(), []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="moderation-title"
      onClose={onClose}
      className="t-meta ml-auto mr-0 flex h-dvh max-h-none w-[min(40rem,92vw)] flex-col gap-[var(--gap)] border-l-2 border-line bg-page p-[var(--gap)] text-ink shadow-2xl backdrop:bg-black/60"
    >
      <div className="flex items-center justify-between gap-[var(--gap-sm)]">
        <h2 id="moderation-title" className="t-count font-black">
          Moderation
        </h2>
        <button type="button" onClick={() => ref.current?.close()} className="game-button">
          Close
        </button>
      </div>
      <button type="button" onClick={() => void act((auth) => call('host:lock', { ...auth, locked: !screen.locked }))} className="game-button self-start">
        {screen.locked ? 'Unlock room' : 'Lock room'}
      </button>
      <FloodControl act={act} disabled={screen.players.length === 0} />
      <ul aria-label="Remove a player" className="flex min-h-0 flex-col gap-[var(--gap-sm)] overflow-y-auto">
        {screen.players.map((p) => (
          <li key={p.id} className="flex items-center justify-between gap-[var(--gap-sm)] rounded-[0.5em] bg-surface px-[0.6em] py-[0.3em]">
            <span className="min-w-0 truncate font-semibold">
              {p.nickname}
              {!p.connected && <span className="ml-[0.5em] text-muted">away</span>}
            </span>
            <button type="button" onClick={() => void act((auth) => call('host:kick', { ...auth, playerId: p.id }))} className="game-button shrink-0">
              Kick {p.nickname}
            </button>
          </li>
        ))}
      </ul>
    </dialog>
  );
}

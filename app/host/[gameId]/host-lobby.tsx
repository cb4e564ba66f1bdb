'use client';

import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useSoundLoop, useSoundOn } from '@/app/components/sound';
import { call } from '@/app/lib/socket';
import { useBrowserValue } from '@/app/lib/use-browser-value';
import type { HostScreen } from '@/common/protocol';
import type { HostAct } from './host-app';
import { FloodControl } from './flood-control';
import { StageBar } from './stage-bar';

/** How to join (link, big code, QR) on the left; the players popping in on the right. */
export function HostLobby({ screen, act }: { screen: Extract<HostScreen, { screen: 'lobby' }>; act: HostAct }) {
  const [qr, setQr] = useState<string | null>(null);
  const pageOrigin = useBrowserValue<string | null>(() => window.location.origin, null);
  // Phones cannot reach "localhost": offer the server's network address instead.
  const local = pageOrigin !== null && /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|$)/.test(pageOrigin);
  const origin = local && screen.lanOrigin ? screen.lanOrigin : pageOrigin;
  const [soundOn] = useSoundOn();
  useSoundLoop('lobby', true, soundOn);

  const joinUrl = origin ? `${origin}/join/${screen.code}` : null;
  useEffect(() => {
    if (joinUrl) void QRCode.toDataURL(joinUrl, { margin: 1, width: 480 }).then(setQr);
  }, [joinUrl]);
  const count = screen.players.length;

  return (
    <>
      <StageBar where="Lobby" />
      <div className="grid min-h-0 flex-1 grid-cols-[1.05fr_1fr] gap-[var(--gap)] px-[var(--pad)] pb-[var(--pad)]">
        <section aria-label="How to join" className="flex min-h-0 flex-col items-center justify-center gap-[var(--gap-sm)] rounded-[1em] bg-surface p-[var(--gap)] text-center shadow-lg">
          <p className="t-count font-bold">Join at {origin ? <span className="text-accent-ink">{origin.replace(/^https?:\/\//, '')}</span> : 'this address'}</p>
          <p className="t-meta text-muted">with the room code</p>
          <p aria-label="Room code" className="t-code font-mono font-black tracking-[0.12em]">
            {screen.code}
          </p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made in the browser */}
          {qr && <img src={qr} alt={`QR code for ${joinUrl}`} className="aspect-square h-[calc(20*var(--su))] rounded-[0.5em] bg-white p-[0.4em]" />}
          {joinUrl && (
            <p className="t-meta text-muted">
              Not in the room? Open <span className="font-semibold text-ink">{origin}</span> and type {screen.code}.
            </p>
          )}
        </section>
        <section aria-label="Players in the room" className="flex min-h-0 flex-col gap-[var(--gap)]">
          <div className="flex flex-wrap items-center justify-between gap-[var(--gap-sm)]">
            <h2 className="t-count font-black">
              Players <span className="text-muted">({count})</span>
            </h2>
            <div className="flex gap-[var(--gap-sm)]">
              <button type="button" onClick={() => void act((auth) => call('host:lock', { ...auth, locked: !screen.locked }))} className="game-button">
                {screen.locked ? 'Unlock room' : 'Lock room'}
              </button>
              <button type="button" onClick={() => void act((auth) => call('host:start', auth))} disabled={count === 0} className="game-button game-button-primary">
                Start game
              </button>
            </div>
          </div>
          <FloodControl act={act} disabled={count === 0} />
          {screen.locked && <p className="t-meta rounded-[0.5em] border-2 border-warn p-[0.5em] font-semibold text-warn">The room is locked: nobody new can join.</p>}
          {count === 0 && <p className="t-count m-auto text-muted">Waiting for players…</p>}
          <ul aria-label="Players" className="flex min-h-0 flex-wrap content-start gap-[var(--gap-sm)] overflow-y-auto">
            {screen.players.map((p) => (
              <li key={p.id} className={`t-count animate-pop-in flex max-w-full items-center gap-[0.3em] rounded-full bg-surface py-[0.2em] pl-[0.8em] pr-[0.2em] font-bold shadow ${p.connected ? '' : 'text-muted'}`}>
                <span className="min-w-0 truncate">{p.nickname}</span>
                {!p.connected && <span className="text-[0.7em] font-semibold">away</span>}
                <button
                  type="button"
                  aria-label={`Kick ${p.nickname}`}
                  onClick={() => void act((auth) => call('host:kick', { ...auth, playerId: p.id }))}
                  className="h-[1.6em] w-[1.6em] shrink-0 rounded-full text-muted hover:bg-surface-2 hover:text-bad"
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}

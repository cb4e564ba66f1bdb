'use client';

import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useSoundLoop, useSoundOn } from '@/app/components/sound';
import { call } from '@/app/lib/socket';
import { useBrowserValue } from '@/app/lib/use-browser-value';
import type { HostScreen, LobbyPlayer } from '@/common/protocol';
import type { HostAct } from './host-app';
import { ModerationDrawer } from './moderation-drawer';
import { StageBar } from './stage-bar';

/** What the lobby says about the game: the bank's title and how many questions it plays. */
export interface LobbyBank {
  title: string;
  questions: number;
}

/** How to join (link, big code, QR) on the left; the bank, and the players popping in, on the right; moderation in a drawer. */
export function HostLobby({ screen, act, bank }: { screen: Extract<HostScreen, { screen: 'lobby' }>; act: HostAct; bank: LobbyBank | null }) {
  const [moderating, setModerating] = useState(false);
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
      <div className="grid min-h-0 flex-1 grid-cols-[1fr_1.2fr] gap-[var(--gap)] px-[var(--pad)] pb-[var(--pad)]">
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
        <section aria-label="Players in the room" className="flex min-h-0 flex-col gap-[var(--gap-sm)]">
          {bank && (
            <p className="t-meta text-muted">
              <span className="font-bold text-ink">{bank.title}</span> · {bank.questions} {bank.questions === 1 ? 'question' : 'questions'}
            </p>
          )}
          <div className="flex items-center justify-between gap-[var(--gap-sm)]">
            <h2 className="t-count font-black">
              Players <span className="text-muted">({count})</span>
            </h2>
            <div className="flex gap-[var(--gap-sm)]">
              <button type="button" onClick={() => setModerating(true)} className="game-button">
                Moderation
              </button>
              <button type="button" onClick={() => void act((auth) => call('host:start', auth))} disabled={count === 0} className="game-button game-button-primary">
                Start game
              </button>
            </div>
          </div>
          {screen.locked && <p className="t-meta rounded-[0.5em] border-2 border-warn p-[0.5em] font-semibold text-warn">The room is locked: nobody new can join.</p>}
          {count === 0 ? <p className="t-count m-auto text-muted">Waiting for players…</p> : <PlayerChips players={screen.players} />}
        </section>
      </div>
      {moderating && <ModerationDrawer screen={screen} act={act} onClose={() => setModerating(false)} />}
    </>
  );
}

/** Up to this many names show; a bigger room shows its count and the newest names. */
const SHOWN = 60;
/** Up to this many, big chips; more, a grid of small ones that holds SHOWN at 1280x720. */
const BIG_CHIPS = 12;

/** The names in the room, newest last, never in a scroll box: the count says how many more there are. */
function PlayerChips({ players }: { players: LobbyPlayer[] }) {
  const dense = players.length > BIG_CHIPS;
  const hidden = players.length > SHOWN ? players.length - (SHOWN - 1) : 0;
  const shown = hidden > 0 ? players.slice(hidden) : players;
  return (
    <ul
      aria-label="Players"
      className={
        dense
          ? 't-meta grid min-h-0 grid-cols-[repeat(auto-fill,minmax(calc(11.5*var(--su)),1fr))] content-start gap-[calc(0.5*var(--su))]'
          : 't-count flex min-h-0 flex-wrap content-start gap-[var(--gap-sm)]'
      }
    >
      {hidden > 0 && <li className="rounded-full bg-accent px-[0.7em] py-[0.15em] font-black text-on-accent">+{hidden} more</li>}
      {shown.map((p) => (
        <li
          key={p.id}
          title={p.nickname}
          className={`animate-pop-in flex min-w-0 max-w-full items-center gap-[0.3em] rounded-full bg-surface px-[0.7em] py-[0.15em] font-bold shadow ${p.connected ? '' : 'text-muted'}`}
        >
          <span className="min-w-0 truncate">{p.nickname}</span>
          {!p.connected && <span className="text-[0.7em] font-semibold">away</span>}
        </li>
      ))}
    </ul>
  );
}

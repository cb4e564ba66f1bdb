'use client';

import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { call } from '@/app/lib/socket';
import { useBrowserValue } from '@/app/lib/use-browser-value';
import type { HostScreen } from '@/server/protocol';
import type { HostAct } from './host-app';
import { FloodControl } from './flood-control';

/** Room code, QR code and the players as they arrive. */
export function HostLobby({ screen, act }: { screen: Extract<HostScreen, { screen: 'lobby' }>; act: HostAct }) {
  const [qr, setQr] = useState<string | null>(null);
  const pageOrigin = useBrowserValue<string | null>(() => window.location.origin, null);
  // Phones cannot reach "localhost": offer the server's network address instead.
  const local = pageOrigin !== null && /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|$)/.test(pageOrigin);
  const origin = local && screen.lanOrigin ? screen.lanOrigin : pageOrigin;

  const joinUrl = origin ? `${origin}/join/${screen.code}` : null;
  useEffect(() => {
    if (joinUrl) void QRCode.toDataURL(joinUrl, { margin: 1, width: 320 }).then(setQr);
  }, [joinUrl]);

  return (
    <div className="mx-auto grid w-full max-w-6xl flex-1 gap-8 p-8 lg:grid-cols-[1fr_1.2fr]">
      <section className="flex flex-col items-center gap-4 rounded-3xl bg-white p-8 text-center shadow">
        <p className="text-lg text-slate-600">Join on your phone with the code</p>
        <p aria-label="Room code" className="font-mono text-7xl font-black tracking-widest text-indigo-700">
          {screen.code}
        </p>
        {joinUrl && (
          <p className="text-slate-600">
            or open <span className="font-semibold text-slate-900">{joinUrl}</span>
          </p>
        )}
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made in the browser */}
        {qr && <img src={qr} alt={`QR code for ${joinUrl}`} className="h-64 w-64" />}
      </section>
      <section className="flex flex-col gap-4">
        <div className="flex items-center justify-between">
          <h2 className="text-2xl font-bold">
            Players <span className="text-slate-500">({screen.players.length})</span>
          </h2>
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => void act((auth) => call('host:lock', { ...auth, locked: !screen.locked }))}
              className="rounded-xl border-2 border-slate-900 px-4 py-2 font-semibold"
            >
              {screen.locked ? 'Unlock room' : 'Lock room'}
            </button>
            <button
              type="button"
              onClick={() => void act((auth) => call('host:start', auth))}
              disabled={screen.players.length === 0}
              className="rounded-xl bg-indigo-600 px-6 py-2 text-lg font-bold text-white disabled:opacity-40"
            >
              Start game
            </button>
          </div>
        </div>
        <FloodControl act={act} disabled={screen.players.length === 0} />
        {screen.locked && <p className="rounded-lg bg-amber-100 p-2 text-amber-900">The room is locked: nobody new can join.</p>}
        {screen.players.length === 0 && <p className="text-slate-500">Waiting for players…</p>}
        <ul aria-label="Players" className="flex flex-wrap gap-2">
          {screen.players.map((p) => (
            <li key={p.id} className={`flex items-center gap-2 rounded-full bg-white py-1 pl-4 pr-1 shadow ${p.connected ? '' : 'opacity-50'}`}>
              <span className="font-semibold">{p.nickname}</span>
              {!p.connected && <span className="text-xs text-slate-500">away</span>}
              <button
                type="button"
                aria-label={`Kick ${p.nickname}`}
                onClick={() => void act((auth) => call('host:kick', { ...auth, playerId: p.id }))}
                className="h-7 w-7 rounded-full text-slate-500 hover:bg-rose-100 hover:text-rose-700"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

'use client';

import { useState } from 'react';
import { call } from '@/app/lib/socket';
import { deviceId } from '@/app/lib/storage';
import { NICKNAME_MAX, normalizeNickname } from '@/server/game/engine';
import type { JoinedAs } from '@/server/protocol';


export function NicknameForm({ code, notice, onJoined }: { code: string; notice: string | null; onJoined: (s: JoinedAs) => void }) {
  const [nickname, setNickname] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const trimmed = normalizeNickname(nickname);
    if (trimmed.length < 1 || trimmed.length > NICKNAME_MAX) return setError(`A nickname is 1 to ${NICKNAME_MAX} characters.`);
    setBusy(true);
    const result = await call('player:join', { code, nickname: trimmed, deviceId: deviceId() });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onJoined(result.data);
  }

  return (
    <form onSubmit={submit} className="m-auto flex w-full max-w-sm flex-col gap-3" noValidate>
      {notice && <p className="rounded-lg bg-amber-100 p-3 text-amber-900">{notice}</p>}
      <label htmlFor="nickname" className="text-lg font-medium">
        Nickname
      </label>
      <input
        id="nickname"
        autoComplete="nickname"
        maxLength={40}
        value={nickname}
        onChange={(e) => {
          setNickname(e.target.value);
          setError(null);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'nickname-error' : undefined}
        className="rounded-xl border-2 border-slate-300 px-4 py-3 text-xl focus:border-indigo-600 focus:outline-none"
      />
      {error && (
        <p id="nickname-error" role="alert" className="text-red-700">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} className="rounded-xl bg-indigo-600 px-4 py-3 text-lg font-bold text-white disabled:opacity-60">
        Join game
      </button>
    </form>
  );
}

'use client';

import { useState } from 'react';
import { call } from '@/app/lib/socket';
import { NICKNAME_MAX, normalizeNickname } from '@/server/game/nickname';
import type { JoinedAs } from '@/common/protocol';


export function NicknameForm({ code, notice, onJoined }: { code: string; notice: string | null; onJoined: (s: JoinedAs) => void }) {
  const [nickname, setNickname] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const trimmed = normalizeNickname(nickname);
    if (trimmed.length < 1 || trimmed.length > NICKNAME_MAX) return setError(`A nickname is 1 to ${NICKNAME_MAX} characters.`);
    setBusy(true);
    const result = await call('player:join', { code, nickname: trimmed });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onJoined(result.data);
  }

  return (
    <form onSubmit={submit} className="m-auto flex w-full max-w-sm flex-col gap-3 p-4" noValidate>
      {notice && <p className="rounded-lg border-2 border-warn p-3 font-semibold text-warn">{notice}</p>}
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
        className="rounded-xl border-2 border-line bg-surface px-4 py-3 text-xl text-ink focus:border-accent focus:outline-none"
      />
      {error && (
        <p id="nickname-error" role="alert" className="font-semibold text-bad">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} className="game-button game-button-primary py-3 text-lg">
        Join game
      </button>
    </form>
  );
}

'use client';

import { useState } from 'react';
import { call } from '@/app/lib/socket';
import { allMemberKeys } from '@/app/lib/group-keys';
import { NICKNAME_MAX, normalizeNickname } from '@/server/game/nickname';
import type { JoinedAs } from '@/common/protocol';

/**
 * The nickname, capped as you type at the server's rule (NICKNAME_MAX), with
 * the characters left in view, so nobody learns the limit only from a refusal.
 */
export function NicknameForm({ code, notice, onJoined }: { code: string; notice: string | null; onJoined: (s: JoinedAs) => void }) {
  // A study group's member: their keys go with the join, so a game of their group seats them under their group name.
  const [members] = useState(allMemberKeys);
  const [nickname, setNickname] = useState(members[0]?.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const left = NICKNAME_MAX - nickname.length;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const trimmed = normalizeNickname(nickname);
    if (trimmed.length < 1 || trimmed.length > NICKNAME_MAX) return setError(`A nickname is 1 to ${NICKNAME_MAX} characters.`);
    setBusy(true);
    const result = await call('player:join', { code, nickname: trimmed, ...(members.length ? { memberKeys: members.map((m) => m.key).slice(0, 10) } : {}) });
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
        maxLength={NICKNAME_MAX}
        value={nickname}
        onChange={(e) => {
          setNickname(e.target.value);
          setError(null);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'nickname-hint nickname-error' : 'nickname-hint'}
        className="rounded-xl border-2 border-line bg-surface px-4 py-3 text-xl text-ink focus:border-accent focus:outline-none"
      />
      <p id="nickname-hint" className={`-mt-1 text-sm ${left === 0 ? 'font-semibold text-warn' : 'text-muted'}`}>
        {left === 0 ? `${NICKNAME_MAX} characters: the most a nickname can have` : `Up to ${NICKNAME_MAX} characters · ${left} left`}
      </p>
      {members.length > 0 && <p className="text-sm text-muted">In a game of your study group you play under your name in the group.</p>}
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

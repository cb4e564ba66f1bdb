'use client';

import Link from 'next/link';
import { useState } from 'react';
import { NICKNAME_MAX, normalizeNickname } from '@/server/game/nickname';
import { ErrorText, fieldClass } from '../../group-ui';
import { useBecomeMember } from '../../use-become-member';

/** The display name, with its rule said as it is typed; the reply's member key stays on this phone. */
export function JoinGroupForm({ invite }: { invite: string }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { busy, become } = useBecomeMember();
  const length = [...normalizeNickname(name)].length;
  const fits = length >= 1 && length <= NICKNAME_MAX;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!fits) return setError(`A name is 1 to ${NICKNAME_MAX} characters.`);
    setError(await become('/join', { invite, name: normalizeNickname(name) }, normalizeNickname(name)));
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-5">
      <label htmlFor="member-name" className="text-lg font-semibold">
        Your name in the group
      </label>
      <input
        id="member-name"
        autoComplete="nickname"
        value={name}
        maxLength={40}
        onChange={(e) => (setName(e.target.value), setError(null))}
        aria-invalid={error || (name && !fits) ? true : undefined}
        aria-describedby="member-name-rule"
        className={`${fieldClass} py-3 text-xl`}
      />
      <p id="member-name-rule" aria-live="polite" className={`text-sm font-semibold ${name && !fits ? 'text-bad' : 'text-muted'}`}>
        {length > NICKNAME_MAX ? `${length} characters: at most ${NICKNAME_MAX}, please.` : `1 to ${NICKNAME_MAX} characters (${length} so far).`}
      </p>
      {error && <ErrorText>{error}</ErrorText>}
      <button type="submit" disabled={busy} className="game-button game-button-primary py-3 text-lg">
        Join group
      </button>
      <p className="text-sm text-muted">
        Already a member on another phone?{' '}
        <Link href="/groups/link" className="text-accent-ink underline">
          Move here with a code
        </Link>
      </p>
    </form>
  );
}

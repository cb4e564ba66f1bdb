'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { saveMemberKey } from '@/app/lib/group-keys';
import { NICKNAME_MAX, normalizeNickname } from '@/server/game/nickname';
import { postGroup } from '../../group-api';
import { ErrorText, fieldClass } from '../../group-ui';

/** The display name, with its rule said as it is typed; the reply's member key stays on this phone. */
export function JoinGroupForm({ invite }: { invite: string }) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const length = [...normalizeNickname(name)].length;
  const fits = length >= 1 && length <= NICKNAME_MAX;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!fits) return setError(`A name is 1 to ${NICKNAME_MAX} characters.`);
    setBusy(true);
    const joined = await postGroup<{ groupId: string; memberKey: string }>('/join', { invite, name: normalizeNickname(name) });
    if (!joined.ok) {
      setBusy(false);
      return setError(joined.error);
    }
    saveMemberKey(joined.data.groupId, { key: joined.data.memberKey, name: normalizeNickname(name) });
    router.push(`/groups/${joined.data.groupId}`);
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

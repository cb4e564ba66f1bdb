'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { saveMemberKey } from '@/app/lib/group-keys';
import { postGroup } from '../group-api';
import { ErrorText, fieldClass } from '../group-ui';

const CODE = /^[A-Z0-9]{8}$/;

/** A one-time code from the old phone becomes a new member key here. */
export function LinkForm() {
  const router = useRouter();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!CODE.test(code)) return setError('A link code is 8 letters and digits.');
    setBusy(true);
    const linked = await postGroup<{ groupId: string; memberKey: string; name: string }>('/link', { code });
    if (!linked.ok) {
      setBusy(false);
      return setError(linked.error);
    }
    saveMemberKey(linked.data.groupId, { key: linked.data.memberKey, name: linked.data.name });
    router.push(`/groups/${linked.data.groupId}`);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-5">
      <label htmlFor="link-code" className="text-lg font-semibold">
        Code from your old phone
      </label>
      <input
        id="link-code"
        value={code}
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck="false"
        maxLength={8}
        onChange={(e) => (setCode(e.target.value.toUpperCase().replace(/[^A-Z0-9]/g, '')), setError(null))}
        aria-invalid={error ? true : undefined}
        className={`${fieldClass} py-3 text-center font-mono text-3xl tracking-[0.3em]`}
      />
      {error && <ErrorText>{error}</ErrorText>}
      <button type="submit" disabled={busy} className="game-button game-button-primary py-3 text-lg">
        Move here
      </button>
    </form>
  );
}

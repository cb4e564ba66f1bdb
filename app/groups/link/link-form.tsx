'use client';

import { useState } from 'react';
import { ErrorText, fieldClass } from '../group-ui';
import { useBecomeMember } from '../use-become-member';

const CODE = /^[A-Z0-9]{8}$/;

/** A one-time code from the old phone becomes a new member key here. */
export function LinkForm() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { busy, become } = useBecomeMember();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!CODE.test(code)) return setError('A link code is 8 letters and digits.');
    setError(await become('/link', { code }));
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

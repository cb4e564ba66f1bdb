'use client';

import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { call } from './lib/socket';
import { ROOM_CODE_PATTERN, ROOM_CODE_RULE } from '@/common/room-code';

/** Room code first: checked with the server before asking for a nickname. */
export function JoinForm() {
  const [code, setCode] = useState(useSearchParams().get('code') ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const trimmed = code.replace(/\s+/g, '');
    if (!ROOM_CODE_PATTERN.test(trimmed)) return setError(ROOM_CODE_RULE);
    setBusy(true);
    const result = await call('room:check', { code: trimmed });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    // A full load: the phone's page is not a Next.js page (app/join/[code]/route.ts).
    window.location.assign(`/join/${trimmed}`);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
      <label htmlFor="room-code" className="font-medium">
        Room code
      </label>
      <input
        id="room-code"
        inputMode="numeric"
        autoComplete="off"
        maxLength={10}
        placeholder="123456"
        value={code}
        onChange={(e) => {
          setCode(e.target.value);
          setError(null);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'room-code-error' : undefined}
        className="rounded-xl border-2 border-slate-300 px-4 py-3 text-center text-3xl font-bold tracking-[0.3em] focus:border-indigo-600 focus:outline-none"
      />
      {error && (
        <p id="room-code-error" role="alert" className="text-red-700">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} className="rounded-xl bg-indigo-600 px-4 py-3 text-lg font-bold text-white hover:bg-indigo-500 disabled:opacity-60">
        Join
      </button>
    </form>
  );
}

'use client';

import { useState } from 'react';
import { call } from '@/app/lib/socket';
import type { HostAuth, Result } from '@/server/protocol';
import type { HostAct } from './host-app';

/** Flood control: undo a wave of joins (bots, a leaked code) in one press, or ban a nickname pattern. */
export function FloodControl({ act, disabled }: { act: HostAct; disabled: boolean }) {
  const [kicked, setKicked] = useState<number | null>(null);
  const [pattern, setPattern] = useState('');
  const run = (command: (auth: HostAuth) => Promise<Result<{ kicked: number }>>) =>
    void act(async (auth) => {
      const result = await command(auth);
      if (result.ok) setKicked(result.data.kicked);
      return result;
    });
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={() => run((auth) => call('host:kickRecent', auth))}
        disabled={disabled}
        className="rounded-xl border-2 border-rose-700 px-4 py-2 font-semibold text-rose-800 disabled:opacity-40"
      >
        Kick all who joined in the last minute
      </button>
      <form
        className="flex items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          run((auth) => call('host:ban', { ...auth, pattern }));
        }}
      >
        <label htmlFor="ban-pattern" className="font-medium">
          Ban nicknames containing
        </label>
        <input
          id="ban-pattern"
          value={pattern}
          onChange={(event) => setPattern(event.target.value)}
          minLength={2}
          maxLength={20}
          required
          className="w-32 rounded-lg border-2 border-slate-300 px-2 py-1"
        />
        <button type="submit" className="rounded-xl border-2 border-rose-700 px-3 py-1 font-semibold text-rose-800">
          Ban
        </button>
      </form>
      <p role="status" className="text-slate-600">
        {kicked !== null && `Removed ${kicked} ${kicked === 1 ? 'player' : 'players'}.`}
      </p>
    </div>
  );
}

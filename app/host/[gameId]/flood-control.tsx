'use client';

import { useState } from 'react';
import { call } from '@/app/lib/socket';
import type { HostAuth, Result } from '@/common/protocol';
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
        className="game-button"
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
        <label htmlFor="ban-pattern" className="t-meta font-semibold">
          Ban nicknames containing
        </label>
        <input
          id="ban-pattern"
          value={pattern}
          onChange={(event) => setPattern(event.target.value)}
          minLength={2}
          maxLength={20}
          required
          className="t-meta w-[8em] rounded-[0.4em] border-2 border-current bg-surface px-[0.4em] text-ink"
        />
        <button type="submit" className="game-button">
          Ban
        </button>
      </form>
      <p role="status" className="t-meta text-ink">
        {kicked !== null && `Removed ${kicked} ${kicked === 1 ? 'player' : 'players'}.`}
      </p>
    </div>
  );
}

'use client';

import { useState } from 'react';
import { call } from '@/app/lib/socket';
import type { HostAct } from './host-app';

/** Flood control: undo a wave of joins (bots, a leaked code) in one press. */
export function KickRecent({ act, disabled }: { act: HostAct; disabled: boolean }) {
  const [kicked, setKicked] = useState<number | null>(null);
  return (
    <div className="flex items-center gap-3">
      <button
        type="button"
        onClick={() =>
          void act(async (auth) => {
            const result = await call('host:kickRecent', auth);
            if (result.ok) setKicked(result.data.kicked);
            return result;
          })
        }
        disabled={disabled}
        className="rounded-xl border-2 border-rose-700 px-4 py-2 font-semibold text-rose-800 disabled:opacity-40"
      >
        Kick all who joined in the last minute
      </button>
      <p role="status" className="text-slate-600">
        {kicked !== null && `Removed ${kicked} ${kicked === 1 ? 'player' : 'players'}.`}
      </p>
    </div>
  );
}

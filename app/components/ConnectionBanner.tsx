'use client';

import { useConnected } from '@/app/lib/socket';

/** Tells the user the app is reconnecting by itself, rather than leaving them to wonder. */
export function ConnectionBanner() {
  const connected = useConnected();
  if (connected) return null;
  return (
    <div role="status" className="sticky top-0 z-10 bg-amber-400 px-4 py-2 text-center font-semibold text-slate-900">
      Reconnecting… your place in the game is kept.
    </div>
  );
}

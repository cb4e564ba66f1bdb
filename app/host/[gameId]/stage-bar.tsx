'use client';

import { SoundToggle } from '@/app/components/sound';
import { usePreference } from '@/app/lib/preferences';

export type StageTheme = 'dark' | 'light';

/** The projector theme: dark unless the host picks light (a bright room), remembered in this browser. */
export function useStageTheme() {
  return usePreference<StageTheme>('cramjam:host-theme', ['dark', 'light'], 'dark');
}

function ThemeToggle() {
  const [theme, setTheme] = useStageTheme();
  return (
    <button type="button" onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')} className="game-button">
      Theme: {theme}
    </button>
  );
}

/** The strip along the top of every host screen: where we are on the left, the host's buttons on the right. */
export function StageBar({ where, children }: { where?: React.ReactNode; children?: React.ReactNode }) {
  return (
    <header className="flex shrink-0 items-center justify-between gap-[var(--gap)] px-[var(--pad)] py-[var(--gap-sm)]">
      <p className="t-meta flex min-w-0 items-center gap-[var(--gap-sm)] text-muted">
        <span className="font-black text-accent-ink">Cramjam</span>
        {where && <span className="truncate">{where}</span>}
      </p>
      <div className="relative flex shrink-0 items-center gap-[var(--gap-sm)]">
        <SoundToggle />
        <ThemeToggle />
        {children}
      </div>
    </header>
  );
}

'use client';

import { useStageTheme } from '@/app/host/[gameId]/stage-bar';

/** The host's report in the theme the host chose for the stage (dark unless they picked light), the whole page through. */
export function ReportTheme({ children }: { children: React.ReactNode }) {
  const [theme] = useStageTheme();
  return (
    <div data-theme={theme} className="min-h-dvh">
      {children}
    </div>
  );
}

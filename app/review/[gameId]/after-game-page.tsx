/**
 * A player's page after the game in the game's theme: like the phone's game
 * screens it follows the system's light or dark setting, so a dark phone
 * does not flash white after the dark game; the whole page, not the column only.
 */
export function AfterGamePage({ children }: { children: React.ReactNode }) {
  return (
    <div data-theme="auto" className="min-h-dvh">
      <main className="mx-auto flex min-h-dvh max-w-xl flex-col gap-4 p-4">{children}</main>
    </div>
  );
}

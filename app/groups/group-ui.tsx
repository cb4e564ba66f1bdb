import type { ReactNode } from 'react';

/**
 * The study group's pages share the game's design tokens (globals.css), in the
 * theme the device asks for: a member's phone at night, a projector by day.
 */

export const fieldClass = 'rounded-xl border-2 border-line bg-surface px-3 py-2 text-ink focus:border-accent focus:outline-none';

/** The page: phone-width by default, wide for the organizer's dashboard. */
export function GroupMain({ wide = false, children }: { wide?: boolean; children: ReactNode }) {
  return (
    <main data-theme="auto" className="min-h-dvh">
      <div className={`mx-auto flex flex-col gap-4 p-4 sm:p-6 ${wide ? 'max-w-[1800px]' : 'max-w-xl'}`}>{children}</div>
    </main>
  );
}

/** A titled card; `id` names its heading for the landmark. */
export function Panel({ id, title, actions, children, className = '' }: { id: string; title: string; actions?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={`flex min-w-0 flex-col gap-3 rounded-2xl border border-line bg-surface p-4 sm:p-5 ${className}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-xl font-black">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function ErrorText({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} role="alert" className="font-semibold text-bad">
      {children}
    </p>
  );
}

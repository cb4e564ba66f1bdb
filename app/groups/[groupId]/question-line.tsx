import type { ReactNode } from 'react';

/** One question in a numbered list of the group's questions (the most missed, the review's picks): its place, stem, section, and what is said of it. */
export function QuestionLine({ place, stem, section, className = '', children }: { place: number; stem: string; section: string; className?: string; children: ReactNode }) {
  return (
    <li className={`flex items-start gap-3 py-2 ${className}`}>
      <span className="w-6 shrink-0 text-right font-black tabular-nums text-muted">{place}</span>
      <span className="min-w-0 flex-1">
        <span className="line-clamp-2">{stem}</span>
        <span className="text-sm text-muted">{section}</span>
      </span>
      {children}
    </li>
  );
}

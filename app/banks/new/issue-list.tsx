import { useId } from 'react';
import type { Issue } from '@/server/banks/types';

const TONES = {
  Errors: 'border-red-300 bg-red-50 text-red-900',
  Warnings: 'border-amber-300 bg-amber-50 text-amber-900',
  'Ignored as not questions': 'border-slate-300 bg-slate-50 text-slate-800',
} as const;

/** Problems found in the file, each pinned to its line so the author can find it; `count` when one issue stands for several (a run of empty rows). */
export function IssueList({ title, issues, count = issues.length }: { title: keyof typeof TONES; issues: Issue[]; count?: number }) {
  const headingId = useId();
  if (issues.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={`rounded-2xl border-2 p-4 ${TONES[title]}`}>
      <h2 id={headingId} className="font-bold">
        {title} ({count})
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {issues.map((issue, i) => (
          <li key={i}>
            line {issue.line}: {issue.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

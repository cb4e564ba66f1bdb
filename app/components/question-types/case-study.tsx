import { Markdown } from '@/app/components/Markdown';
import type { CaseStudyView } from '@/server/protocol';

/** A case study's scenario, shown with each of its questions. */
export function CaseStudyPanel({ caseStudy, size = 'base' }: { caseStudy: CaseStudyView | null; size?: 'base' | 'lg' }) {
  if (!caseStudy) return null;
  return (
    <section aria-label={`Case study${caseStudy.title ? `: ${caseStudy.title}` : ''}`} className="rounded-2xl border-l-8 border-amber-500 bg-amber-50 p-4 text-slate-900">
      <h3 className="text-sm font-bold uppercase tracking-wide text-amber-900">Case study{caseStudy.title && `: ${caseStudy.title}`}</h3>
      <Markdown className={`mt-1 space-y-2 leading-snug ${size === 'lg' ? 'text-xl' : ''}`}>{caseStudy.scenario}</Markdown>
    </section>
  );
}

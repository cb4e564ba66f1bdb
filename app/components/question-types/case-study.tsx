import { Markdown } from '@/app/components/Markdown';
import type { CaseStudyView } from '@/common/protocol';

/**
 * A case study's scenario, shown with each of its questions. Sized in em and
 * coloured with the theme's tokens, so the host's stage scales it (t-body)
 * and it reads in both themes.
 */
export function CaseStudyPanel({ caseStudy, className = '', folded = false }: { caseStudy: CaseStudyView | null; className?: string; folded?: boolean }) {
  if (!caseStudy) return null;
  return (
    <section
      aria-label={`Case study${caseStudy.title ? `: ${caseStudy.title}` : ''}`}
      className={`shrink-0 rounded-[0.6em] border-l-[0.4em] border-warn bg-surface px-[0.8em] py-[0.5em] text-ink ${className}`}
    >
      <h3 className="text-[0.8em] font-black uppercase tracking-wide text-warn">Case study{caseStudy.title && `: ${caseStudy.title}`}</h3>
      {/* Folded (a phone's question screen): two lines, the rest behind "Show whole question". */}
      <div data-scenario className={folded ? 'line-clamp-2' : ''}>
        <Markdown className="mt-[0.2em] space-y-[0.4em] leading-snug">{caseStudy.scenario}</Markdown>
      </div>
    </section>
  );
}

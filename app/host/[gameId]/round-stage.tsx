'use client';

import { Markdown } from '@/app/components/Markdown';
import { CaseStudyPanel } from '@/app/components/question-types/case-study';
import { useFit } from '@/app/components/use-fit';
import type { RoundView } from '@/common/protocol';
import { RevealQuestion } from './reveal-question';
import { StageBar } from './stage-bar';

/**
 * A round on the stage, asked or revealed: the bar with the host's controls, then
 * the question (whole while asked, folded to its ask at the reveal) and the screen's
 * body, all kept inside the viewport by useFit.
 */
export function RoundStage({
  round,
  where,
  controls,
  folded = false,
  minFit,
  layouts,
  children,
}: {
  round: RoundView;
  where: string;
  controls: React.ReactNode;
  folded?: boolean;
  minFit?: number;
  /** arrangements of the body for useFit to choose from (the box's data-layout) */
  layouts?: readonly string[];
  children: React.ReactNode;
}) {
  const fitRef = useFit<HTMLDivElement>(round.index, minFit, layouts);
  // The reveal holds the most text: its foot margin is the least.
  return (
    <>
      <StageBar where={where}>{controls}</StageBar>
      <div ref={fitRef} className={`flex min-h-0 flex-1 flex-col gap-[var(--gap)] overflow-hidden px-[var(--pad)] ${folded ? 'pb-[var(--gap-sm)]' : 'pb-[var(--pad)]'}`}>
        <CaseStudyPanel caseStudy={round.caseStudy} className={folded ? 't-reveal' : 't-body'} folded={folded} />
        {folded ? (
          <RevealQuestion round={round} />
        ) : (
          <section aria-label="Question" className="t-stem shrink-0 rounded-[0.5em] bg-surface px-[0.8em] py-[0.6em] font-semibold shadow-lg">
            <Markdown className="whitespace-pre-line">{round.stem ?? ''}</Markdown>
          </section>
        )}
        {children}
      </div>
    </>
  );
}

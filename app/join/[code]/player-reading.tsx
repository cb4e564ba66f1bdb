'use client';

import { Markdown } from '@/app/components/Markdown';
import { ReadingBar } from '@/app/components/reading';
import { CaseStudyPanel } from '@/app/components/question-types/case-study';
import { useFit } from '@/app/components/use-fit';
import type { RoundView } from '@/common/protocol';

/**
 * The question alone on a phone while the room reads it: the whole of it (there
 * are no answers to make room for yet), its text stepping down to fit before it
 * would scroll, and the bar filling until the answers come.
 */
export function PlayerReading({ round, receivedAt }: { round: RoundView; receivedAt: number }) {
  const fitRef = useFit<HTMLElement>(round.index, 0.75);
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3 p-3">
      <div className="flex flex-col gap-1">
        <p className="text-sm font-semibold text-muted">
          Question {round.index + 1} of {round.total} · read it first
        </p>
        <ReadingBar round={round} receivedAt={receivedAt} className="text-lg" />
      </div>
      {round.stem || round.caseStudy ? (
        // What still does not fit at the smallest text scrolls: by keyboard too (tabIndex).
        <section ref={fitRef} aria-label="Question" tabIndex={0} className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto text-[calc(1.25rem*var(--fit,1))]">
          <CaseStudyPanel caseStudy={round.caseStudy} className="text-[0.8em]" />
          {round.stem && <Markdown className="my-auto whitespace-pre-line font-semibold leading-snug">{round.stem}</Markdown>}
        </section>
      ) : (
        <p className="m-auto text-center text-xl font-bold">Read the question on the big screen.</p>
      )}
      <p role="status" className="text-center text-sm text-muted">
        The answers appear when the bar is full.
      </p>
    </div>
  );
}

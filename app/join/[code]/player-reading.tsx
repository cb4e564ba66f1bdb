'use client';

import { Markdown } from '@/app/components/Markdown';
import { ReadingBar } from '@/app/components/reading';
import { CaseStudyPanel } from '@/app/components/question-types/case-study';
import type { RoundView } from '@/common/protocol';

/**
 * The question alone on a phone while the room reads it: the whole of it (there
 * are no answers to make room for yet), and the bar filling until they come.
 */
export function PlayerReading({ round, receivedAt }: { round: RoundView; receivedAt: number }) {
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3 p-3">
      <div className="flex items-center gap-3">
        <p className="shrink-0 text-sm font-semibold text-muted">
          Question {round.index + 1} of {round.total}
        </p>
        <ReadingBar round={round} receivedAt={receivedAt} className="flex-1 text-base" />
      </div>
      {round.stem || round.caseStudy ? (
        // A long case study scrolls: by keyboard too (tabIndex).
        <section aria-label="Question" tabIndex={0} className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto">
          <CaseStudyPanel caseStudy={round.caseStudy} />
          {round.stem && <Markdown className="my-auto whitespace-pre-line text-xl font-semibold leading-snug">{round.stem}</Markdown>}
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

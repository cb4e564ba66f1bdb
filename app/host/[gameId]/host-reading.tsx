'use client';

import { Markdown } from '@/app/components/Markdown';
import { ReadingBar } from '@/app/components/reading';
import { CaseStudyPanel } from '@/app/components/question-types/case-study';
import { useFit } from '@/app/components/use-fit';
import type { RoundView } from '@/common/protocol';
import type { HostAct } from './host-app';
import { HostControls } from './host-controls';
import { StageBar } from './stage-bar';

/**
 * The question alone on the projector while the room reads it: larger than when
 * asked, in the middle of the stage, with the bar filling until the answers come.
 */
export function HostReading({ round, receivedAt, act }: { round: RoundView; receivedAt: number; act: HostAct }) {
  const fitRef = useFit<HTMLDivElement>(round.index);
  return (
    <>
      <StageBar where={`Question ${round.index + 1} of ${round.total} · ${round.section}`}>
        <HostControls act={act} from={{ phase: 'question', index: round.index }} />
      </StageBar>
      <div ref={fitRef} className="flex min-h-0 flex-1 flex-col gap-[var(--gap)] overflow-hidden px-[var(--pad)] pb-[var(--pad)]">
        <CaseStudyPanel caseStudy={round.caseStudy} className="t-body" />
        <div className="flex flex-1 flex-col justify-center">
          <section aria-label="Question" className="shrink-0 rounded-[0.5em] bg-surface px-[0.9em] py-[0.7em] text-[calc(2.9*var(--su)*var(--fit))] font-semibold leading-[1.22] shadow-lg">
            <Markdown className="whitespace-pre-line">{round.stem ?? ''}</Markdown>
          </section>
        </div>
        <ReadingBar round={round} receivedAt={receivedAt} className="t-count shrink-0" />
      </div>
    </>
  );
}

'use client';

import { useRef, useState } from 'react';
import { Markdown } from '@/app/components/Markdown';
import { CaseStudyPanel } from '@/app/components/question-types/case-study';
import { splitAsk } from '@/app/components/stem-ask';
import { useMeasure } from '@/app/components/use-measure';
import type { RoundView } from '@/common/protocol';

/**
 * The question on a phone's answer screen, folded so the answers keep their
 * room, but never losing the ask: the scenario before it is cut (two lines,
 * faded), the ask (the stem's last line or sentence) stays whole. `roomy`
 * (an input that needs little height, a text box): the scenario takes all the
 * space left and is cut only when that is not enough. A case study's scenario
 * folds to two lines. When anything is cut, "Show whole question" opens it all.
 */
export function FoldedQuestion({ round, roomy, onOpen }: { round: RoundView; roomy: boolean; onOpen: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [folded, setFolded] = useState(false);
  useMeasure(
    ref,
    (box) => {
      const clamped = [...box.querySelectorAll<HTMLElement>('[data-fold], [data-scenario].line-clamp-2')];
      setFolded(clamped.some((el) => el.scrollHeight > el.clientHeight + 1));
    },
    [round.stem, round.caseStudy, roomy],
  );
  if (!round.stem && !round.caseStudy) return null;
  const { scenario: lead, ask } = splitAsk(round.stem ?? '');
  const grow = roomy ? 'min-h-0 flex-1' : 'shrink-0';
  return (
    <div ref={ref} className={`flex flex-col gap-2 ${grow}`}>
      <CaseStudyPanel caseStudy={round.caseStudy} folded className="text-sm" />
      {round.stem && (
        <section aria-label="Question" className={`flex flex-col gap-1 text-base leading-snug ${grow}`}>
          {lead && (
            <div data-fold className={`${roomy ? 'min-h-0 flex-1 overflow-hidden' : 'line-clamp-2'} ${folded ? 'fade-end' : ''}`}>
              <Markdown className="whitespace-pre-line text-muted">{lead}</Markdown>
            </div>
          )}
          <div data-fold={lead ? undefined : ''} className={lead ? 'shrink-0' : roomy ? 'min-h-0 overflow-hidden' : 'line-clamp-3'}>
            <Markdown className="whitespace-pre-line font-semibold">{ask}</Markdown>
          </div>
        </section>
      )}
      {folded && (
        <button type="button" onClick={onOpen} className="-mt-1 self-start text-sm font-bold text-accent-ink underline">
          Show whole question
        </button>
      )}
    </div>
  );
}

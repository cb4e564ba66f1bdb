'use client';

import { useEffect, useRef, useState } from 'react';
import { Markdown } from '@/app/components/Markdown';
import { CaseStudyPanel } from '@/app/components/question-types/case-study';
import { splitAsk } from '@/app/components/stem-ask';
import type { RoundView } from '@/common/protocol';

/**
 * The reveal's question: the ask (its last sentence) always whole, the scenario
 * before it folded to its first line, never cut mid-sentence at the top;
 * "Whole question" opens all of it, the case study too, over the stage.
 */
export function RevealQuestion({ round }: { round: RoundView }) {
  const { scenario, ask } = splitAsk(round.stem ?? '');
  const [open, setOpen] = useState(false);
  return (
    <div className="flex shrink-0 items-start gap-[var(--gap)] rounded-[0.5em] bg-surface px-[0.7em] py-[0.35em]">
      <section aria-label="Question" className="t-reveal min-w-0 flex-1">
        {scenario && (
          <div className="line-clamp-1 text-muted">
            <Markdown>{scenario}</Markdown>
          </div>
        )}
        <Markdown className="whitespace-pre-line font-bold">{ask}</Markdown>
      </section>
      {/* Offered whenever there is more than the ask, cut or not: shown only when cut, the button's
          own width changed the fold, which moved the button again, and the fit never settled. */}
      {(scenario || round.caseStudy) && (
        <button type="button" onClick={() => setOpen(true)} className="game-button shrink-0">
          Whole question
        </button>
      )}
      {open && <WholeQuestion round={round} onClose={() => setOpen(false)} />}
    </div>
  );
}

/** The whole question over the stage, as a modal dialog: Escape or "Close" brings the reveal back. */
function WholeQuestion({ round, onClose }: { round: RoundView; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => ref.current?.showModal(), []);
  return (
    <dialog
      ref={ref}
      aria-label="Whole question"
      onClose={onClose}
      className="m-auto flex max-h-[90vh] w-[calc(90*var(--su))] max-w-[95vw] flex-col gap-[var(--gap)] rounded-[1em] border-2 border-line bg-page p-[var(--gap)] text-ink shadow-2xl backdrop:bg-black/60"
    >
      <div className="t-reveal flex min-h-0 flex-col gap-[var(--gap-sm)] overflow-y-auto">
        <CaseStudyPanel caseStudy={round.caseStudy} />
        <Markdown className="whitespace-pre-line font-semibold">{round.stem ?? ''}</Markdown>
      </div>
      <button type="button" autoFocus onClick={() => ref.current?.close()} className="game-button game-button-primary self-end">
        Close
      </button>
    </dialog>
  );
}

'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import { Markdown } from '@/app/components/Markdown';
import { CaseStudyPanel } from '@/app/components/question-types/case-study';
import { useFit } from '@/app/components/use-fit';
import type { RoundView } from '@/common/protocol';
import { StageBar } from './stage-bar';

/**
 * A round on the stage, asked or revealed: the bar with the host's controls, then
 * the question (whole while asked, its last three lines at the reveal) and the screen's
 * body, all kept inside the viewport by useFit.
 */
export function RoundStage({
  round,
  where,
  controls,
  folded = false,
  minFit,
  children,
}: {
  round: RoundView;
  where: string;
  controls: React.ReactNode;
  folded?: boolean;
  minFit?: number;
  children: React.ReactNode;
}) {
  const fitRef = useFit<HTMLDivElement>(round.index, minFit);
  return (
    <>
      <StageBar where={where}>{controls}</StageBar>
      <div ref={fitRef} className="flex min-h-0 flex-1 flex-col gap-[var(--gap)] overflow-hidden px-[var(--pad)] pb-[var(--pad)]">
        <CaseStudyPanel caseStudy={round.caseStudy} className="t-body" />
        <section
          aria-label="Question"
          className={`shrink-0 rounded-[0.5em] bg-surface px-[0.8em] font-semibold ${folded ? 't-body py-[0.5em]' : 't-stem py-[0.6em] shadow-lg'}`}
        >
          {folded ? <StemEnd stem={round.stem ?? ''} /> : <Markdown className="whitespace-pre-line">{round.stem ?? ''}</Markdown>}
        </section>
        {children}
      </div>
    </>
  );
}

/**
 * The reveal's question in three lines: its end, where an exam-style stem puts
 * what is asked ("Which storage services…?"), with the scenario before it cut
 * off at the top and faded, not the question cut off at the bottom.
 */
function StemEnd({ stem }: { stem: string }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const box = boxRef.current!;
    const text = textRef.current!;
    // The text's own height changes with the stage's size and when the markdown renderer replaces the plain text.
    const measure = () => setCut(text.offsetHeight > box.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(text);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={boxRef}
      className={`flex max-h-[calc(3*1.35em)] flex-col justify-end overflow-hidden ${cut ? '[mask-image:linear-gradient(to_bottom,transparent,black_1.1em)]' : ''}`}
    >
      <div ref={textRef} className="shrink-0">
        <Markdown className="whitespace-pre-line">{stem}</Markdown>
      </div>
    </div>
  );
}

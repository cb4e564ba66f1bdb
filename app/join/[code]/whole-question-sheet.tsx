'use client';

import { useEffect } from 'react';
import { focusOnMount } from '@/app/components/focus-on-mount';
import { Markdown } from '@/app/components/Markdown';
import { CaseStudyPanel } from '@/app/components/question-types/case-study';
import { splitAsk } from '@/app/components/stem-ask';
import type { RoundView } from '@/common/protocol';

/**
 * The whole question in a sheet over the answers: the clock above it stays in
 * view and keeps running, and one tap (or Escape) puts the answers back as
 * they were, a half-built answer included.
 */
export function WholeQuestionSheet({ round, onClose }: { round: RoundView; onClose: () => void }) {
  const { scenario: lead, ask } = splitAsk(round.stem ?? '');
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div role="dialog" aria-modal="true" aria-label="Whole question" className="absolute inset-0 z-20 flex flex-col bg-page pt-1">
      <div className="flex min-h-0 flex-1 flex-col gap-3 rounded-t-2xl border-t-4 border-accent bg-page p-3 shadow-[0_-8px_24px_rgb(0_0_0/0.35)]">
        <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto">
          <CaseStudyPanel caseStudy={round.caseStudy} />
          {lead && <Markdown className="whitespace-pre-line text-lg leading-snug">{lead}</Markdown>}
          <Markdown className="whitespace-pre-line text-lg font-semibold leading-snug">{ask}</Markdown>
        </div>
        <button type="button" ref={focusOnMount} onClick={onClose} className="game-button game-button-primary shrink-0 py-3 text-lg">
          Back to the answers
        </button>
      </div>
    </div>
  );
}

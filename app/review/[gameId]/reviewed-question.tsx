'use client';

import { useState } from 'react';
import { Explanation, hasExplanation } from '@/app/components/Explanation';
import { Markdown } from '@/app/components/Markdown';
import { hasOwnViews } from '@/app/components/question-types';
import { CaseStudyPanel } from '@/app/components/question-types/case-study';
import { splitAsk } from '@/app/components/stem-ask';
import { formatPoints, formatSeconds } from '@/app/lib/format';
import type { ReviewQuestion } from '@/server/results/review';
import { isGuess } from './review-filters';
import { ReviewAnswer } from './review-answer';

/** Outcome badges in the theme's own good and bad inks on the card's surface: AA in both themes. */
const OUTCOME = {
  correct: { label: '✓ Correct', className: 'border-good text-good' },
  incorrect: { label: '✗ Incorrect', className: 'border-bad text-bad' },
  missed: { label: "Time's up: no answer", className: 'border-line text-muted' },
} as const;

/**
 * One question of "My answers", folded to what matters: the ask (the stem's
 * last line or sentence), the player's answer beside the right one, and why.
 * "Show whole question" opens the scenario and, for a choice, every option.
 * A right answer keeps its answer and explanation one tap away; a miss shows them.
 */
export function ReviewedQuestion({ question: q }: { question: ReviewQuestion }) {
  const [whole, setWhole] = useState(false);
  const { scenario: lead, ask } = splitAsk(q.stem);
  // A choice's other options are part of the whole question too.
  const foldable = lead !== '' || q.caseStudy !== null || !hasOwnViews(q.type);
  const headingId = `question-${q.number}-heading`;
  const body = (
    <>
      <ReviewAnswer rules={q.rules} given={q.given} brief={!whole} />
      <p className="text-sm text-muted">
        {q.points !== 0 ? formatPoints(q.points, { gain: true }) : 'No points'}
        {q.responseMs !== null && ` · answered in ${formatSeconds(q.responseMs)} of ${formatSeconds(q.timeLimitMs)}`}
      </p>
      <Explanation reveal={q} label={`Explanation, question ${q.number}`} className="rounded-xl border-2 border-line p-3" />
    </>
  );
  return (
    <article id={`question-${q.number}`} aria-labelledby={headingId} tabIndex={-1} className="flex scroll-mt-4 flex-col gap-3 rounded-2xl bg-surface p-4 shadow">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="font-bold">
          Question {q.number} <span className="font-normal text-muted">· {q.section}</span>
        </h2>
        <span className={`rounded-full border-2 px-3 py-0.5 text-sm font-black ${OUTCOME[q.outcome].className}`}>
          {OUTCOME[q.outcome].label}
          {isGuess(q) && (q.confidence ? ', a guess' : ', at the buzzer')}
          {q.confidence === 'sure' && ', sure'}
          {q.confidence === 'unsure' && ', unsure'}
        </span>
      </div>
      {whole && <CaseStudyPanel caseStudy={q.caseStudy} />}
      {whole && lead && <Markdown className="leading-snug">{lead}</Markdown>}
      <Markdown className="font-semibold leading-snug">{ask}</Markdown>
      {foldable && (
        <button type="button" aria-expanded={whole} onClick={() => setWhole(!whole)} className="-mt-2 self-start text-sm font-bold text-accent-ink underline">
          {whole ? 'Fold the question' : 'Show whole question'}
        </button>
      )}
      {q.outcome === 'correct' ? (
        <details open={whole} className="group">
          <summary className="cursor-pointer text-sm font-bold text-accent-ink">Your answer{hasExplanation(q) ? ' and why' : ''}</summary>
          <div className="mt-3 flex flex-col gap-3">{body}</div>
        </details>
      ) : (
        body
      )}
    </article>
  );
}

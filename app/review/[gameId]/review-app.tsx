'use client';

import Link from 'next/link';
import { Explanation } from '@/app/components/Explanation';
import { Markdown } from '@/app/components/Markdown';
import { formatDateTime, formatPoints, formatSeconds } from '@/app/lib/format';
import type { ReviewQuestion } from '@/server/results/review';
import { hasOwnViews } from '@/app/components/question-types';
import { CaseStudyPanel } from '@/app/components/question-types/case-study';
import { AnswerOptions, AnswerText } from './answer-options';
import { ReviewStatus } from './review-status';
import { useReview } from './use-review';

const OUTCOME = {
  correct: { label: 'Correct', className: 'bg-emerald-600' },
  incorrect: { label: 'Incorrect', className: 'bg-rose-600' },
  missed: { label: "Time's up: no answer", className: 'bg-slate-600' },
} as const;

/** "My answers": every played question, what this player picked, the right answer and why. */
export function ReviewApp({ gameId }: { gameId: string }) {
  const state = useReview(gameId);
  if (state.status !== 'ready') {
    return (
      <main className="mx-auto flex min-h-dvh max-w-xl flex-col p-4">
        <ReviewStatus state={state} />
      </main>
    );
  }
  const { review } = state;
  const misses = review.questions.filter((q) => q.outcome !== 'correct').length;
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 p-4">
      <header className="rounded-2xl bg-indigo-700 p-5 text-white">
        <h1 className="text-3xl font-black">My answers</h1>
        <p className="mt-1">
          {review.nickname} · {review.bankTitle} · <time dateTime={review.playedAt}>{formatDateTime(review.playedAt)}</time>
        </p>
        <p className="mt-2 text-lg font-semibold">
          #{review.rank} of {review.players} · {formatPoints(review.score)} · {review.correctCount} of {review.questions.length} correct
        </p>
      </header>
      {review.inProgress && (
        <p role="status" className="rounded-xl bg-amber-100 p-3 font-semibold text-amber-900">
          The game is still running: these are the questions played so far.
        </p>
      )}
      {misses > 0 ? (
        <Link href={`/review/${gameId}/practice`} className="rounded-xl bg-slate-900 px-4 py-3 text-center text-lg font-bold text-white hover:bg-slate-700">
          Practice my misses
        </Link>
      ) : (
        review.questions.length > 0 && <p className="text-center font-semibold text-emerald-700">Every answer right: nothing to practice.</p>
      )}
      {review.questions.map((q) => (
        <ReviewedQuestion key={q.number} question={q} />
      ))}
      <Link href="/" className="text-center text-indigo-700 underline">
        Back to the home page
      </Link>
    </main>
  );
}

function ReviewedQuestion({ question: q }: { question: ReviewQuestion }) {
  const outcome = OUTCOME[q.outcome];
  const headingId = `question-${q.number}`;
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow">
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="font-bold">
          Question {q.number} <span className="font-normal text-slate-500">· {q.section}</span>
        </h2>
        <span className={`rounded-full px-3 py-1 text-sm font-bold text-white ${outcome.className}`}>{outcome.label}</span>
      </div>
      <CaseStudyPanel caseStudy={q.caseStudy} />
      <Markdown className="leading-snug">{q.stem}</Markdown>
      {hasOwnViews(q.type) ? <AnswerText yours={q.yourAnswer} right={q.rightAnswer} /> : <AnswerOptions options={q.options} />}
      <p className="text-sm text-slate-600">
        {q.points > 0 ? formatPoints(q.points, { gain: true }) : 'No points'}
        {q.responseMs !== null && ` · answered in ${formatSeconds(q.responseMs)}`}
      </p>
      <Explanation reveal={q} label={`Explanation, question ${q.number}`} />
    </article>
  );
}

'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { formatDateTime, formatPoints } from '@/app/lib/format';
import type { Review } from '@/server/results/review';
import { AfterGamePage } from './after-game-page';
import { JumpList } from './jump-list';
import { GUESS_SHARE, applyFilter, filtersFor, firstFilter, type ReviewFilter } from './review-filters';
import { ReviewStatus } from './review-status';
import { ReviewedQuestion } from './reviewed-question';
import { useReview } from './use-review';

const FILTER_LABEL: Record<ReviewFilter, string> = {
  misses: 'Misses', confident: 'Confident errors', guesses: 'Guesses', unsure: 'Unsure-right', solid: 'Solid', all: 'All',
};

/** What each confidence group holds, under its filter; empty, what it means that it is. */
const CONFIDENCE_NOTE: Partial<Record<ReviewFilter, { about: string; none: string }>> = {
  confident: { about: 'Wrong while sure: a misconception, the answers most worth reading again.', none: 'No confident errors: when you were sure, you were right.' },
  guesses: { about: 'Right while guessing: lucky, worth learning properly.', none: 'No lucky guesses.' },
  unsure: { about: 'Right but unsure: nearly there.', none: 'No right answers you were unsure of.' },
  solid: { about: 'Right and sure: you know these.', none: 'No answers both sure and right yet.' },
};

/** "My answers": opens on the misses, with filters and a jump to any question. */
export function ReviewApp({ gameId }: { gameId: string }) {
  const state = useReview(gameId);
  return (
    <AfterGamePage>
      {state.status === 'ready' ? <Answers review={state.review} /> : <ReviewStatus state={state} title="My answers" />}
    </AfterGamePage>
  );
}

function Answers({ review }: { review: Review }) {
  const [filter, setFilter] = useState<ReviewFilter>(() => firstFilter(review.questions));
  const [jump, setJump] = useState<{ number: number } | null>(null);
  const shown = applyFilter(review.questions, filter);
  const misses = applyFilter(review.questions, 'misses').length;
  const filters = filtersFor(review.questions);
  const asked = filters.length > 3;
  const note = asked ? CONFIDENCE_NOTE[filter] : undefined;

  // A jump lands on its question once it is drawn (a question the filter hid is shown with all the others).
  useEffect(() => {
    if (!jump) return;
    const card = document.getElementById(`question-${jump.number}`);
    card?.scrollIntoView({ block: 'start', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    card?.focus({ preventScroll: true });
  }, [jump]);

  function jumpTo(number: number) {
    if (!shown.some((q) => q.number === number)) setFilter('all');
    setJump({ number });
  }

  return (
    <>
      <header className="rounded-2xl bg-accent p-5 text-on-accent">
        <h1 className="text-3xl font-black">My answers</h1>
        <p className="mt-1">
          {review.nickname} · {review.bankTitle} · <time dateTime={review.playedAt}>{formatDateTime(review.playedAt)}</time>
        </p>
        <p className="mt-2 text-lg font-semibold">
          #{review.rank} of {review.players} · {formatPoints(review.score)} · {review.correctCount} of {review.questions.length} correct
        </p>
      </header>
      {review.inProgress && (
        <p role="status" className="rounded-xl border-2 border-warn p-3 font-semibold text-warn">
          The game is still running: these are the questions played so far.
        </p>
      )}
      {misses > 0 ? (
        <Link href={`/review/${review.gameId}/practice`} className="game-button game-button-primary py-3 text-center text-lg">
          Practice my misses
        </Link>
      ) : (
        review.questions.length > 0 && <p className="text-center font-semibold text-good">Every answer right: nothing to practice.</p>
      )}
      {review.questions.length > 0 && (
        <>
          <div role="group" aria-label="Show" className="grid grid-cols-3 gap-1 rounded-xl bg-surface-2 p-1">
            {filters.map((f) => (
              <button
                key={f}
                type="button"
                aria-pressed={filter === f}
                onClick={() => setFilter(f)}
                className={`min-h-11 rounded-lg px-2 font-bold ${filter === f ? 'bg-accent text-on-accent shadow' : 'text-ink'}`}
              >
                {f === 'guesses' && asked ? 'Lucky guesses' : FILTER_LABEL[f]} ({applyFilter(review.questions, f).length})
              </button>
            ))}
          </div>
          <JumpList questions={review.questions} onJump={jumpTo} />
        </>
      )}
      {note && <p className="text-sm text-muted">{note.about}</p>}
      {filter === 'guesses' && !asked && (
        <p className="text-sm text-muted">
          Right answers given with under {Math.round((1 - GUESS_SHARE) * 100)}% of the time left: right at the buzzer may be luck, worth a second look.
        </p>
      )}
      {shown.length === 0 && review.questions.length > 0 && (
        <p className="rounded-xl bg-surface p-4 text-center text-muted">
          {note?.none ?? (filter === 'misses' ? 'No misses: every answer right.' : 'No answer at the buzzer: none of your right answers looks like a guess.')}
        </p>
      )}
      {shown.map((q) => (
        <ReviewedQuestion key={q.number} question={q} />
      ))}
      <Link href="/" className="text-center text-accent-ink underline">
        Back to the home page
      </Link>
    </>
  );
}

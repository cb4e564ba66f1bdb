import Link from 'next/link';
import type { ReviewState } from './use-review';

/** What the review pages show until the answers are here, or instead of them; under the page's own heading. */
export function ReviewStatus({ state, title }: { state: Exclude<ReviewState, { status: 'ready' }>; title: string }) {
  return (
    <>
      <h1 className="text-3xl font-black">{title}</h1>
      {state.status === 'loading' ? (
        <p role="status" className="m-auto text-muted">
          Loading your answers…
        </p>
      ) : (
        <div role="alert" className="m-auto flex flex-col items-center gap-3 text-center">
          <p className="text-xl font-bold">{state.status === 'not-played' ? 'This browser did not play in this game.' : state.message}</p>
          {state.status === 'not-played' && <p className="text-muted">Your answers can be reviewed on the phone or browser you played with.</p>}
          <Link href="/" className="text-accent-ink underline">
            Back to the home page
          </Link>
        </div>
      )}
    </>
  );
}

import Link from 'next/link';
import type { ReviewState } from './use-review';

/** What the review pages show until the answers are here, or instead of them. */
export function ReviewStatus({ state }: { state: Exclude<ReviewState, { status: 'ready' }> }) {
  if (state.status === 'loading') {
    return (
      <p role="status" className="m-auto text-slate-600">
        Loading your answers…
      </p>
    );
  }
  return (
    <div role="alert" className="m-auto flex flex-col items-center gap-3 text-center">
      <p className="text-xl font-bold">
        {state.status === 'not-played' ? 'This browser did not play in this game.' : state.message}
      </p>
      {state.status === 'not-played' && (
        <p className="text-slate-600">Your answers can be reviewed on the phone or browser you played with.</p>
      )}
      <Link href="/" className="text-indigo-700 underline">
        Back to the home page
      </Link>
    </div>
  );
}

import type { ReviewOption } from '@/server/results/review';
import { Markdown } from '@/app/components/Markdown';

/** The options with the right ones and the player's picks marked in words, not colour alone. */
export function AnswerOptions({ options }: { options: ReviewOption[] }) {
  return (
    <ul aria-label="Options" className="flex flex-col gap-2">
      {options.map((o) => (
        <li
          key={o.id}
          className={`rounded-xl border-2 p-3 ${o.correct ? 'border-emerald-500 bg-emerald-50' : o.picked ? 'border-rose-400 bg-rose-50' : 'border-slate-200 bg-white'}`}
        >
          <Markdown inline>{o.text}</Markdown>
          <span className="mt-1 flex gap-2 text-sm font-bold">
            {o.correct && <span className="text-emerald-700">✓ Right answer</span>}
            {o.picked && <span className={o.correct ? 'text-emerald-700' : 'text-rose-700'}>Your pick</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** For the types without a row of options: the answer given and the right one, in words. */
export function AnswerText({ yours, right }: { yours: string; right: string }) {
  return (
    <dl className="flex flex-col gap-2">
      <div className="rounded-xl border-2 border-emerald-500 bg-emerald-50 p-3">
        <dt className="text-sm font-bold text-emerald-700">✓ Right answer</dt>
        <dd className="break-words">{right}</dd>
      </div>
      <div className="rounded-xl border-2 border-slate-200 bg-white p-3">
        <dt className="text-sm font-bold text-slate-700">Your answer</dt>
        <dd className="break-words">{yours || 'No answer'}</dd>
      </div>
    </dl>
  );
}

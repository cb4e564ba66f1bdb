import { Markdown } from '@/app/components/Markdown';
import { Shape, answerStyle } from '@/app/components/shapes';
import type { OptionResult } from '@/server/results/report';

/** How the room answered a choice question: each option in its tile's shape and colour, its picks as a bar, the right ones said in words. */
export function ChoiceTally({ options, unanswered }: { options: OptionResult[]; unanswered: number }) {
  const most = Math.max(1, unanswered, ...options.map((o) => o.picks));
  return (
    <ul aria-label="Picks per option" className="flex flex-col gap-1.5">
      {options.map((o, i) => (
        <li key={o.id} className={`grid grid-cols-[minmax(0,1fr)_minmax(6rem,30%)] items-center gap-3 rounded-xl px-3 py-2 ${o.correct ? `${answerStyle(i).tile} font-bold` : 'border-[3px] border-line'}`}>
          <span className="flex min-w-0 items-center gap-2">
            <span className={`shrink-0 rounded-md p-1 ${answerStyle(i).tile}`}>
              <Shape position={i} className="h-4 w-4" />
            </span>
            <span className="min-w-0 break-words">
              <Markdown inline>{o.text}</Markdown>
              {o.correct && <span className="ml-2 whitespace-nowrap text-sm font-black">✓ Right answer</span>}
            </span>
          </span>
          <Bar count={o.picks} most={most} label="picked it" />
        </li>
      ))}
      <li className="grid grid-cols-[minmax(0,1fr)_minmax(6rem,30%)] items-center gap-3 px-3 py-1 italic text-muted">
        <span>No answer</span>
        <Bar count={unanswered} most={most} label="gave no answer" />
      </li>
    </ul>
  );
}

export function Bar({ count, most, label }: { count: number; most: number; label: string }) {
  return (
    <span className="flex items-center gap-2">
      <span aria-label={`${count} ${label}`} className="w-6 text-right font-black tabular-nums">
        {count}
      </span>
      <span aria-hidden="true" className="h-2.5 flex-1 rounded-full bg-[color-mix(in_srgb,currentColor_25%,transparent)]">
        <span className="block h-full rounded-full bg-current" style={{ width: `${(count / most) * 100}%` }} />
      </span>
    </span>
  );
}

import { Markdown } from '@/app/components/Markdown';
import { Shape, answerStyle } from '@/app/components/shapes';
import type { RoundView } from '@/common/protocol';

/**
 * The host's answer tiles for a choice question (one or several right): the body
 * that HostQuestion puts in its answers slot. Two columns; 5 or 6 options make three rows.
 */
export function ChoiceOptions({ round }: { round: RoundView }) {
  return (
    <ul aria-label="Options" className="grid h-full max-h-[calc(36*var(--su))] auto-rows-[1fr] grid-cols-2 gap-[var(--gap-sm)]">
      {round.options.map((option, i) => (
        <li key={option.id} className={`t-option flex items-center gap-[0.6em] rounded-[0.5em] px-[0.8em] py-[0.55em] font-bold shadow-lg ${answerStyle(i).tile}`}>
          <Shape position={i} className="h-[1.5em] w-[1.5em] shrink-0" />
          <Markdown inline className="min-w-0 break-words">{option.text}</Markdown>
        </li>
      ))}
    </ul>
  );
}

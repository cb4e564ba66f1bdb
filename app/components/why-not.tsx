import { Markdown } from './Markdown';
import { Shape, answerStyle } from './shapes';
import type { OptionNote, OptionView } from '@/common/protocol';

/**
 * "Why not": a bank's note on a wrong option, under that option as the players
 * saw it (its shape, colour and text: options have no letters in Cramjam).
 * `picks`: how many picked it, on the projector. Sized in em, so the host's
 * stage scales it; `children` stands in for the note (the phone folds a long one).
 */
export function WhyNot({ note, options, picks, className = '', children }: { note: OptionNote; options: OptionView[]; picks?: number; className?: string; children?: React.ReactNode }) {
  const position = options.findIndex((o) => o.id === note.optionId);
  const option = options[position];
  if (!option) return null;
  return (
    <section aria-label="Why not" className={`text-left ${className}`}>
      {/* h4: a part of the reveal's explanation (the host's styles its h3, "Why") */}
      <h4 className="flex items-center gap-[0.4em] font-bold">
        <span className="shrink-0 text-[0.85em] uppercase tracking-wide text-bad">Why not</span>
        <span className={`shrink-0 rounded-[0.25em] p-[0.12em] ${answerStyle(position).tile}`}>
          <Shape position={position} className="h-[0.8em] w-[0.8em]" />
        </span>
        {/* Two lines at most: the shape already tells which option it is. */}
        <Markdown inline className="line-clamp-2 min-w-0 break-words">{option.text}</Markdown>
        {picks !== undefined && (
          <span className="ml-auto shrink-0 font-normal text-muted">
            {picks} picked it
          </span>
        )}
      </h4>
      {children ?? <Markdown className="mt-[0.2em] space-y-[0.4em] leading-snug">{note.note}</Markdown>}
    </section>
  );
}

import { Markdown } from '@/app/components/Markdown';
import { RightCount } from '@/app/components/question-types';
import { Shape, answerStyle } from '@/app/components/shapes';
import type { OptionView, RevealView, RoundView } from '@/common/protocol';

/**
 * How the room answered a choice question: every option with its count and bar,
 * the right ones in their colour with a tick, the others plain, under how many got it
 * right; after a second vote, each option's first vote too. Sized in em: the stage's
 * t-reveal sets it. The body that HostReveal puts in its answers slot.
 */
export function ChoiceReveal({ round, reveal }: { round: RoundView; reveal: RevealView }) {
  return (
    <div className="flex flex-col gap-[0.4em]">
      <RightCount reveal={reveal} />
      <OptionTally label="Answers" options={round.options} counts={reveal.distribution} first={reveal.firstVote?.distribution} correctIds={reveal.correctOptionIds} />
    </div>
  );
}

/**
 * Options with their counts and bars: the right ones in their tile's colour with a tick,
 * the others plain; with no `correctIds` (a held round) every row is plain, so nothing
 * tells the answer. `first`: a round voted on twice, each row's first vote as a faint bar
 * over the solid bar of the final answers, both in the padding one bar takes (a reveal's
 * rows cost no more height for it). `thick`: bars that carry the screen (a held
 * round's, with nothing else to show) rather than sit under the text.
 */
export function OptionTally({
  label,
  options,
  counts,
  first,
  correctIds,
  thick = false,
}: {
  label: string;
  options: OptionView[];
  counts: Record<string, number>;
  first?: Record<string, number>;
  correctIds: string[];
  thick?: boolean;
}) {
  const most = Math.max(1, ...Object.values(counts), ...Object.values(first ?? {}));
  return (
    <ul aria-label={label} className={`flex flex-col ${thick ? 'gap-[0.4em]' : 'gap-[0.25em]'}`}>
      {options.map((option, i) => {
        const correct = correctIds.includes(option.id);
        const count = counts[option.id] ?? 0;
        const before = first && (first[option.id] ?? 0);
        const ink = correct ? 'var(--tile-ink)' : 'var(--muted)';
        return (
          <li
            key={option.id}
            className={`relative rounded-[0.5em] px-[0.5em] pt-[0.2em] ${thick ? 'pb-[0.7em]' : 'pb-[0.4em]'} ${correct ? `${answerStyle(i).tile} font-bold shadow-lg` : 'border-[3px] border-line bg-surface'}`}
          >
            <div className="flex items-center gap-[0.5em]">
              <span className={`rounded-[0.3em] p-[0.15em] ${answerStyle(i).tile}`}>
                <Shape position={i} className="h-[1em] w-[1em]" />
              </span>
              <Markdown inline className="min-w-0 flex-1 break-words">{option.text}</Markdown>
              {correct && (
                <span className="shrink-0 font-black">
                  <span aria-hidden="true">✓</span>
                  <span className="sr-only">Correct</span>
                </span>
              )}
              {before === undefined ? (
                <span aria-label={`${count} answers`} className="w-[2em] shrink-0 text-right font-black tabular-nums">
                  {count}
                </span>
              ) : (
                <span aria-label={`${before} in the first vote, ${count} in the second`} className="min-w-[2em] shrink-0 whitespace-nowrap text-right tabular-nums">
                  <span className="text-[0.7em] font-semibold">{before}</span>
                  <span aria-hidden="true" className="mx-[0.1em] text-[0.7em] font-semibold">→</span>
                  <span className="font-black">{count}</span>
                </span>
              )}
            </div>
            {/* In the row's bottom padding, not a line of its own: four bars cost no line of text. */}
            {before !== undefined && (
              <div className="absolute inset-x-[0.5em] bottom-[0.27em] h-[0.12em]">
                <div className="animate-grow h-full origin-left rounded-full" style={{ width: `${(before / most) * 100}%`, background: `color-mix(in srgb, ${ink} 45%, transparent)` }} />
              </div>
            )}
            <div className={`absolute inset-x-[0.5em] rounded-full bg-surface-2 ${thick ? 'bottom-[0.15em] h-[0.4em]' : first ? 'bottom-[0.08em] h-[0.14em]' : 'bottom-[0.12em] h-[0.2em]'}`}>
              <div className="animate-grow h-full origin-left rounded-full" style={{ width: `${(count / most) * 100}%`, background: ink }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

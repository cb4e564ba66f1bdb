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
      {reveal.firstVote && <VoteLegend />}
      <OptionTally label="Answers" options={round.options} counts={reveal.distribution} first={reveal.firstVote?.distribution} correctIds={reveal.correctOptionIds} />
    </div>
  );
}

/**
 * Options with their counts and bars: the right ones in their tile's colour with a tick,
 * the others plain; with no `correctIds` (a held round) every row is plain, so nothing
 * tells the answer. `first`: a round voted on twice, each row's first vote as an outlined
 * bar over the solid bar of the final answers. `thick`: bars that carry the screen (a held
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
            className={`relative rounded-[0.5em] px-[0.5em] pt-[0.2em] ${first || thick ? 'pb-[0.7em]' : 'pb-[0.4em]'} ${correct ? `${answerStyle(i).tile} font-bold shadow-lg` : 'border-[3px] border-line bg-surface'}`}
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
                  <span className="text-[0.8em] font-semibold">{before}</span>
                  <span aria-hidden="true" className="text-[0.8em] font-semibold"> → </span>
                  <span className="font-black">{count}</span>
                </span>
              )}
            </div>
            {/* In the row's bottom padding, not a line of its own: four bars cost no line of text. */}
            {before !== undefined && before > 0 && (
              <div
                data-vote="first"
                className="animate-grow absolute bottom-[0.42em] left-[0.5em] h-[0.2em] origin-left rounded-full border-2"
                style={{ width: `calc((100% - 1em) * ${before / most})`, borderColor: ink }}
              />
            )}
            <div className={`absolute inset-x-[0.5em] rounded-full bg-surface-2 ${thick ? 'bottom-[0.15em] h-[0.4em]' : 'bottom-[0.12em] h-[0.2em]'}`}>
              <div className="animate-grow h-full origin-left rounded-full" style={{ width: `${(count / most) * 100}%`, background: ink }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** What the two bars of a round voted on twice are: the first vote outlined, the second solid. */
function VoteLegend() {
  return (
    <p className="flex flex-wrap items-center gap-x-[1em] text-[0.7em] font-semibold text-muted">
      <span className="flex items-center gap-[0.4em]">
        <span aria-hidden="true" className="inline-block h-[0.5em] w-[1.6em] rounded-full border-2 border-muted" />
        First vote
      </span>
      <span className="flex items-center gap-[0.4em]">
        <span aria-hidden="true" className="inline-block h-[0.5em] w-[1.6em] rounded-full bg-muted" />
        Second vote
      </span>
    </p>
  );
}

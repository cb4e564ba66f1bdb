import { Markdown } from '@/app/components/Markdown';
import { RightCount } from '@/app/components/question-types';
import { Shape, answerStyle } from '@/app/components/shapes';
import type { RevealView, RoundView } from '@/common/protocol';

/**
 * How the room answered a choice question: every option with its count and bar,
 * the right ones in their colour with a tick, the others plain, under how many got it
 * right. Sized in em: the stage's t-reveal sets it. The body that
 * HostReveal puts in its answers slot.
 */
export function ChoiceReveal({ round, reveal }: { round: RoundView; reveal: RevealView }) {
  const most = Math.max(1, ...Object.values(reveal.distribution));
  return (
    <div className="flex flex-col gap-[0.4em]">
      <RightCount reveal={reveal} />
      <ul aria-label="Answers" className="flex flex-col gap-[0.25em]">
        {round.options.map((option, i) => {
          const correct = reveal.correctOptionIds.includes(option.id);
          const count = reveal.distribution[option.id] ?? 0;
          return (
            <li
              key={option.id}
              className={`relative rounded-[0.5em] px-[0.5em] pb-[0.4em] pt-[0.2em] ${correct ? `${answerStyle(i).tile} font-bold shadow-lg` : 'border-[3px] border-line bg-surface'}`}
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
                <span aria-label={`${count} answers`} className="w-[2em] shrink-0 text-right font-black tabular-nums">
                  {count}
                </span>
              </div>
              {/* In the row's bottom padding, not a line of its own: four bars cost no line of text. */}
              <div className="absolute inset-x-[0.5em] bottom-[0.12em] h-[0.2em] rounded-full bg-surface-2">
                <div className="animate-grow h-full origin-left rounded-full" style={{ width: `${(count / most) * 100}%`, background: correct ? 'var(--tile-ink)' : 'var(--muted)' }} />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

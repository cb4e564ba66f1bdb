import type { FirstVoteView, RevealView } from '@/common/protocol';

/**
 * A reveal after a second vote ("Discuss and vote again"), in a line: "2 changed to the right
 * answer   first vote 1 of 4 right → now 3 of 4". With `legend` (a choice question, whose rows
 * show both votes), "first vote" and "now" carry the swatches of the rows' faint and solid bars.
 */
export function RevoteLine({ reveal, firstVote, legend, className }: { reveal: RevealView; firstVote: FirstVoteView; legend: boolean; className: string }) {
  const changed = firstVote.changedToRight;
  return (
    // Two parts that each stay whole: where the line is too narrow, the comparison goes under the count, not a word of it.
    <p className={`flex flex-wrap items-baseline gap-x-[0.8em] text-muted ${className}`}>
      <span className="whitespace-nowrap font-black text-good">{changed === 0 ? 'Nobody' : changed} changed to the right answer</span>
      <span className="whitespace-nowrap">
        {legend && <Swatch className="bg-[color-mix(in_srgb,var(--muted)_45%,transparent)]" />}first vote {firstVote.correctCount} of {firstVote.answered} right →{' '}
        {legend && <Swatch className="bg-muted" />}now {reveal.correctCount} of {reveal.answered}
      </span>
    </p>
  );
}

function Swatch({ className }: { className: string }) {
  return <span aria-hidden="true" className={`mr-[0.3em] inline-block h-[0.5em] w-[1.4em] rounded-full align-[0.05em] ${className}`} />;
}

import type { ReactNode } from 'react';
import { Markdown } from '@/app/components/Markdown';
import { Shape, answerStyle } from '@/app/components/shapes';
import type { ParsedQuestion } from '@/server/banks/types';
import type { OptionView, RevealView, RoundView } from '@/common/protocol';
import type { InputProps, InputQuestion } from './types';

/**
 * What a question type that is not a grid of options shows on each screen.
 * Render functions rather than components, so a screen dispatches on the
 * type without creating components as it renders.
 *
 * The projector and reveal views size everything in em: the host's stage sets
 * the font size from its type scale (t-option, t-body), a phone its own.
 * Colours are the theme's tokens and the answer tiles, as on the choice screens.
 */
export interface TypeViews extends TypeLabels {
  /** the phone's answer input (also used by Practice my misses) */
  input(props: InputProps): ReactNode;
  /** the input needs only its own height (a text box), not the screen: the phone gives the rest to the question */
  compactInput: boolean;
  /** the projector while the round is open */
  hostQuestion(round: RoundView): ReactNode;
  /** the right answer and the room's counts, on the projector, the phones and the report */
  reveal(question: InputQuestion, reveal: RevealCounts): ReactNode;
  /** the right answer alone, without the room's counts ("My answers", practice) */
  solution(question: InputQuestion, correctOptionIds: string[], accepted: string[]): ReactNode;
  /** "Answer received" and "My answers": the player's own answer, echoed compactly */
  answered(question: InputQuestion, optionIds: string[], text: string | null): ReactNode;
  /** a player's own answer in words */
  describe(question: InputQuestion, optionIds: string[], text: string | null): string;
  /** the upload preview */
  preview(question: ParsedQuestion): ReactNode;
}

/** What every type names, whether it has its own views or is shown as the grid. */
export interface TypeLabels {
  /** the type's name, on the upload preview */
  label: string;
  /** the results page's table per question: what a row is, and what its count counts */
  results: { row: string; count: string };
}

/** What a reveal view reads of a reveal: the report builds it from stored answers. */
export type RevealCounts = Pick<RevealView, 'correctOptionIds' | 'accepted' | 'distribution' | 'answered'>;

export const textOf = (list: OptionView[], id: string) => list.find((o) => o.id === id)?.text ?? '?';
export const positionOf = (list: OptionView[], id: string) => list.findIndex((o) => o.id === id);

/** A caption over a projector or reveal list ("Right order", "Prompts"); `aside` heads the counts column on the right. */
export function Caption({ children, tone = 'text-muted', aside }: { children: ReactNode; tone?: string; aside?: string }) {
  return (
    <h3 className={`flex justify-between gap-[0.5em] text-[0.75em] font-black uppercase tracking-wide ${tone}`}>
      {children}
      {aside && <span className="font-bold normal-case tracking-normal text-muted">{aside}</span>}
    </h3>
  );
}

/**
 * Items on the projector as answer tiles: the colour and shape each has on the
 * phones (ordering items, matching prompts), one or two columns.
 */
export function HostTiles({ label, caption, items, columns }: { label: string; caption: string; items: OptionView[]; columns: 1 | 2 }) {
  return (
    <section aria-label={label} className="flex h-full min-h-0 flex-col gap-[var(--gap-sm)]">
      <div className="t-body">
        <Caption>{caption}</Caption>
      </div>
      <ul className={`grid max-h-[calc(40*var(--su))] min-h-0 flex-1 auto-rows-[1fr] gap-[var(--gap-sm)] ${columns === 2 ? 'grid-cols-2' : 'grid-cols-1'}`}>
        {items.map((item, i) => (
          <li key={item.id} className={`t-option flex items-center gap-[0.6em] rounded-[0.5em] px-[0.8em] py-[0.35em] font-bold shadow-lg ${answerStyle(i).tile}`}>
            <Shape position={i} className="h-[1.3em] w-[1.3em] shrink-0" />
            <Markdown inline className="min-w-0 break-words">{item.text}</Markdown>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How many of the room got one part right: the number and a bar (the choice reveal's look); `label` says it to screen readers. */
export function CountBar({ count, of, label }: { count: number; of: number; label: string }) {
  return (
    <span className="flex w-[3.2em] shrink-0 flex-col items-end gap-[0.15em]">
      <span aria-label={`${count} ${label}`} className="font-black tabular-nums">
        {count}
      </span>
      <span className="h-[0.3em] w-full rounded-full bg-[color-mix(in_srgb,var(--tile-ink)_30%,transparent)]">
        <span className="animate-grow block h-full origin-left rounded-full bg-[var(--tile-ink)]" style={{ width: `${of ? (count / of) * 100 : 0}%` }} />
      </span>
    </span>
  );
}

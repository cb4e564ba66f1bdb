import type { ReactNode } from 'react';
import type { ParsedQuestion } from '@/server/bank';
import type { OptionView, RevealView, RoundView } from '@/server/protocol';
import type { InputProps } from './types';

/**
 * What a question type that is not a grid of options shows on each screen.
 * Render functions rather than components, so a screen dispatches on the
 * type without creating components as it renders.
 */
export interface TypeViews {
  /** the phone's answer input (also used by Practice my misses) */
  input(props: InputProps): ReactNode;
  /** the projector while the round is open */
  hostQuestion(round: RoundView): ReactNode;
  /** the right answer and the room's counts, on the projector and the phones */
  reveal(round: RoundView, reveal: RevealView): ReactNode;
  /** a player's own answer in words */
  describe(round: RoundView, optionIds: string[], text: string | null): string;
  /** the upload preview */
  preview(question: ParsedQuestion): ReactNode;
}

export const textOf = (list: OptionView[], id: string) => list.find((o) => o.id === id)?.text ?? '?';

export function HostList({ label, heading = label, items }: { label: string; heading?: string; items: string[] }) {
  return (
    <section aria-label={label} className="rounded-3xl bg-white p-6 shadow text-slate-900">
      <h3 className="mb-3 text-xl font-bold text-slate-600">{heading}</h3>
      <ul className="flex flex-col gap-2">
        {items.map((text) => (
          <li key={text} className="rounded-xl bg-slate-100 p-3 text-xl font-semibold text-slate-900">
            {text}
          </li>
        ))}
      </ul>
    </section>
  );
}


import { Markdown } from '@/app/components/Markdown';
import { Shape, answerStyle } from '@/app/components/shapes';
import type { ParsedQuestion } from '@/server/banks/types';
import type { RoundView } from '@/common/protocol';
import type { InputQuestion } from './types';
import { OrderingInput } from './ordering-input';
import { Caption, CountBar, HostTiles, positionOf, textOf, type RevealCounts, type TypeViews } from './type-views';

/** Ordering on the projector, at the reveal and in the upload preview; each item keeps its tile from the phones. */
export const orderingViews: TypeViews = {
  label: 'Ordering',
  results: { row: 'Item', count: 'Put in its right place by' },
  compactInput: false,
  input: (props) => <OrderingInput {...props} />,
  hostQuestion: (round: RoundView) => <HostTiles label="Items to put in order" caption="Put these in order on your phone" items={round.options} columns={round.options.length > 3 ? 2 : 1} />,
  reveal: (round, reveal) => <RightOrder question={round} ids={reveal.correctOptionIds} reveal={reveal} />,
  solution: (question, ids) => <RightOrder question={question} ids={ids} />,
  answered: (round, optionIds) => (
    <ol aria-label="Your answer" className="flex w-full flex-col gap-1">
      {optionIds.map((id, step) => (
        <li key={id} className="flex items-center gap-2 rounded-lg bg-surface-2 px-2 py-1 text-left font-semibold">
          <span aria-hidden="true" className="flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-accent text-sm font-black text-on-accent">
            {step + 1}
          </span>
          <Markdown inline className="min-w-0 break-words">{textOf(round.options, id)}</Markdown>
        </li>
      ))}
    </ol>
  ),
  describe: (round, optionIds) => optionIds.map((id) => textOf(round.options, id)).join(' > '),
  preview: (question: ParsedQuestion) => (
    <ol aria-label="Right order" className="list-decimal pl-6 font-medium">
      {question.options.map((o) => (
        <li key={o.text}>{o.text}</li>
      ))}
    </ol>
  ),
};

/** The items in their right order as numbered tiles; at a reveal, with how many of the room placed each one right. */
function RightOrder({ question, ids, reveal }: { question: InputQuestion; ids: string[]; reveal?: RevealCounts }) {
  return (
    <section aria-label="Right order" className="flex flex-col gap-[0.35em]">
      <Caption tone="text-good" aside={reveal && 'placed right'}>Right order</Caption>
      <ol className="flex flex-col gap-[0.35em]">
        {ids.map((id, step) => {
          const tile = positionOf(question.options, id);
          return (
            <li key={id} className={`flex items-center gap-[0.5em] rounded-[0.5em] px-[0.6em] py-[0.35em] font-bold shadow-lg ${answerStyle(tile).tile}`}>
              <span className="w-[1.2em] shrink-0 text-right font-black tabular-nums">{step + 1}.</span>
              <Shape position={tile} className="h-[1em] w-[1em] shrink-0" />
              <Markdown inline className="min-w-0 flex-1 break-words">{textOf(question.options, id)}</Markdown>
              {reveal && <CountBar count={reveal.distribution[id] ?? 0} of={reveal.answered} label="placed it here" />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

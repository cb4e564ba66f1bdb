import type { ParsedQuestion } from '@/server/bank';
import type { RevealView, RoundView } from '@/server/protocol';
import { OrderingInput } from './ordering-input';
import { HostList, textOf, type TypeViews } from './type-views';

/** Ordering on the projector, at the reveal and in the upload preview. */
export const orderingViews: TypeViews = {
  input: (props) => <OrderingInput {...props} />,
  hostQuestion: (round: RoundView) => <HostList label="Items to put in order" heading="Put these in order on your phone" items={round.options.map((o) => o.text)} />,
  reveal: (round: RoundView, reveal: RevealView) => (
    <section aria-label="Right order">
      <h3 className="text-sm font-bold uppercase tracking-wide text-emerald-700">Right order</h3>
      <ol className="mt-1 flex flex-col gap-1">
        {reveal.correctOptionIds.map((id, i) => (
          <li key={id} className="flex items-center gap-3 rounded-xl bg-emerald-50 p-2 font-semibold text-slate-900">
            <span className="w-6 text-right font-black">{i + 1}.</span>
            <span className="flex-1">{textOf(round.options, id)}</span>
            <span className="text-sm text-slate-600">{reveal.distribution[id] ?? 0} placed it here</span>
          </li>
        ))}
      </ol>
    </section>
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

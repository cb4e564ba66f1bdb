import type { ParsedQuestion } from '@/server/bank';
import type { RevealView, RoundView } from '@/server/protocol';
import { MatchingInput } from './matching-input';
import { HostList, textOf, type TypeViews } from './type-views';

/** Matching on the projector, at the reveal and in the upload preview: every pair in view. */
export const matchingViews: TypeViews = {
  input: (props) => <MatchingInput {...props} />,
  hostQuestion: (round: RoundView) => (
    <div className="grid gap-6 md:grid-cols-2">
      <HostList label="Prompts" items={round.options.map((o) => o.text)} />
      <HostList label="Answers" items={round.matches.map((m) => m.text)} />
    </div>
  ),
  reveal: (round: RoundView, reveal: RevealView) => (
    <section aria-label="Right pairs">
      <h3 className="text-sm font-bold uppercase tracking-wide text-emerald-700">Right pairs</h3>
      <ul className="mt-1 flex flex-col gap-1">
        {round.options.map((prompt, i) => (
          <li key={prompt.id} className="flex flex-wrap items-center gap-2 rounded-xl bg-emerald-50 p-2 text-slate-900">
            <Pair prompt={prompt.text} match={textOf(round.matches, reveal.correctOptionIds[i] ?? '')} />
            <span className="ml-auto text-sm text-slate-600">{reveal.distribution[prompt.id] ?? 0} matched it</span>
          </li>
        ))}
      </ul>
    </section>
  ),
  describe: (round, optionIds) => round.options.map((p, i) => `${p.text} → ${textOf(round.matches, optionIds[i] ?? '')}`).join('; '),
  preview: (question: ParsedQuestion) => (
    <ul aria-label="Right pairs" className="flex flex-col gap-1">
      {question.options.map((o) => (
        <li key={o.text} className="rounded-lg border-2 border-slate-200 px-3 py-1">
          <Pair prompt={o.text} match={o.match ?? ''} />
        </li>
      ))}
    </ul>
  ),
};

function Pair({ prompt, match }: { prompt: string; match: string }) {
  return (
    <>
      <span className="font-semibold">{prompt}</span> <span aria-hidden="true">→</span>
      <span className="sr-only">matches</span> <span className="font-bold text-emerald-800">{match}</span>
    </>
  );
}

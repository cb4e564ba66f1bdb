import { Markdown } from '@/app/components/Markdown';
import { Shape, answerStyle } from '@/app/components/shapes';
import type { ParsedQuestion } from '@/server/banks/types';
import type { RoundView } from '@/common/protocol';
import type { InputQuestion } from './types';
import { MatchingInput } from './matching-input';
import { Caption, CountBar, HostTiles, textOf, type RevealCounts, type TypeViews } from './type-views';

/**
 * Matching on the projector, at the reveal and in the upload preview: every
 * pair in view, each prompt in the tile colour and shape it has on the phones.
 */
export const matchingViews: TypeViews = {
  label: 'Matching',
  results: { row: 'Prompt', count: 'Matched right by' },
  compactInput: false,
  input: (props) => <MatchingInput {...props} />,
  hostQuestion: (round: RoundView) => (
    <div className="grid h-full min-h-0 grid-cols-[2fr_3fr] gap-[var(--gap)]">
      <HostTiles label="Prompts" caption="Match each of these…" items={round.options} columns={1} />
      <section aria-label="Answers" className="flex min-h-0 flex-col gap-[var(--gap-sm)]">
        <div className="t-body">
          <Caption>…to one of these</Caption>
        </div>
        <ul className="grid max-h-[calc(40*var(--su))] min-h-0 flex-1 auto-rows-[1fr] gap-[var(--gap-sm)]">
          {round.matches.map((m) => (
            <li key={m.id} className="t-option flex items-center rounded-[0.5em] border-[3px] border-line bg-surface px-[0.8em] py-[0.35em] font-semibold">
              <Markdown inline className="min-w-0 break-words">{m.text}</Markdown>
            </li>
          ))}
        </ul>
      </section>
    </div>
  ),
  reveal: (round, reveal) => <RightPairs question={round} matchIds={reveal.correctOptionIds} reveal={reveal} />,
  solution: (question, matchIds) => <RightPairs question={question} matchIds={matchIds} />,
  answered: (round, optionIds) => (
    <ul aria-label="Your answer" className="flex w-full flex-col gap-1">
      {round.options.map((prompt, i) => (
        <li key={prompt.id} className="flex items-center gap-2 rounded-lg bg-surface-2 px-2 py-1 text-left text-sm">
          <span className={`shrink-0 rounded p-0.5 ${answerStyle(i).tile} !border-0`}>
            <Shape position={i} className="h-3.5 w-3.5" />
          </span>
          <span className="min-w-0 break-words">
            <Pair prompt={prompt.text} match={textOf(round.matches, optionIds[i] ?? '')} />
          </span>
        </li>
      ))}
    </ul>
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

/** Every prompt in its tile with its right answer; at a reveal, with how many of the room matched it right. */
function RightPairs({ question, matchIds, reveal }: { question: InputQuestion; matchIds: string[]; reveal?: RevealCounts }) {
  return (
    <section aria-label="Right pairs" className="flex flex-col gap-[0.35em]">
      <Caption tone="text-good" aside={reveal && 'matched right'}>Right pairs</Caption>
      <ul className="flex flex-col gap-[0.35em]">
        {question.options.map((prompt, i) => (
          <li key={prompt.id} className={`flex items-center gap-[0.5em] rounded-[0.5em] px-[0.6em] py-[0.35em] shadow-lg ${answerStyle(i).tile}`}>
            <Shape position={i} className="h-[1em] w-[1em] shrink-0" />
            <span className="min-w-0 flex-1 break-words">
              <Pair prompt={prompt.text} match={textOf(question.matches, matchIds[i] ?? '')} />
            </span>
            {reveal && <CountBar count={reveal.distribution[prompt.id] ?? 0} of={reveal.answered} label="matched it" />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Pair({ prompt, match }: { prompt: string; match: string }) {
  return (
    <>
      <Markdown inline className="font-black">{prompt}</Markdown> <span aria-hidden="true">→</span>
      <span className="sr-only">matches</span> <Markdown inline className="font-semibold">{match}</Markdown>
    </>
  );
}

import { Markdown } from '@/app/components/Markdown';
import { AnsweredBody, describeAnswer, hasOwnViews } from '@/app/components/question-types';
import { Shape, answerStyle } from '@/app/components/shapes';
import type { RoundView } from '@/common/protocol';

/** A player's own answer, echoed as given, with nothing that says whether it is right: the tile(s) picked, or the order, pairs or text. */
export function AnswerEcho({ round, picked, text }: { round: RoundView; picked: string[]; text: string | null }) {
  if (hasOwnViews(round.type)) return <AnsweredBody round={round} optionIds={picked} text={text} />;
  return (
    <ul aria-label="Your answer" className="flex w-full flex-col gap-2">
      {round.options.map((option, i) =>
        picked.includes(option.id) ? (
          <li key={option.id} className={`animate-pop-in flex items-center gap-3 rounded-xl px-4 py-3 text-left text-lg font-bold ${answerStyle(i).tile}`}>
            <Shape position={i} className="h-7 w-7 shrink-0" />
            <Markdown inline className="min-w-0 break-words">{option.text}</Markdown>
          </li>
        ) : null,
      )}
    </ul>
  );
}

/** A player's own answer in one short line: each picked option's shape and text, or the order, pairs or text in words. */
export function AnswerInWords({ round, picked, text }: { round: RoundView; picked: string[]; text: string | null }) {
  if (hasOwnViews(round.type)) return <span className="break-words">{describeAnswer(round, picked, text)}</span>;
  return (
    <>
      {round.options.map((option, i) =>
        picked.includes(option.id) ? (
          <span key={option.id} className="mr-2 inline-flex items-baseline gap-1">
            <span className={`self-center rounded p-0.5 ${answerStyle(i).tile}`}>
              <Shape position={i} className="h-3 w-3" />
            </span>
            <Markdown inline className="break-words">{option.text}</Markdown>
          </span>
        ) : null,
      )}
    </>
  );
}

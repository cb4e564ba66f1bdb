import { AnsweredBody, SolutionBody, hasOwnViews } from '@/app/components/question-types';
import { ChoiceOutcome } from '@/app/components/question-types/choice-outcome';
import { shownQuestion } from '@/app/components/question-types/shown-question';
import { kindOf, type Given, type KindQuestion } from '@/server/game/question-types';

/**
 * The player's answer beside the right one, in the game's own forms: a choice
 * as its tiles (`brief`: only the right ones and the picks), an order as a
 * numbered list, matches as pairs, typed answers as chips.
 */
export function ReviewAnswer({ rules, given, brief = false }: { rules: KindQuestion; given: Given | null; brief?: boolean }) {
  const kind = kindOf(rules.type);
  const question = shownQuestion(rules);
  if (!hasOwnViews(rules.type)) {
    return <ChoiceOutcome options={question.options} correctIds={kind.solution(rules)} pickedIds={given?.optionIds ?? []} brief={brief} />;
  }
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <h3 className="text-sm font-black uppercase tracking-wide text-muted">Your answer</h3>
        {given ? <AnsweredBody round={question} optionIds={given.optionIds} text={given.text} /> : <p className="text-muted">No answer</p>}
      </div>
      <SolutionBody question={question} correctOptionIds={kind.solution(rules)} accepted={kind.accepted(rules)} />
    </div>
  );
}

'use client';

import { useCallback, useState } from 'react';
import { Countdown } from '@/app/components/Countdown';
import { AnswerInput, hasCompactInput, hasOwnViews } from '@/app/components/question-types';
import { useFit } from '@/app/components/use-fit';
import { call } from '@/app/lib/socket';
import type { Confidence, RoundView } from '@/common/protocol';
import { AnswerEcho, AnswerInWords } from './answer-echo';
import { ChoiceButtons } from './choice-buttons';
import { CONFIDENCE_LABELS, ConfidenceRow, lastConfidence } from './confidence-row';
import { FoldedQuestion } from './folded-question';
import type { OwnAnswer } from './own-answer';
import { WholeQuestionSheet } from './whole-question-sheet';

/**
 * A round on a phone, made for one thumb: the clock and the question on top
 * (a long one folds, keeping its ask; "Show whole question" opens it over the
 * answers, under the running clock), Sure / Unsure / Guessing when the game
 * asks (preset to the last choice), the answer buttons filling the rest, and a
 * multi-select's Submit always in view.
 */
export function PlayerQuestion({
  round,
  picked,
  pickedText,
  receivedAt,
  draftKey,
  firstAnswer,
  onAnswered,
}: {
  round: RoundView;
  picked: string[] | null;
  /** what this player typed, on a type-the-answer question they answered */
  pickedText: string | null;
  receivedAt: number;
  draftKey: string;
  /** in a second vote (round.attempt 2): what this player answered the first time, null when nothing */
  firstAnswer: OwnAnswer | null;
  /** told of each answer the server accepted */
  onAnswered: (picked: string[], text: string | null) => void;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [sent, setSent] = useState<string[] | null>(picked);
  const [sentText, setSentText] = useState(pickedText);
  const [error, setError] = useState<string | null>(null);
  const [hint, setHint] = useState<{ text: string; id: string } | null>(null);
  const [sending, setSending] = useState(false);
  const [wholeQuestion, setWholeQuestion] = useState(false);
  const [confidence, setConfidence] = useState<Confidence>(lastConfidence);
  // Six long pairs or items may need smaller text than four options.
  const fitRef = useFit<HTMLDivElement>(round.index, hasOwnViews(round.type) ? 0.62 : 0.7);
  const multi = round.select > 1;
  const answered = sent ?? picked;

  async function send(optionIds: string[], text?: string) {
    if (sending || answered) return;
    setSending(true);
    setError(null);
    const result = await call('player:answer', { index: round.index, optionIds, text, ...(round.askConfidence ? { confidence } : {}) });
    setSending(false);
    if (result.ok) {
      setSent(result.data.picked);
      setSentText(result.data.text ?? null);
      onAnswered(result.data.picked, result.data.text ?? null);
      navigator.vibrate?.(60);
    } else setError(result.error);
  }

  function tap(id: string) {
    if (!multi) return void send([id]);
    setHint(null);
    if (chosen.includes(id)) return setChosen(chosen.filter((x) => x !== id));
    if (chosen.length >= round.select) {
      return setHint({ text: `You have chosen ${round.select}: tap a chosen answer to unpick it, or Submit.`, id });
    }
    setChosen([...chosen, id]);
  }

  const closeWholeQuestion = useCallback(() => setWholeQuestion(false), []);
  // A text box needs only its own height: the question takes the rest.
  const roomy = !answered && hasCompactInput(round.type);
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-2 p-3">
      <div className="flex items-center gap-3">
        <p className="shrink-0 text-sm font-semibold text-muted">
          Question {round.index + 1} of {round.total}
        </p>
        <div className="flex-1">
          <Countdown remainingMs={round.remainingMs} receivedAt={receivedAt} totalMs={round.timeLimitMs} variant="bar" />
        </div>
      </div>
      {round.attempt === 2 && <SecondVote round={round} firstAnswer={firstAnswer} />}
      {/* Below the clock: the whole question opens over this, never over the clock. */}
      <div className="relative flex min-h-0 flex-1 flex-col gap-2">
        <FoldedQuestion round={round} roomy={roomy} onOpen={() => setWholeQuestion(true)} />
        {answered ? (
          <AnswerReceived round={round} picked={answered} text={sentText} confidence={round.askConfidence && sent ? confidence : null} />
        ) : (
          <>
            {round.askConfidence && <ConfidenceRow value={confidence} onChange={setConfidence} disabled={sending} />}
            {multi && (
              <p role="status" className="text-sm font-semibold">
                {hint?.text ?? `Pick ${round.select}, then Submit · ${chosen.length} of ${round.select} chosen`}
              </p>
            )}
            {/* The answers slot: one body component per question type goes here. */}
            <div ref={fitRef} data-slot="answers" className={`min-h-0 overflow-hidden p-1 ${roomy ? 'shrink-0' : 'flex-1'}`}>
              {hasOwnViews(round.type) ? (
                <AnswerInput type={round.type} question={round} onSend={(a) => void send(a.optionIds, a.text)} busy={sending} draftKey={draftKey} submitLabel="Submit" />
              ) : (
                <ChoiceButtons round={round} chosen={chosen} refused={hint} disabled={sending} onTap={tap} />
              )}
            </div>
            {multi && (
              <button
                type="button"
                onClick={() => void send(chosen)}
                disabled={chosen.length !== round.select || sending}
                className="game-button game-button-primary shrink-0 py-3 text-lg"
              >
                Submit
              </button>
            )}
          </>
        )}
        {error && (
          <p role="alert" className="font-semibold text-bad">
            {error}
          </p>
        )}
        {wholeQuestion && <WholeQuestionSheet round={round} onClose={closeWholeQuestion} />}
      </div>
    </div>
  );
}

/** "Answer received", echoing what the player gave: the tile (shape, colour, text) picked, or their order, pairs or text. */
function AnswerReceived({ round, picked, text, confidence }: { round: RoundView; picked: string[]; text: string | null; confidence: Confidence | null }) {
  return (
    <div role="status" className="m-auto flex w-full flex-col items-center gap-3 text-center">
      <p className="animate-pop-in text-3xl font-black">Answer received</p>
      {confidence && <p className="font-semibold">You said: {CONFIDENCE_LABELS[confidence]}</p>}
      <AnswerEcho round={round} picked={picked} text={text} />
      <p className="text-muted">Waiting for the others…</p>
    </div>
  );
}

/** "Discuss and vote again" on a phone: the same question open again, and what this player said the first time, in one line. */
function SecondVote({ round, firstAnswer }: { round: RoundView; firstAnswer: OwnAnswer | null }) {
  return (
    <div className="shrink-0 rounded-xl border-2 border-accent-ink px-3 py-1.5">
      <p className="font-black text-accent-ink">Talk it over, then answer again</p>
      <p className="truncate text-sm">
        <span className="font-semibold">Your first answer: </span>
        {firstAnswer?.picked ? <AnswerInWords round={round} picked={firstAnswer.picked} text={firstAnswer.text} /> : 'none'}
      </p>
    </div>
  );
}

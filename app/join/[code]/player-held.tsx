import type { RoundView } from '@/common/protocol';
import { AnswerEcho } from './answer-echo';
import type { OwnAnswer } from './own-answer';

/**
 * The round closed with the room split and the host deciding (server/game/revote.ts):
 * the player's own answer, as given, and nothing about whether it is right.
 */
export function PlayerHeld({ round, answer }: { round: RoundView; answer: OwnAnswer | null }) {
  return (
    <div role="status" className="m-auto flex w-full flex-col items-center gap-3 p-3 text-center">
      <p className="animate-pop-in text-3xl font-black">Answers are in</p>
      <p className="text-xl font-bold">The room is split.</p>
      <p className="text-balance text-muted">Look up: the host may ask you to talk it over.</p>
      {answer?.picked ? (
        <section aria-label="Your answer" className="flex w-full flex-col gap-2 rounded-2xl bg-surface p-3 shadow">
          <h2 className="text-sm font-black uppercase tracking-wide text-muted">Your answer</h2>
          <AnswerEcho round={round} picked={answer.picked} text={answer.text} />
        </section>
      ) : (
        <p className="font-semibold">You did not answer this one.</p>
      )}
    </div>
  );
}

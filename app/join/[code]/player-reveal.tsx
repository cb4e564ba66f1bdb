import { Explanation } from '@/app/components/Explanation';
import { AnsweredBody, RevealBody, RightCount, hasOwnViews } from '@/app/components/question-types';
import { ChoiceOutcome } from '@/app/components/question-types/choice-outcome';
import { CaseStudyPanel } from '@/app/components/question-types/case-study';
import { formatPoints } from '@/app/lib/format';
import type { PlayerScreen } from '@/common/protocol';
import { CONFIDENCE_LABELS } from './confidence-row';
import { WhyNotNotes } from './why-not-notes';

type Reveal = Extract<PlayerScreen, { screen: 'reveal' }>;

function outcomeOf({ you, reveal }: Reveal) {
  if (you.outcome === 'correct') return { label: 'Correct', className: 'bg-[#15803d] text-white' };
  if (you.outcome === 'incorrect') return { label: 'Incorrect', className: 'bg-[#b91c1c] text-white' };
  return { label: reveal.closedBy === 'host' ? 'Round ended by the host' : "Time's up", className: 'bg-surface-2 text-ink' };
}

/** After a round: how you did, why not the wrong option you picked (when the bank says), which answers were right (and which of your picks), and why. */
export function PlayerReveal({ screen, changedToRight }: { screen: Reveal; changedToRight: boolean }) {
  const { you, round, reveal } = screen;
  const outcome = outcomeOf(screen);
  const rightPicks = you.pickedOptionIds.filter((id) => reveal.correctOptionIds.includes(id)).length;
  return (
    <div className="flex flex-col gap-3 p-3">
      <div className={`animate-pop-in rounded-2xl p-4 text-center ${outcome.className}`}>
        <p className="text-3xl font-black">{outcome.label}</p>
        <p className="mt-1 text-lg">
          {you.points !== 0 ? formatPoints(you.points, { gain: true }) : 'No points this round'}
          {you.confidence && ` · You said ${CONFIDENCE_LABELS[you.confidence]}`}
          {you.bonus > 0 && ` (streak bonus ${formatPoints(you.bonus, { gain: true })})`}
        </p>
        <p className="mt-1">
          Streak {you.streak} · Score {formatPoints(you.score)} · Rank #{you.rank}
        </p>
        {changedToRight && <p className="mt-1 font-bold">You changed to the right answer after talking it over.</p>}
      </div>
      <WhyNotNotes notes={you.whyNot} options={round.options} />
      <CaseStudyPanel caseStudy={round.caseStudy} />
      {hasOwnViews(round.type) ? (
        <>
          <RevealBody round={round} reveal={reveal} className="rounded-2xl bg-surface p-3 text-sm shadow" />
          {you.outcome === 'incorrect' && (
            <div className="flex flex-col gap-2 rounded-2xl bg-surface p-3 shadow">
              <h3 className="text-sm font-black uppercase tracking-wide text-bad">Your answer</h3>
              <AnsweredBody round={round} optionIds={you.pickedOptionIds} text={you.pickedText} />
            </div>
          )}
        </>
      ) : (
        <section aria-label="Answers" className="flex flex-col gap-2 rounded-2xl bg-surface p-3 shadow">
          <RightCount reveal={reveal} />
          {round.select > 1 && you.pickedOptionIds.length > 0 && (
            <p className="font-semibold">
              {rightPicks} of your {you.pickedOptionIds.length} picks {rightPicks === 1 ? 'was' : 'were'} right.
            </p>
          )}
          <ChoiceOutcome options={round.options} correctIds={reveal.correctOptionIds} pickedIds={you.pickedOptionIds} />
        </section>
      )}
      <Explanation reveal={reveal} />
    </div>
  );
}

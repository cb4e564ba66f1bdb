'use client';

import { useCallback } from 'react';
import { Countdown, URGENT_SECONDS } from '@/app/components/Countdown';
import { playSound, useSoundOn } from '@/app/components/sound';
import { HostQuestionBody, hasOwnViews } from '@/app/components/question-types';
import type { HostScreen } from '@/common/protocol';
import type { HostAct } from './host-app';
import { ChoiceOptions } from './choice-options';
import { HostControls } from './host-controls';
import { RoundStage } from './round-stage';

/** A running round on the projector: the question, the clock, how many have answered, and the answers. */
export function HostQuestion({
  screen,
  receivedAt,
  counts,
  act,
}: {
  screen: Extract<HostScreen, { screen: 'question' }>;
  receivedAt: number;
  counts: { answered: number; expected: number };
  act: HostAct;
}) {
  const { round } = screen;
  const [soundOn] = useSoundOn();
  const onSecond = useCallback(
    (seconds: number) => {
      if (soundOn && seconds > 0 && seconds <= URGENT_SECONDS) playSound('tick');
    },
    [soundOn],
  );
  return (
    <RoundStage
      round={round}
      where={`Question ${round.index + 1} of ${round.total}${round.attempt === 2 ? ' · second vote' : ''} · ${round.section}`}
      controls={<HostControls act={act} from={{ phase: 'question', index: round.index }} />}
    >
      <div className="flex h-[calc(9*var(--su))] shrink-0 items-center justify-between gap-[var(--gap)]">
        <Countdown remainingMs={round.remainingMs} receivedAt={receivedAt} totalMs={round.timeLimitMs} variant="ring" onSecond={onSecond} />
        <div className="flex min-w-0 flex-col items-center gap-[var(--gap-sm)]">
          {/* "Discuss and vote again": the same question, open again after the room talked it over. */}
          {round.attempt === 2 && (
            <p className="t-count rounded-[0.5em] border-[3px] border-accent-ink px-[0.8em] py-[0.15em] text-center font-black text-accent-ink">
              Second vote <span className="font-semibold">— talk it over, then answer again</span>
            </p>
          )}
          {round.select > 1 && <p className="t-count rounded-full bg-accent px-[0.8em] py-[0.2em] font-black text-on-accent">Select {round.select}.</p>}
        </div>
        <AnsweredCount answered={counts.answered} expected={counts.expected} />
      </div>
      {/* The answers slot: one body component per question type goes here. */}
      <div data-slot="answers" className="min-h-0 flex-1">
        {hasOwnViews(round.type) ? <HostQuestionBody round={round} /> : <ChoiceOptions round={round} />}
      </div>
    </RoundStage>
  );
}

/** "3 of 5 answered": the number bumps and the bar fills as answers arrive. */
function AnsweredCount({ answered, expected }: { answered: number; expected: number }) {
  return (
    <div className="flex min-w-[calc(22*var(--su))] flex-col items-end gap-[var(--gap-sm)]">
      <p role="status" className="t-count whitespace-nowrap font-black">
        <span key={answered} className="animate-bump inline-block tabular-nums">
          {answered}
        </span>{' '}
        of {expected} answered
      </p>
      <div className="h-[calc(0.7*var(--su))] w-full overflow-hidden rounded-full bg-surface-2">
        <div className="h-full rounded-full bg-accent transition-[width] duration-300" style={{ width: `${expected ? (answered / expected) * 100 : 0}%` }} />
      </div>
    </div>
  );
}

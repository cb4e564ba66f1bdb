'use client';

import { Explanation, hasExplanation } from '@/app/components/Explanation';
import { useSoundCue, useSoundOn } from '@/app/components/sound';
import { RevealBody, hasOwnViews } from '@/app/components/question-types';
import type { HostScreen } from '@/common/protocol';
import type { HostAct } from './host-app';
import { ChoiceReveal } from './choice-reveal';
import { HostControls } from './host-controls';
import { Leaderboard } from './leaderboard';
import { RoundStage } from './round-stage';

/** The least the reveal's text shrinks to (t-reveal): 33 px at 1920x1080 and 22 px at 1280x720, read from the back of the room. */
const REVEAL_MIN_FIT = 0.83;

const CLOSED_BY = { time: "Time's up", allAnswered: 'Everyone answered', host: 'Round ended by the host' } as const;

/**
 * After a round: the question (its ask whole, the scenario folded), how the room
 * answered, why, and the top five with what each gained, all at a size the back of the room reads. The leaderboard is a column of this screen, not a step
 * of its own, so each round stays one press of Next and the explanation stays up
 * for as long as the room discusses it.
 */
export function HostReveal({ screen, act }: { screen: Extract<HostScreen, { screen: 'reveal' }>; act: HostAct }) {
  const { round, reveal, leaderboard } = screen;
  const [soundOn] = useSoundOn();
  useSoundCue('reveal', true, soundOn);
  const explained = hasExplanation(reveal);
  const autoAdvance = screen.autoAdvanceMs !== null && !screen.isLast ? ` · next question in ${Math.round(screen.autoAdvanceMs / 1000)} s` : '';
  return (
    <RoundStage
      round={round}
      where={`Question ${round.index + 1} of ${round.total}${screen.isLast ? ' · last question' : ''} · ${CLOSED_BY[reveal.closedBy]}${autoAdvance}`}
      controls={<HostControls act={act} from={{ phase: 'reveal', index: round.index }} isLast={screen.isLast} />}
      folded
      minFit={REVEAL_MIN_FIT}
    >
      {/* Without an explanation the answers and the leaderboard share the stage: no empty column. */}
      <div className={`t-reveal grid min-h-0 flex-1 gap-[var(--gap)] ${explained ? 'grid-cols-[1fr_1.3fr_0.75fr]' : 'grid-cols-[2fr_1fr]'}`}>
        {/* The answers slot: one reveal body per question type goes here. Watched by useFit: a long list
            must not run past the other columns into the stage's bottom margin. */}
        <div data-slot="answers" data-fit-watch className="min-h-0">
          {hasOwnViews(round.type) ? <RevealBody round={round} reveal={reveal} className="" /> : <ChoiceReveal round={round} reveal={reveal} />}
        </div>
        {explained && (
          // The gutter is kept whether or not it scrolls: a scrollbar coming and going narrowed and widened the text, and the fit never settled.
          <div data-fit-watch className="min-h-0 overflow-y-auto rounded-[0.5em] [scrollbar-gutter:stable]">
            <Explanation reveal={reveal} className="min-h-full rounded-[0.5em] px-[0.9em] py-[0.7em]" />
          </div>
        )}
        <Leaderboard rows={leaderboard} />
      </div>
    </RoundStage>
  );
}

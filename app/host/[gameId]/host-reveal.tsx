'use client';

import { Explanation, hasExplanation } from '@/app/components/Explanation';
import { useSoundCue, useSoundOn } from '@/app/components/sound';
import { RevealBody, hasOwnViews } from '@/app/components/question-types';
import { WhyNot } from '@/app/components/why-not';
import type { HostScreen } from '@/common/protocol';
import type { HostAct } from './host-app';
import { ChoiceReveal } from './choice-reveal';
import { HostControls } from './host-controls';
import { Leaderboard } from './leaderboard';
import { RevoteLine } from './revote-line';
import { RoundStage } from './round-stage';

/** The least the reveal's text shrinks to (t-reveal): 33 px at 1920x1080 and 22 px at 1280x720, read from the back of the room. */
export const REVEAL_MIN_FIT = 0.82;

/**
 * The arrangements useFit chooses between, keeping the larger text (globals.css): "side" puts
 * the answers over the leaderboard beside a full-height explanation (long explanations);
 * "wide" spreads the answers over the stage's width in two columns above the explanation
 * and the leaderboard (many or long answers); "stack", for both at once, gives the
 * explanation the whole width and the leaderboard one line.
 */
const REVEAL_LAYOUTS = ['side', 'wide', 'stack'] as const;

const CLOSED_BY = { time: "Time's up", allAnswered: 'Everyone answered', host: 'Round ended by the host' } as const;

/**
 * After a round: the question (its ask whole, the scenario folded), how the room
 * answered, why (and why not the wrong option most picked, when the bank says), and the top five with what each gained, all at a size the back of the room reads. The leaderboard is a column of this screen, not a step
 * of its own, so each round stays one press of Next and the explanation stays up
 * for as long as the room discusses it.
 */
export function HostReveal({ screen, act }: { screen: Extract<HostScreen, { screen: 'reveal' }>; act: HostAct }) {
  const { round, reveal, leaderboard, commonMistake } = screen;
  const [soundOn] = useSoundOn();
  useSoundCue('reveal', true, soundOn);
  const explained = hasExplanation(reveal) || commonMistake !== null;
  const autoAdvance = screen.autoAdvanceMs !== null && !screen.isLast ? ` · next question in ${Math.round(screen.autoAdvanceMs / 1000)} s` : '';
  return (
    <RoundStage
      round={round}
      where={`Question ${round.index + 1} of ${round.total}${screen.isLast ? ' · last question' : ''} · ${CLOSED_BY[reveal.closedBy]}${autoAdvance}`}
      controls={<HostControls act={act} from={{ phase: 'reveal', index: round.index }} isLast={screen.isLast} />}
      folded
      minFit={REVEAL_MIN_FIT}
      layouts={REVEAL_LAYOUTS}
    >
      {/* Grid areas per layout in globals.css (.reveal-grid); without an explanation the answers and the leaderboard share the stage. */}
      <div className={`t-reveal reveal-grid min-h-0 flex-1 ${explained ? 'reveal-explained' : ''} ${reveal.firstVote ? 'reveal-revote' : ''}`}>
        {/* After a second vote, what talking it over did. Its own grid area: in the side layout over the explanation,
            whose column is the wider and seldom full (the answers' rarely has a line to spare). */}
        {reveal.firstVote && <RevoteLine reveal={reveal} firstVote={reveal.firstVote} legend={!hasOwnViews(round.type)} className="text-[0.8em] [grid-area:revote]" />}
        {/* The answers slot: one reveal body per question type goes here. Watched by useFit: a long list
            must not run past the other columns into the stage's bottom margin. */}
        <div data-slot="answers" data-fit-watch className="min-h-0 [grid-area:answers]">
          {/* Only when it matters: errors made sure are the ones the explanation corrects best (hypercorrection). */}
          {screen.sureAndWrong > 0 && (
            <p className="mb-[0.3em] font-black text-bad">
              {screen.sureAndWrong} {screen.sureAndWrong === 1 ? 'was' : 'were'} sure and wrong
            </p>
          )}
          {hasOwnViews(round.type) ? <RevealBody round={round} reveal={reveal} className="" /> : <ChoiceReveal round={round} reveal={reveal} />}
        </div>
        {explained && (
          // The gutter is kept whether or not it scrolls: a scrollbar coming and going narrowed and widened the text, and the fit never settled.
          <div data-fit-watch className="min-h-0 overflow-y-auto rounded-[0.5em] [grid-area:why] [scrollbar-gutter:stable]">
            {/* "Why" starts the first line rather than taking one (its line height matches the text's at 0.85em); links share lines. */}
            <Explanation
              reveal={reveal}
              className="min-h-full rounded-[0.5em] px-[0.8em] py-[0.4em] [&_.markdown]:leading-[inherit] [&_h3]:float-left [&_h3]:mb-0 [&_h3]:mr-[0.6em] [&_h3]:leading-[1.47] [&_ul]:flex [&_ul]:flex-wrap [&_ul]:gap-x-[1em] [&_ul>li]:m-0"
            >
              {/* The room's common mistake: the note of the wrong option most players picked, to talk through. */}
              {commonMistake && <WhyNot note={commonMistake} options={round.options} picks={commonMistake.picks} />}
            </Explanation>
          </div>
        )}
        <Leaderboard rows={leaderboard} />
      </div>
    </RoundStage>
  );
}


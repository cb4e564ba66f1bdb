'use client';

import { Explanation, hasExplanation } from '@/app/components/Explanation';
import { useSoundCue, useSoundOn } from '@/app/components/sound';
import { RevealBody, hasOwnViews } from '@/app/components/question-types';
import type { HostScreen, StandingView } from '@/common/protocol';
import type { HostAct } from './host-app';
import { ChoiceReveal } from './choice-reveal';
import { HostControls } from './host-controls';
import { RoundStage } from './round-stage';

const CLOSED_BY = { time: "Time's up", allAnswered: 'Everyone answered', host: 'Round ended by the host' } as const;

/**
 * After a round: the question (still visible, shortened), how the room answered,
 * why, and the top five. The leaderboard is a column of this screen, not a step
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
      minFit={0.55}
    >
      {/* Without an explanation the answers and the leaderboard share the stage: no empty column. */}
      <div className={`grid min-h-0 flex-1 gap-[var(--gap)] ${explained ? 'grid-cols-[1.2fr_1.2fr_0.75fr]' : 'grid-cols-[2fr_1fr]'}`}>
        {/* The answers slot: one reveal body per question type goes here. Watched by useFit: a long list
            must not run past the other columns into the stage's bottom margin. */}
        <div data-slot="answers" data-fit-watch className="min-h-0">
          {hasOwnViews(round.type) ? <RevealBody round={round} reveal={reveal} className="t-body" /> : <ChoiceReveal round={round} reveal={reveal} />}
        </div>
        {explained && (
          <div data-fit-watch className="t-body min-h-0 overflow-y-auto rounded-[0.5em]">
            <Explanation reveal={reveal} className="min-h-full rounded-[0.5em] px-[0.9em] py-[0.7em]" />
          </div>
        )}
        <Leaderboard standings={leaderboard} />
      </div>
    </RoundStage>
  );
}

function Leaderboard({ standings }: { standings: StandingView[] }) {
  return (
    <section aria-labelledby="leaderboard" className="t-body min-h-0 rounded-[0.5em] bg-surface px-[0.8em] py-[0.6em]">
      <h2 id="leaderboard" className="mb-[0.4em] text-[1.2em] font-black">
        Leaderboard
      </h2>
      <ol className="flex flex-col gap-[0.3em]">
        {standings.map((s, i) => (
          <li key={s.playerId} className="animate-rise flex items-center gap-[0.5em] rounded-[0.4em] bg-surface-2 px-[0.5em] py-[0.25em]" style={{ animationDelay: `${i * 90}ms` }}>
            <span className="w-[1.4em] font-black tabular-nums">{s.rank}</span>
            <span className="min-w-0 flex-1 truncate font-semibold">{s.nickname}</span>
            <RankChange standing={s} />
            <span className="font-mono tabular-nums">{s.score}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function RankChange({ standing }: { standing: StandingView }) {
  if (standing.previousRank === null || standing.previousRank === standing.rank) return <span className="w-[2em]" />;
  const up = standing.previousRank > standing.rank;
  const by = Math.abs(standing.previousRank - standing.rank);
  return (
    <span aria-label={`${up ? 'up' : 'down'} ${by}`} className={`w-[2em] text-[0.8em] font-bold ${up ? 'text-good' : 'text-bad'}`}>
      {up ? '▲' : '▼'}
      {by}
    </span>
  );
}

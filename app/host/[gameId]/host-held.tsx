'use client';

import { useCallback, useEffect, useRef } from 'react';
import { hasOwnViews } from '@/app/components/question-types';
import { call } from '@/app/lib/socket';
import type { HostScreen } from '@/common/protocol';
import type { HostAct } from './host-app';
import { OptionTally } from './choice-reveal';
import { HostControls, isShortcut } from './host-controls';
import { REVEAL_MIN_FIT } from './host-reveal';
import { RoundStage } from './round-stage';

/**
 * A round held with the room split ("Discuss and vote again", server/game/revote.ts):
 * the question as the reveal folds it, how the votes fell with nothing that tells the
 * right answer (neutral bars, no tick, no explanation), and the host's choice. Talking
 * it over is the primary action; Reveal is Next's (Space, the right arrow), so a host
 * pressing on as usual loses nothing; D opens the second vote.
 */
export function HostHeld({ screen, act }: { screen: Extract<HostScreen, { screen: 'held' }>; act: HostAct }) {
  const { round, votes } = screen;
  // One choice per held round: a double click or a second D would ask the server to open a second vote that is already open.
  const chosen = useRef(false);
  const choose = useCallback(
    (command: Parameters<HostAct>[0]) => {
      if (chosen.current) return;
      chosen.current = true;
      void act(async (auth) => {
        const result = await command(auth);
        if (!result.ok) chosen.current = false;
        return result;
      });
    },
    [act],
  );
  const revote = useCallback(() => choose((auth) => call('host:revote', { ...auth, index: round.index })), [choose, round.index]);
  const reveal = () => choose((auth) => call('host:next', { ...auth, from: { phase: 'held', index: round.index } }));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.key === 'd' || event.key === 'D') && !event.ctrlKey && !event.metaKey && !event.altKey && isShortcut(event)) revote();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [revote]);
  return (
    <RoundStage
      round={round}
      where={`Question ${round.index + 1} of ${round.total} · Votes are in`}
      controls={<HostControls act={act} from={{ phase: 'held', index: round.index }} />}
      folded
      minFit={REVEAL_MIN_FIT}
    >
      <div className="t-reveal grid min-h-0 flex-1 grid-cols-[minmax(0,1.5fr)_minmax(0,1fr)] gap-[var(--gap)]">
        <div data-slot="answers" data-fit-watch className="min-h-0">
          {hasOwnViews(round.type) ? (
            // Another type's tally (right placements, wrong texts) would tell the answer.
            <div className="flex h-full flex-col items-center justify-center gap-[0.4em] rounded-[0.5em] border-[3px] border-dashed border-line p-[1em] text-center">
              <p className="font-black">How the votes fell stays hidden</p>
              <p className="text-[0.8em] text-muted">For this kind of question it would give the answer away. It shows with the answer.</p>
            </div>
          ) : (
            <div className="flex flex-col gap-[0.4em]">
              <p className="text-[0.75em] font-black uppercase tracking-wide text-muted">First vote</p>
              <OptionTally label="Votes" options={round.options} counts={votes.distribution} correctIds={[]} thick />
            </div>
          )}
        </div>
        <section aria-labelledby="held-heading" className="flex min-h-0 flex-col gap-[0.4em] rounded-[0.5em] bg-surface p-[0.8em] shadow-lg">
          <h2 id="held-heading" className="text-[1.4em] font-black leading-tight">
            The room is split
          </h2>
          <p role="status" className="font-bold">
            {votes.answered} of {votes.players} answered
          </p>
          <p className="text-[0.8em] text-muted">Talk it over with your neighbours, then everyone answers again (no speed points this time), or reveal the answer now.</p>
          <div className="mt-auto flex flex-col gap-[var(--gap-sm)]">
            <button type="button" onClick={revote} aria-keyshortcuts="D" className="game-button game-button-primary t-count shadow-lg">
              Discuss and vote again
            </button>
            <button type="button" onClick={reveal} aria-keyshortcuts="Space ArrowRight" className="game-button t-count">
              Reveal
            </button>
            <p aria-hidden="true" className="t-meta text-center text-muted">
              Keys: D to discuss · Space to reveal
            </p>
          </div>
        </section>
      </div>
    </RoundStage>
  );
}

'use client';

import { useState } from 'react';
import { Explanation } from '@/app/components/Explanation';
import { focusOnMount } from '@/app/components/focus-on-mount';
import type { PlayerScreen } from '@/common/protocol';

/**
 * "Last explanation": the previous round's right answer and why, for a player
 * who was still reading when the host moved on. Opens over the question, with its clock still in view.
 */
export function LastExplanation({ reveal, clock }: { reveal: Extract<PlayerScreen, { screen: 'reveal' }>; clock: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const right = reveal.round.options.filter((o) => reveal.reveal.correctOptionIds.includes(o.id)).map((o) => o.text);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className="shrink-0 rounded-lg border-2 border-white/80 px-2 py-0.5 text-sm font-bold">
        Last explanation
      </button>
      {open && (
        <div role="dialog" aria-modal="true" aria-label={`Question ${reveal.round.index + 1}: the answer and why`} className="fixed inset-0 z-30 flex flex-col gap-3 bg-page p-3 text-ink">
          {clock}
          <div className="min-h-0 flex-1 overflow-y-auto">
            <p className="text-sm font-semibold text-muted">Question {reveal.round.index + 1}</p>
            <p className="mb-3 text-lg font-bold">Right answer: {right.join(', ')}</p>
            <Explanation reveal={reveal.reveal} label="Last explanation" />
          </div>
          <button type="button" ref={focusOnMount} onClick={() => setOpen(false)} className="game-button game-button-primary shrink-0 py-3 text-lg">
            Back to the question
          </button>
        </div>
      )}
    </>
  );
}

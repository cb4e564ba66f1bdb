'use client';

import { useEffect, useRef } from 'react';
import { Markdown } from '@/app/components/Markdown';
import { Shape, answerStyle } from '@/app/components/shapes';
import type { RoundView } from '@/common/protocol';

const SHAKE = [{ transform: 'none' }, { transform: 'translateX(-6px)' }, { transform: 'translateX(6px)' }, { transform: 'none' }];

/** Short options sit two by two; any longer one puts every option on its own row. */
const SHORT = 18;

/**
 * A choice question's answer buttons on a phone: the body that PlayerQuestion
 * puts in its answers slot. They share the space left below the question, so
 * every one is in view without scrolling; a multi-select pick shows a tick and
 * "1 of 2 chosen".
 */
export function ChoiceButtons({
  round,
  chosen,
  refused,
  disabled,
  onTap,
}: {
  round: RoundView;
  chosen: string[];
  /** a tap past the number to pick: that tile shakes (again on every such tap, a new object each time) */
  refused: { id: string } | null;
  disabled: boolean;
  onTap: (id: string) => void;
}) {
  const multi = round.select > 1;
  const tiles = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => {
    if (!refused || window.matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    tiles.current.get(refused.id)?.animate(SHAKE, { duration: 250, iterations: 2 });
  }, [refused]);
  const twoColumns = round.options.every((o) => o.text.length <= SHORT);
  return (
    <div className={`grid h-full auto-rows-[1fr] gap-2 ${twoColumns ? 'grid-cols-2' : 'grid-cols-1'}`}>
      {round.options.map((option, i) => {
        const pick = chosen.indexOf(option.id);
        const selected = pick >= 0;
        return (
          <button
            key={option.id}
            ref={(el) => {
              if (el) tiles.current.set(option.id, el);
              else tiles.current.delete(option.id);
            }}
            type="button"
            onClick={() => onTap(option.id)}
            aria-pressed={multi ? selected : undefined}
            disabled={disabled}
            className={`t-tile relative flex items-center gap-3 rounded-xl px-3 py-2 text-left font-bold shadow-md ${answerStyle(i).tile} ${selected ? 'tile-chosen' : ''}`}
          >
            <Shape position={i} className="h-7 w-7 shrink-0" />
            <Markdown inline className="min-w-0 break-words">{option.text}</Markdown>
            {selected && (
              <span className="ml-auto flex shrink-0 flex-col items-center rounded-lg bg-white px-1.5 py-0.5 text-xs font-black text-[#12132a]">
                <span aria-hidden="true" className="text-lg leading-none">
                  ✓
                </span>
                {pick + 1} of {round.select} chosen
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}

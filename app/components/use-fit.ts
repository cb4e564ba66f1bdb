'use client';

import { useRef } from 'react';
import { useMeasure } from './use-measure';

/**
 * Keeps a fixed-size box's content inside it: lowers the box's --fit (which the
 * type scale multiplies by) in small steps until nothing overflows, or `min`.
 * Measured again whenever the box resizes, what is inside it changes, or `key`
 * (the content) changes. It measures the layout, never a frame of a transition
 * or an animation: with reduced motion every property had a 1 ms transition
 * (globals.css), so the font size lagged one step behind each --fit set here and
 * the loop read the old size (the question stayed at 1 and overflowed, a reveal
 * stepped down to its least); a transform counts towards scrollHeight.
 */
export function useFit<T extends HTMLElement>(key: unknown, min = 0.5) {
  const ref = useRef<T>(null);
  useMeasure(
    ref,
    (box) => {
      let scale = 1;
      box.style.setProperty('--fit', '1');
      // Undone in the same task, so never painted; !important overrides an animation without restarting it.
      box.classList.add('fit-measuring');
      while (scale > min && overflows(box)) {
        scale = Math.max(min, Math.round((scale - 0.03) * 100) / 100);
        box.style.setProperty('--fit', String(scale));
      }
      box.classList.remove('fit-measuring');
    },
    [key, min],
  );
  return ref;
}

function overflows(box: HTMLElement): boolean {
  if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) return true;
  // A child that clips or scrolls on its own (a long explanation, a phone's matching tile) counts too.
  return [...box.querySelectorAll<HTMLElement>('[data-fit-watch]')].some((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
}

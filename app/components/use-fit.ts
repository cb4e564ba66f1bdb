'use client';

import { useRef } from 'react';
import { useMeasure } from './use-measure';

/**
 * Keeps a fixed-size box's content inside it: lowers the box's --fit (which the
 * type scale multiplies by) in small steps until nothing overflows, or `min`.
 * With several `layouts` (values of the box's data-layout, which the stylesheet
 * arranges differently) it tries each and keeps the one whose text stays largest,
 * the first on a tie. Measured again whenever the box resizes, what is inside it
 * changes, or `key` (the content) changes. It measures the layout, never a frame
 * of a transition or an animation: with reduced motion every property had a 1 ms
 * transition (globals.css), so the font size lagged one step behind each --fit set
 * here and the loop read the old size (the question stayed at 1 and overflowed, a
 * reveal stepped down to its least); a transform counts towards scrollHeight.
 * When nothing fits even at `min`, it sets data-overfull on the box and fits again:
 * a part gives up there the room it asks for only where there is some (the
 * reveal's rows for players tied for the lead).
 */
export function useFit<T extends HTMLElement>(key: unknown, min = 0.5, layouts: readonly string[] = []) {
  const ref = useRef<T>(null);
  useMeasure(
    ref,
    (box) => {
      // Undone in the same task, so never painted; !important overrides an animation without restarting it.
      box.classList.add('fit-measuring');
      box.removeAttribute('data-overfull');
      let best = bestLayout(box, min, layouts);
      if (!best.fits) {
        box.setAttribute('data-overfull', '');
        best = bestLayout(box, min, layouts);
      }
      if (best.layout !== undefined) box.dataset.layout = best.layout;
      box.style.setProperty('--fit', String(best.scale));
      box.classList.remove('fit-measuring');
    },
    [key, min, layouts.join()],
  );
  return ref;
}

/** Of `layouts` (or the box as it is), the one whose text stays largest with nothing overflowing, the first on a tie; the first when none fits. */
function bestLayout(box: HTMLElement, min: number, layouts: readonly string[]): { layout?: string; scale: number; fits: boolean } {
  let best: { layout?: string; scale: number; fits: boolean } | undefined;
  for (const layout of layouts.length ? layouts : [undefined]) {
    if (layout !== undefined) box.dataset.layout = layout;
    const tried = { layout, ...largestScale(box, min) };
    if (!best || (tried.fits && (!best.fits || tried.scale > best.scale))) best = tried;
  }
  return best!;
}

/** The largest scale from 1 down to `min`, in steps of 0.03, at which nothing in `box` overflows. */
function largestScale(box: HTMLElement, min: number): { scale: number; fits: boolean } {
  let scale = 1;
  box.style.setProperty('--fit', '1');
  while (scale > min && overflows(box)) {
    scale = Math.max(min, Math.round((scale - 0.03) * 100) / 100);
    box.style.setProperty('--fit', String(scale));
  }
  return { scale, fits: !overflows(box) };
}

function overflows(box: HTMLElement): boolean {
  if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) return true;
  // A child that clips or scrolls on its own (a long explanation, a phone's matching tile) counts too.
  return [...box.querySelectorAll<HTMLElement>('[data-fit-watch]')].some((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
}

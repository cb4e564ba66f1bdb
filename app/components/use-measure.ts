'use client';

import { useLayoutEffect, type DependencyList, type RefObject } from 'react';

/**
 * Runs `measure` once the box is drawn, and again whenever the box resizes or
 * elements inside it come or go. Text inside may arrive after the first draw: bank
 * markdown's renderer loads on first use, and under Preact (the phone's page) a
 * suspended child shows even its fallback a moment after its parent's layout
 * effects have run.
 */
export function useMeasure(ref: RefObject<HTMLElement | null>, measure: (box: HTMLElement) => void, deps: DependencyList): void {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const again = () => measure(box);
    again();
    const resized = new ResizeObserver(again);
    resized.observe(box);
    // Nodes added or removed (text rendered, a fallback replaced), not attributes or text
    // edits: a measure setting the box's style, or a ticking clock inside, must not wake it.
    const changed = new MutationObserver(again);
    changed.observe(box, { childList: true, subtree: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` says when `measure` changes, as for useLayoutEffect itself
  }, deps);
}

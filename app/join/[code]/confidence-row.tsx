'use client';

import type { Confidence } from '@/common/protocol';

export const CONFIDENCE_LABELS: Record<Confidence, string> = { sure: 'Sure', unsure: 'Unsure', guessing: 'Guessing' };
const ORDER: Confidence[] = ['sure', 'unsure', 'guessing'];

/** The player's last choice is kept for this tab, so the next question starts there: answering stays one tap. */
const KEY = 'cramjam:confidence';

export function lastConfidence(): Confidence {
  try {
    const stored = sessionStorage.getItem(KEY);
    return ORDER.find((c) => c === stored) ?? 'guessing';
  } catch {
    return 'guessing';
  }
}

function keep(confidence: Confidence): void {
  try {
    sessionStorage.setItem(KEY, confidence);
  } catch {
    // a browser that keeps nothing starts each question at its last choice in memory
  }
}

/**
 * Sure / Unsure / Guessing above the answers, preset, one tap to change: a row
 * of radio buttons, so a screen reader hears one group with the choice made.
 */
export function ConfidenceRow({ value, onChange, disabled }: { value: Confidence; onChange: (c: Confidence) => void; disabled: boolean }) {
  return (
    <fieldset className="flex shrink-0 items-center gap-1 rounded-xl bg-surface-2 p-1" disabled={disabled}>
      <legend className="sr-only">How sure are you?</legend>
      {ORDER.map((c) => (
        <label
          key={c}
          className={`relative flex flex-1 items-center justify-center rounded-lg px-2 py-1.5 text-sm font-bold has-[:focus-visible]:outline-4 has-[:focus-visible]:outline-ink ${
            value === c ? 'bg-accent text-on-accent shadow' : 'text-ink'
          }`}
        >
          <input
            type="radio"
            name="confidence"
            value={c}
            checked={value === c}
            onChange={() => {
              keep(c);
              onChange(c);
            }}
            // Over the whole segment, unseen: the tap lands on the radio itself.
            className="absolute inset-0 cursor-pointer opacity-0"
          />
          {CONFIDENCE_LABELS[c]}
        </label>
      ))}
    </fieldset>
  );
}

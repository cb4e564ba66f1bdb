'use client';

import { useId } from 'react';
import { TYPED_MAX } from '@/server/game/types/typed';
import type { InputProps } from './types';
import { useDraft } from './use-draft';

/** Type the answer: one text box, capped at the length the server accepts, kept through a reload as a half-built order is. */
export function TypedInput({ onSend, busy, draftKey, submitLabel }: InputProps) {
  const [draft, setDraft] = useDraft(draftKey);
  const text = draft[0] ?? '';
  const id = useId();
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onSend({ optionIds: [], text });
      }}
    >
      <label htmlFor={id} className="font-semibold">
        Your answer
      </label>
      <input
        id={id}
        value={text}
        maxLength={TYPED_MAX}
        autoComplete="off"
        autoCapitalize="off"
        // A string: preact/compat drops a false spellCheck, and the phone would underline (or autocorrect) a right answer.
        spellCheck="false"
        disabled={busy}
        onChange={(event) => setDraft([event.target.value])}
        className="min-h-11 rounded-xl border-2 border-line bg-surface p-3 text-lg text-ink focus:border-accent-ink focus:outline-none"
      />
      <button type="submit" disabled={busy || !text.trim()} className="game-button game-button-primary min-h-11 text-lg">
        {submitLabel} answer
      </button>
    </form>
  );
}

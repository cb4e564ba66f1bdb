'use client';

import { useId, useState } from 'react';
import { TYPED_MAX } from '@/server/game/types/typed';
import type { InputProps } from './types';

/** Type the answer: one text box, capped at the length the server accepts. */
export function TypedInput({ onSend, busy, submitLabel }: InputProps) {
  const [text, setText] = useState('');
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
        spellCheck={false}
        disabled={busy}
        onChange={(event) => setText(event.target.value)}
        className="rounded-xl border-2 border-slate-400 p-3 text-lg"
      />
      <button type="submit" disabled={busy || !text.trim()} className="rounded-xl bg-slate-900 px-4 py-3 text-lg font-bold text-white disabled:opacity-40">
        {submitLabel} answer
      </button>
    </form>
  );
}

'use client';

import { DraftActions } from './draft-actions';
import type { InputProps } from './types';
import { useDraft } from './use-draft';

/**
 * Ordering by tapping: each tap puts an item next in "Your order"; Undo takes
 * the last one back. Plain buttons, so it works by keyboard and screen reader
 * (no dragging).
 */
export function OrderingInput({ question, onSend, busy, draftKey, submitLabel }: InputProps) {
  const [order, setOrder] = useDraft(draftKey);
  const valid = order.filter((id) => question.options.some((o) => o.id === id));
  const left = question.options.filter((o) => !valid.includes(o.id));
  const textOf = (id: string) => question.options.find((o) => o.id === id)?.text ?? '';
  return (
    <div className="flex flex-col gap-3">
      <p className="font-semibold">Tap the items in the right order, first one first.</p>
      <ol aria-label="Your order" aria-live="polite" className="flex min-h-12 flex-col gap-2 rounded-2xl border-2 border-dashed border-slate-300 p-2">
        {valid.length === 0 && <li className="list-none p-2 text-muted">Nothing placed yet</li>}
        {valid.map((id, i) => (
          <li key={id} className="flex items-center gap-3 rounded-xl bg-indigo-100 p-3 font-semibold text-slate-900">
            <span aria-hidden="true" className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-indigo-700 font-black text-white">
              {i + 1}
            </span>
            {textOf(id)}
          </li>
        ))}
      </ol>
      {left.length > 0 && (
        <div role="group" aria-label="Items to place" className="flex flex-col gap-2">
          {left.map((option) => (
            <button
              key={option.id}
              type="button"
              disabled={busy}
              onClick={() => setOrder([...valid, option.id])}
              aria-label={`${option.text}, place as step ${valid.length + 1}`}
              className="min-h-14 rounded-2xl bg-slate-800 p-3 text-left text-lg font-bold text-white shadow"
            >
              {option.text}
            </button>
          ))}
        </div>
      )}
      <DraftActions
        back={{ label: 'Undo', disabled: busy || valid.length === 0, onClick: () => setOrder(valid.slice(0, -1)) }}
        submit={{ label: `${submitLabel} order`, disabled: busy || left.length > 0, onClick: () => onSend({ optionIds: valid }) }}
      />
    </div>
  );
}

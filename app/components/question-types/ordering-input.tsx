'use client';

import { Markdown } from '@/app/components/Markdown';
import { Shape, answerStyle } from '@/app/components/shapes';
import { DraftActions } from './draft-actions';
import type { InputProps } from './types';
import { useDraft } from './use-draft';

/**
 * Ordering by tapping: each tap moves an item (a tile in its colour and shape,
 * as on the projector) up into "Your order" as the next step; Undo takes the
 * last one back. Placed and unplaced rows share the space equally, so six items,
 * Undo and Submit fit a 360x640 phone and nothing moves off screen as the order
 * fills. Plain buttons, so it works by keyboard and screen reader (no dragging).
 */
export function OrderingInput({ question, onSend, busy, draftKey, submitLabel }: InputProps) {
  const [order, setOrder] = useDraft(draftKey);
  const items = question.options;
  const valid = order.filter((id) => items.some((o) => o.id === id));
  const left = items.filter((o) => !valid.includes(o.id));
  const position = (id: string) => items.findIndex((o) => o.id === id);
  return (
    <div className="flex h-full flex-col gap-2">
      <p role="status" className="shrink-0 text-sm font-semibold">
        {left.length ? `Tap step ${valid.length + 1} of ${items.length}, first one first` : 'All placed: Submit, or Undo to change the last'}
      </p>
      {/* Rows share the space, each at least its text's height; when they need more, the text steps down (useFit watches). */}
      <div data-fit-watch className="-m-1 flex min-h-0 flex-1 flex-col gap-1.5 overflow-hidden p-1">
        <ol aria-label="Your order" className="flex basis-0 flex-col gap-1.5" style={{ flexGrow: valid.length }}>
          {valid.map((id, step) => (
            <li key={id} className="t-tile flex flex-1 basis-0 items-center gap-2 rounded-lg border-2 border-line bg-surface-2 px-2 py-1.5 font-semibold text-ink">
              <span aria-hidden="true" className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-accent font-black text-on-accent">
                {step + 1}
              </span>
              <span className={`shrink-0 rounded p-0.5 ${answerStyle(position(id)).tile} !border-0`}>
                <Shape position={position(id)} className="h-3.5 w-3.5" />
              </span>
              <Markdown inline className="min-w-0 break-words">{items[position(id)]!.text}</Markdown>
            </li>
          ))}
        </ol>
        {left.length > 0 && (
          <div role="group" aria-label="Items to place" className="flex basis-0 flex-col gap-1.5" style={{ flexGrow: left.length }}>
            {left.map((option) => (
              <button
                key={option.id}
                type="button"
                disabled={busy}
                onClick={() => setOrder([...valid, option.id])}
                aria-label={`${option.text}, place as step ${valid.length + 1}`}
                className={`t-tile flex flex-1 basis-0 items-center gap-2 rounded-lg px-2 py-2 text-left font-bold shadow-md ${answerStyle(position(option.id)).tile}`}
              >
                <Shape position={position(option.id)} className="h-5 w-5 shrink-0" />
                <Markdown inline className="min-w-0 break-words">{option.text}</Markdown>
              </button>
            ))}
          </div>
        )}
      </div>
      <DraftActions
        back={{ label: 'Undo', disabled: busy || valid.length === 0, onClick: () => setOrder(valid.slice(0, -1)) }}
        submit={{ label: `${submitLabel} order`, disabled: busy || left.length > 0, onClick: () => onSend({ optionIds: valid }) }}
      />
    </div>
  );
}

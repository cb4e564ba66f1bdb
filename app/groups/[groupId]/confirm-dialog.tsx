'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * An in-app confirmation (a modal <dialog>: focus kept inside, Escape cancels),
 * for what cannot be undone, such as deleting a member's data.
 */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel }: { title: string; children: ReactNode; confirmLabel: string; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="confirm-title"
      onCancel={(e) => (e.preventDefault(), onCancel())}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl border-2 border-line bg-surface p-5 text-ink shadow-2xl backdrop:bg-black/60"
    >
      <h2 id="confirm-title" className="text-xl font-black">
        {title}
      </h2>
      <div className="mt-2 text-muted">{children}</div>
      <div className="mt-5 flex flex-wrap justify-end gap-2">
        <button type="button" onClick={onCancel} className="game-button">
          Cancel
        </button>
        <button type="button" onClick={onConfirm} className="game-button border-bad! bg-bad! text-surface!">
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

interface Action {
  label: string;
  disabled: boolean;
  onClick: () => void;
}

/** The buttons under a half-built answer: take some back (Undo, Clear), and send it once complete. */
export function DraftActions({ back, submit }: { back: Action; submit: Action }) {
  return (
    <div className="flex gap-2">
      <button type="button" disabled={back.disabled} onClick={back.onClick} className="flex-1 rounded-xl border-2 border-slate-800 px-4 py-3 font-bold disabled:opacity-40">
        {back.label}
      </button>
      <button
        type="button"
        disabled={submit.disabled}
        onClick={submit.onClick}
        className="flex-[2] rounded-xl bg-slate-900 px-4 py-3 text-lg font-bold text-white disabled:opacity-40"
      >
        {submit.label}
      </button>
    </div>
  );
}

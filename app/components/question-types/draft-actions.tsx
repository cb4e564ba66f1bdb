interface Action {
  label: string;
  disabled: boolean;
  onClick: () => void;
}

/** The buttons under a half-built answer: take some back (Undo, Clear), and send it once complete. */
export function DraftActions({ back, submit }: { back: Action; submit: Action }) {
  return (
    <div className="flex shrink-0 gap-2">
      <button type="button" disabled={back.disabled} onClick={back.onClick} className="game-button min-h-11 flex-1">
        {back.label}
      </button>
      <button type="button" disabled={submit.disabled} onClick={submit.onClick} className="game-button game-button-primary min-h-11 flex-[2] text-lg">
        {submit.label}
      </button>
    </div>
  );
}

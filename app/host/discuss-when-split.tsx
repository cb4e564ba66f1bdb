import { SPLIT_MAX_SHARE, SPLIT_MIN_SHARE } from '@/server/game/revote';

const percent = (share: number) => `${Math.round(share * 100)}`;

/**
 * "Discuss when the room splits" (peer instruction, server/game/revote.ts), off unless ticked:
 * the host's setup and a group's review game both offer it, each in its own form's look.
 */
export function DiscussWhenSplit({
  checked,
  onChange,
  className = 'flex flex-wrap items-center gap-x-2',
  boxClassName,
  hintClassName = 'text-sm text-slate-500',
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
  boxClassName?: string;
  hintClassName?: string;
}) {
  return (
    <label className={className}>
      <input type="checkbox" className={boxClassName} checked={checked} onChange={(e) => onChange(e.target.checked)} /> Discuss when the room splits
      <span className={hintClassName}>
        (a round with {percent(SPLIT_MIN_SHARE)}–{percent(SPLIT_MAX_SHARE)} % right waits for you to reveal it or let the room vote again)
      </span>
    </label>
  );
}

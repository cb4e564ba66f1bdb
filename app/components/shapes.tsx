/** Kahoot-style answer identities: colour and shape differ, so colour-blind players can tell them apart. */
export const ANSWER_STYLES = [
  { name: 'triangle', bg: 'bg-rose-600', ring: 'ring-rose-300', path: 'M12 3 L22 21 H2 Z' },
  { name: 'diamond', bg: 'bg-sky-600', ring: 'ring-sky-300', path: 'M12 2 L22 12 L12 22 L2 12 Z' },
  { name: 'circle', bg: 'bg-amber-500', ring: 'ring-amber-200', path: 'M12 2 A10 10 0 1 1 11.99 2 Z' },
  { name: 'square', bg: 'bg-emerald-600', ring: 'ring-emerald-300', path: 'M3 3 H21 V21 H3 Z' },
] as const;

export function answerStyle(position: number) {
  return ANSWER_STYLES[position % ANSWER_STYLES.length]!;
}

export function Shape({ position, className }: { position: number; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={className ?? 'h-6 w-6 shrink-0 fill-white'}>
      <path d={answerStyle(position).path} />
    </svg>
  );
}

/**
 * Kahoot-style answer identities: colour and shape differ, so colour-blind players
 * can tell them apart. Six, for questions of 2 to 6 options; the colours are the
 * `.tile-N` classes in globals.css (checked for AA contrast there).
 */
export const ANSWER_STYLES = [
  { name: 'triangle', path: 'M12 3 L22 21 H2 Z' },
  { name: 'diamond', path: 'M12 2 L22 12 L12 22 L2 12 Z' },
  { name: 'circle', path: 'M12 2 A10 10 0 1 1 11.99 2 Z' },
  { name: 'square', path: 'M3 3 H21 V21 H3 Z' },
  { name: 'star', path: 'M12 2 L14.9 8.6 L22 9.3 L16.6 14 L18.2 21 L12 17.3 L5.8 21 L7.4 14 L2 9.3 L9.1 8.6 Z' },
  { name: 'hexagon', path: 'M7 3 H17 L22 12 L17 21 H7 L2 12 Z' },
] as const;

export function answerStyle(position: number) {
  const index = position % ANSWER_STYLES.length;
  return { ...ANSWER_STYLES[index]!, tile: `tile tile-${index}` };
}

export function Shape({ position, className }: { position: number; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={className ?? 'h-6 w-6 shrink-0'}>
      <path d={answerStyle(position).path} />
    </svg>
  );
}

/** A one-off burst of confetti over the podium; hidden entirely with reduced motion (see .confetti in globals.css). */
const COLOURS = ['#d01937', '#1368ce', '#f2c300', '#1f7a0a', '#7e3ae8', '#0b7285', '#ffffff'];
const PIECES = Array.from({ length: 90 }, (_, i) => ({
  left: `${(i * 37) % 100}%`,
  delay: `${((i * 53) % 1400) / 1000}s`,
  duration: `${2.6 + ((i * 29) % 17) / 10}s`,
  drift: `${((i * 41) % 21) - 10}vw`,
  colour: COLOURS[i % COLOURS.length],
  size: 8 + ((i * 13) % 9),
}));

export function Confetti() {
  return (
    <div aria-hidden="true" className="confetti pointer-events-none fixed inset-0 z-30 overflow-hidden">
      {PIECES.map((p, i) => (
        <span
          key={i}
          className="absolute top-0 block rounded-[2px]"
          style={{
            left: p.left,
            width: p.size,
            height: p.size * 0.45,
            background: p.colour,
            animation: `confetti-fall ${p.duration} ${p.delay} cubic-bezier(0.3, 0.6, 0.6, 1) both`,
            ['--drift' as string]: p.drift,
          }}
        />
      ))}
    </div>
  );
}

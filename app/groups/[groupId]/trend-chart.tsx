'use client';

import { useEffect, useRef, useSyncExternalStore } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const DARK = '(prefers-color-scheme: dark)';
function onSchemeChange(change: () => void) {
  const query = matchMedia(DARK);
  query.addEventListener('change', change);
  return () => query.removeEventListener('change', change);
}

const DAY = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' });

/**
 * The share of right answers in each of the group's games, over time (uPlot:
 * small, canvas, no network), in the theme's colours and type large enough for
 * a projector. The same numbers are in a table for screen readers.
 */
export function TrendChart({ games }: { games: { gameId: string; playedAt: string; percentCorrect: number }[] }) {
  const box = useRef<HTMLDivElement>(null);
  // The canvas takes colours as values: it is drawn again when the device switches theme.
  const dark = useSyncExternalStore(onSchemeChange, () => matchMedia(DARK).matches, () => false);

  useEffect(() => {
    const element = box.current;
    if (!element || games.length === 0) return;
    const [muted, line, accent] = ['--muted', '--line', '--accent'].map((name) => resolvedColor(element, name));
    const font = `600 ${Math.max(14, Math.round(element.clientWidth / 40))}px system-ui, sans-serif`;
    const axis = { stroke: muted, font, grid: { stroke: line, width: 1 }, ticks: { stroke: line } };
    const plot = new uPlot(
      {
        width: element.clientWidth,
        height: Math.max(180, Math.round(element.clientWidth * 0.42)),
        legend: { show: false },
        // Room on the right for the last date under the last point.
        padding: [12, 40, 0, 0],
        cursor: { show: false },
        scales: { x: { time: false }, y: { range: [0, 100] } },
        axes: [
          { ...axis, values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) && games[t] ? DAY.format(new Date(games[t]!.playedAt)) : '')), incrs: [1], size: 50 },
          { ...axis, values: (_u, ticks) => ticks.map((t) => `${t} %`), size: 70, incrs: [25] },
        ],
        series: [{}, { stroke: accent, width: 4, points: { size: 12, fill: accent, stroke: accent } }],
      },
      [games.map((_, i) => i), games.map((g) => g.percentCorrect)],
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height: Math.max(180, Math.round(element.clientWidth * 0.42)) }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [games, dark]);

  if (games.length === 0) return <p className="text-muted">No games yet: the trend starts with the group’s first game.</p>;
  return (
    <>
      <div ref={box} aria-hidden className="w-full" />
      <table className="sr-only">
        <caption>Right answers per game</caption>
        <tbody>
          {games.map((g) => (
            <tr key={g.gameId}>
              <th scope="row">{DAY.format(new Date(g.playedAt))}</th>
              <td>{g.percentCorrect} %</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** A theme colour as the canvas needs it: the tokens are light-dark() pairs, which only CSS resolves. */
function resolvedColor(element: HTMLElement, token: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  element.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** How the pages write numbers, times and dates. */

const DATE_TIME = new Intl.DateTimeFormat('en', {
  year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
});

export function formatDateTime(date: Date | string): string {
  return DATE_TIME.format(new Date(date));
}

export function formatPercent(fraction: number | null): string {
  return fraction === null ? 'n/a' : `${Math.round(fraction * 100)}%`;
}

/** 7666.7 ms -> "7.7 s" */
export function formatSeconds(ms: number | null, none = 'no answer'): string {
  return ms === null ? none : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Points, the one way every screen writes them: "30,056 pts"; a round's gain
 * signed, "+1,084 pts"; below 0 (certainty-based scoring) with a true minus,
 * "−600 pts". A phone, the projector and the results agree.
 */
export function formatPoints(points: number, { gain = false } = {}): string {
  const sign = points < 0 ? '\u2212' : gain && points > 0 ? '+' : '';
  return `${sign}${Math.abs(points).toLocaleString('en')} pts`;
}

/** "Zed", "Zed and Bo", "Zed, Bo and Ada" */
export function formatNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

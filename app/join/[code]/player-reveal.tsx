import { Explanation } from '@/app/components/Explanation';
import type { PlayerScreen } from '@/server/protocol';
import { Markdown } from '@/app/components/Markdown';

const OUTCOME = {
  correct: { label: 'Correct', className: 'bg-emerald-600' },
  incorrect: { label: 'Incorrect', className: 'bg-rose-600' },
  timeout: { label: "Time's up", className: 'bg-slate-600' },
} as const;

/** After a round: how you did, the right answer, and why. */
export function PlayerReveal({ screen }: { screen: Extract<PlayerScreen, { screen: 'reveal' }> }) {
  const { you, round, reveal } = screen;
  const outcome = OUTCOME[you.outcome];
  const correct = round.options.filter((o) => reveal.correctOptionIds.includes(o.id));
  const picked = round.options.filter((o) => you.pickedOptionIds.includes(o.id));
  return (
    <div className="flex flex-col gap-3">
      <div className={`rounded-2xl p-5 text-center text-white ${outcome.className}`}>
        <p className="text-3xl font-black">{outcome.label}</p>
        <p className="mt-1 text-lg">
          {you.points > 0 ? `+${you.points} points` : 'No points this round'}
          {you.bonus > 0 && ` (streak bonus +${you.bonus})`}
        </p>
        <p className="mt-1">
          Streak {you.streak} · Score {you.score} · Rank #{you.rank}
        </p>
      </div>
      <div className="rounded-2xl bg-white p-4 shadow">
        <p className="text-sm font-bold uppercase tracking-wide text-emerald-700">Right answer</p>
        <ul className="mt-1 list-disc pl-5 font-semibold">
          {correct.map((o) => (
            <li key={o.id}>
              <Markdown inline>{o.text}</Markdown>
            </li>
          ))}
        </ul>
        {you.outcome === 'incorrect' && (
          <p className="mt-2 text-slate-700">
            You picked: <span className="font-semibold">{picked.map((o) => o.text).join(', ')}</span>
          </p>
        )}
      </div>
      <Explanation reveal={reveal} />
    </div>
  );
}

import { Explanation } from '@/app/components/Explanation';
import { Shape, answerStyle } from '@/app/components/shapes';
import type { HostScreen, StandingView } from '@/server/protocol';
import type { HostAct } from './host-app';
import { HostControls } from './host-controls';
import { Markdown } from '@/app/components/Markdown';

/** The right answer, how the room answered, why, and the top five. */
export function HostReveal({ screen, act }: { screen: Extract<HostScreen, { screen: 'reveal' }>; act: HostAct }) {
  const { round, reveal, leaderboard } = screen;
  const most = Math.max(1, ...Object.values(reveal.distribution));
  return (
    <div className="mx-auto grid w-full max-w-6xl flex-1 gap-6 p-8 lg:grid-cols-[1.4fr_1fr]">
      <div className="flex flex-col gap-4">
        <div className="flex items-center justify-between">
          <p className="font-semibold text-slate-600">
            Question {round.index + 1} of {round.total}
            {screen.isLast && ' · last question'}
          </p>
          <HostControls act={act} from={{ phase: 'reveal', index: round.index }} />
        </div>
        {screen.autoAdvanceMs !== null && !screen.isLast && (
          <p className="text-sm text-slate-500">Moving on by itself in {Math.round(screen.autoAdvanceMs / 1000)} s.</p>
        )}
        <ul aria-label="Answers" className="flex flex-col gap-2">
          {round.options.map((option, i) => {
            const correct = reveal.correctOptionIds.includes(option.id);
            const count = reveal.distribution[option.id] ?? 0;
            return (
              <li key={option.id} className={`rounded-2xl p-3 ${correct ? 'bg-emerald-100 ring-4 ring-emerald-500' : 'bg-white opacity-70'}`}>
                <div className="flex items-center gap-3 font-semibold">
                  <span className={`rounded-md p-1 ${answerStyle(i).bg}`}>
                    <Shape position={i} className="h-5 w-5 fill-white" />
                  </span>
                  <Markdown inline className="flex-1">{option.text}</Markdown>
                  {correct && <span className="font-bold text-emerald-700">✓ correct</span>}
                  <span aria-label={`${count} answers`} className="w-10 text-right text-xl font-black">
                    {count}
                  </span>
                </div>
                <div className="mt-2 h-2 rounded bg-slate-200">
                  <div className={`h-2 rounded ${answerStyle(i).bg}`} style={{ width: `${(count / most) * 100}%` }} />
                </div>
              </li>
            );
          })}
        </ul>
        <Explanation reveal={reveal} />
      </div>
      <Leaderboard standings={leaderboard} />
    </div>
  );
}

function Leaderboard({ standings }: { standings: StandingView[] }) {
  return (
    <section aria-labelledby="leaderboard" className="h-fit rounded-3xl bg-slate-900 p-6 text-white">
      <h2 id="leaderboard" className="mb-4 text-2xl font-black">
        Leaderboard
      </h2>
      <ol className="flex flex-col gap-2">
        {standings.map((s) => (
          <li key={s.playerId} className="flex items-center gap-3 rounded-xl bg-white/10 px-4 py-2">
            <span className="w-8 text-xl font-black">{s.rank}</span>
            <span className="flex-1 font-semibold">{s.nickname}</span>
            <RankChange standing={s} />
            <span className="font-mono text-lg">{s.score}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function RankChange({ standing }: { standing: StandingView }) {
  if (standing.previousRank === null || standing.previousRank === standing.rank) return <span className="w-10" />;
  const up = standing.previousRank > standing.rank;
  const by = Math.abs(standing.previousRank - standing.rank);
  return (
    <span aria-label={`${up ? 'up' : 'down'} ${by}`} className={`w-10 text-sm font-bold ${up ? 'text-emerald-300' : 'text-rose-300'}`}>
      {up ? '▲' : '▼'}
      {by}
    </span>
  );
}

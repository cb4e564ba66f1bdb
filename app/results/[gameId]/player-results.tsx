import { formatPoints, formatSeconds } from '@/app/lib/format';
import type { GameReport, PlayerResult } from '@/server/results/report';

const cell = 'px-3 py-2 text-left';

/** Standings in podium order, then each player's answers behind a disclosure. */
export function PlayerResults({ report }: { report: GameReport }) {
  const played = report.questions.length;
  return (
    <section aria-labelledby="players-heading" className="flex flex-col gap-4">
      <h2 id="players-heading" className="text-2xl font-bold">
        Players
      </h2>
      {report.standings.length === 0 ? (
        <p className="text-slate-600">Nobody played this game.</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white shadow">
          <table className="w-full">
            <caption className="sr-only">Standings: rank, score, correct answers and average answer time per player</caption>
            <thead className="bg-slate-100 text-sm uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className={cell}>Rank</th>
                <th scope="col" className={cell}>Player</th>
                <th scope="col" className={cell}>Score</th>
                <th scope="col" className={cell}>Correct</th>
                <th scope="col" className={cell}>Average answer time</th>
              </tr>
            </thead>
            <tbody>
              {report.standings.map((p) => (
                <tr key={p.id} className="border-t">
                  <td className={`${cell} font-black`}>{p.rank}</td>
                  <th scope="row" className={`${cell} font-semibold`}>{p.nickname}</th>
                  <td className={`${cell} font-mono`}>{formatPoints(p.score)}</td>
                  <td className={cell}>
                    {p.correctCount} of {played}
                  </td>
                  <td className={cell}>{formatSeconds(p.averageResponseMs, 'no answers')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {played > 0 && report.standings.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="text-lg font-bold">Each player&apos;s answers</h3>
          {report.standings.map((p) => (
            <PlayerAnswers key={p.id} player={p} />
          ))}
        </div>
      )}
    </section>
  );
}

const RESULT = { correct: 'Correct', wrong: 'Wrong', missed: 'No answer' } as const;

function PlayerAnswers({ player }: { player: PlayerResult }) {
  return (
    <details className="rounded-2xl bg-white shadow">
      <summary className="cursor-pointer px-4 py-3 font-semibold">
        #{player.rank} {player.nickname}: {formatPoints(player.score)}
      </summary>
      <div className="overflow-x-auto px-4 pb-4">
        <table className="w-full text-sm">
          <caption className="sr-only">Answers of {player.nickname}</caption>
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className={cell}>Question</th>
              <th scope="col" className={cell}>Picked</th>
              <th scope="col" className={cell}>Result</th>
              <th scope="col" className={cell}>Time</th>
              <th scope="col" className={cell}>Points</th>
            </tr>
          </thead>
          <tbody>
            {player.answers.map((a) => {
              const result = a.responseMs === null ? 'missed' : a.correct ? 'correct' : 'wrong';
              return (
                <tr key={a.questionNumber} className="border-t align-top">
                  <th scope="row" className={cell}>
                    <a href={`#question-${a.questionNumber}`} className="text-indigo-700 underline">
                      Question {a.questionNumber}
                    </a>
                  </th>
                  <td className={cell}>{a.described || 'nothing'}</td>
                  <td className={`${cell} font-semibold ${result === 'correct' ? 'text-emerald-700' : result === 'wrong' ? 'text-rose-700' : 'text-slate-600'}`}>
                    {RESULT[result]}
                  </td>
                  <td className={cell}>{formatSeconds(a.responseMs, '—')}</td>
                  <td className={`${cell} font-mono`}>{formatPoints(a.points)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

import { AnsweredBody, hasOwnViews } from '@/app/components/question-types';
import { shownQuestion } from '@/app/components/question-types/shown-question';
import { formatPoints, formatSeconds } from '@/app/lib/format';
import type { GameReport, PlayerAnswer, PlayerResult, QuestionResult } from '@/server/results/report';

const cell = 'px-3 py-2 text-left';

/**
 * Standings in podium order, then each player's answers behind a disclosure. In a game
 * that asked how sure, each player's confident errors and lucky guesses join the standings.
 */
export function PlayerResults({ report }: { report: GameReport }) {
  const played = report.questions.length;
  const asked = report.asksConfidence;
  return (
    <section aria-labelledby="players-heading" className="flex flex-col gap-3">
      <h2 id="players-heading" className="text-2xl font-bold">
        Players
      </h2>
      {report.standings.length === 0 ? (
        <p className="text-muted">Nobody played this game.</p>
      ) : (
        // Scrolls sideways on a narrow screen: reachable by keyboard, and a shadow on the side with more to see.
        <div role="region" aria-label="Standings, scrolls sideways" tabIndex={0} className="scroll-cue overflow-x-auto rounded-2xl shadow">
          <table className="w-full min-w-[26rem]">
            <caption className="sr-only">
              Standings: rank, score, correct answers{asked && ', confident errors, lucky guesses'} and average answer time per player
            </caption>
            <thead className="text-sm uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className={cell}>Rank</th>
                <th scope="col" className={cell}>Player</th>
                <th scope="col" className={cell}>Score</th>
                <th scope="col" className={cell}>Correct</th>
                {asked && (
                  <>
                    <th scope="col" className={cell}>Confident errors</th>
                    <th scope="col" className={cell}>Lucky guesses</th>
                  </>
                )}
                <th scope="col" className={cell}>Avg. time</th>
              </tr>
            </thead>
            <tbody>
              {report.standings.map((p) => (
                <tr key={p.id} className="border-t border-line">
                  <td className={`${cell} font-black`}>{p.rank}</td>
                  <th scope="row" className={`${cell} max-w-[12rem] break-words font-semibold`}>{p.nickname}</th>
                  <td className={`${cell} whitespace-nowrap tabular-nums`}>{formatPoints(p.score)}</td>
                  <td className={`${cell} whitespace-nowrap`}>
                    {p.correctCount} of {played}
                  </td>
                  {asked && (
                    <>
                      <td className={`${cell} tabular-nums ${p.confidentErrors > 0 ? 'font-black text-bad' : ''}`}>{p.confidentErrors}</td>
                      <td className={`${cell} tabular-nums`}>{p.luckyGuesses}</td>
                    </>
                  )}
                  <td className={`${cell} whitespace-nowrap`}>{formatSeconds(p.averageResponseMs, 'no answers')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {asked && report.standings.length > 0 && (
        <p className="text-sm text-muted">Confident errors: sure and wrong, the answers most worth going over. Lucky guesses: right while guessing.</p>
      )}
      {played > 0 && report.standings.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="text-lg font-bold">Each player&apos;s answers</h3>
          {report.standings.map((p) => (
            <PlayerAnswers key={p.id} player={p} questions={report.questions} />
          ))}
        </div>
      )}
    </section>
  );
}

const RESULT = {
  correct: { label: '✓ Correct', className: 'text-good' },
  wrong: { label: '✗ Wrong', className: 'text-bad' },
  missed: { label: 'No answer', className: 'text-muted' },
} as const;

function PlayerAnswers({ player, questions }: { player: PlayerResult; questions: QuestionResult[] }) {
  return (
    <details className="rounded-2xl bg-surface shadow">
      <summary className="cursor-pointer px-4 py-3 font-semibold">
        #{player.rank} {player.nickname}: {formatPoints(player.score)}
      </summary>
      <div role="region" aria-label={`Answers of ${player.nickname}, scrolls sideways`} tabIndex={0} className="scroll-cue overflow-x-auto px-4 pb-4">
        <table className="w-full min-w-[30rem] text-sm">
          <caption className="sr-only">Answers of {player.nickname}</caption>
          <thead className="text-muted">
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
              const result = RESULT[a.responseMs === null ? 'missed' : a.correct ? 'correct' : 'wrong'];
              return (
                <tr key={a.questionNumber} className="border-t border-line align-top">
                  <th scope="row" className={cell}>
                    <a href={`#question-${a.questionNumber}`} className="whitespace-nowrap text-accent-ink underline">
                      Question {a.questionNumber}
                    </a>
                  </th>
                  <td className={cell}>
                    <Given answer={a} question={questions[a.questionNumber - 1]!} />
                  </td>
                  <td className={`${cell} whitespace-nowrap font-semibold ${result.className}`}>
                    {result.label}
                    {/* How sure, as the player said it, where the game asked. */}
                    {a.confidence && <span className="font-normal text-muted">, {a.confidence}</span>}
                  </td>
                  <td className={`${cell} whitespace-nowrap`}>{formatSeconds(a.responseMs, '—')}</td>
                  <td className={`${cell} tabular-nums`}>{formatPoints(a.points)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** What a player gave, in its type's own form (an order, pairs, the text); a choice's picks by their text. */
function Given({ answer, question }: { answer: PlayerAnswer; question: QuestionResult }) {
  if (!answer.given) return <span className="text-muted">nothing</span>;
  if (hasOwnViews(question.type)) return <AnsweredBody round={shownQuestion(question.rules)} optionIds={answer.given.optionIds} text={answer.given.text} />;
  return <span>{answer.picked.map((p) => p.text).join('; ') || 'nothing'}</span>;
}

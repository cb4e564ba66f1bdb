import Link from 'next/link';
import { Explanation } from '@/app/components/Explanation';
import { Markdown } from '@/app/components/Markdown';
import { TypeReveal, hasOwnViews } from '@/app/components/question-types';
import { CaseStudyPanel } from '@/app/components/question-types/case-study';
import { shownQuestion } from '@/app/components/question-types/shown-question';
import { splitAsk } from '@/app/components/stem-ask';
import { formatNames, formatPercent, formatSeconds } from '@/app/lib/format';
import { kindOf } from '@/server/game/question-types';
import { hardestFirst, type GameReport, type QuestionResult } from '@/server/results/report';
import { Bar, ChoiceTally } from './choice-tally';

/** Every played question, one line each (its ask and accuracy); its details, how the room answered and why, open on demand. */
export function QuestionResults({ report, hardest }: { report: GameReport; hardest: boolean }) {
  const questions = hardest ? hardestFirst(report.questions) : report.questions;
  const base = `/results/${report.gameId}`;
  const tab = (active: boolean) => `rounded-lg px-3 py-1 font-semibold ${active ? 'bg-accent text-on-accent' : 'text-accent-ink underline'}`;
  const players = report.standings.length;
  return (
    <section aria-labelledby="questions-heading" id="questions" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="questions-heading" className="text-2xl font-bold">
          Questions
        </h2>
        <nav aria-label="Order of questions" className="flex gap-2">
          <Link href={`${base}#questions`} aria-current={hardest ? undefined : 'page'} className={tab(!hardest)}>
            Game order
          </Link>
          <Link href={`${base}?sort=hardest#questions`} aria-current={hardest ? 'page' : undefined} className={tab(hardest)}>
            Hardest first
          </Link>
        </nav>
      </div>
      {questions.length === 0 && <p className="text-muted">No round has been played yet.</p>}
      {caseGroups(questions).map(({ caseStudy, questions: group }) =>
        caseStudy ? (
          <section key={group[0]!.number} aria-label={`Case study${caseStudy.title ? `: ${caseStudy.title}` : ''}, questions ${group.map((q) => q.number).join(', ')}`} className="flex flex-col gap-2 rounded-3xl border-2 border-warn p-2">
            <details className="rounded-2xl">
              <summary className="cursor-pointer px-3 py-2 font-bold text-warn">Case study{caseStudy.title && `: ${caseStudy.title}`}: read the scenario</summary>
              <CaseStudyPanel caseStudy={caseStudy} />
            </details>
            {group.map((q) => (
              <QuestionDetails key={q.number} question={q} players={players} />
            ))}
          </section>
        ) : (
          <QuestionDetails key={group[0]!.number} question={group[0]!} players={players} />
        ),
      )}
    </section>
  );
}

/** Questions in a row on one case study's scenario are shown together, under it. */
function caseGroups(questions: QuestionResult[]): { caseStudy: QuestionResult['caseStudy']; questions: QuestionResult[] }[] {
  const groups: { caseStudy: QuestionResult['caseStudy']; questions: QuestionResult[] }[] = [];
  for (const q of questions) {
    const last = groups.at(-1);
    if (q.caseStudy && last?.caseStudy?.scenario === q.caseStudy.scenario) last.questions.push(q);
    else groups.push({ caseStudy: q.caseStudy, questions: [q] });
  }
  return groups;
}

/** The counts a type's reveal view reads, from the report's stored answers. */
function revealOf(q: QuestionResult) {
  const kind = kindOf(q.type);
  const distribution = Object.fromEntries(kind.tallyIsPlayerText ? q.wrongTyped.map((w) => [w.text, w.count]) : q.options.map((o) => [o.id, o.picks]));
  return { correctOptionIds: kind.solution(q.rules), accepted: kind.accepted(q.rules), distribution, answered: q.answered };
}

function QuestionDetails({ question: q, players }: { question: QuestionResult; players: number }) {
  const unanswered = players - q.answered;
  const nameId = `question-${q.number}-name`;
  const weak = q.accuracy !== null && q.accuracy < 0.5;
  return (
    // The id sits inside the disclosure: a link to it (Hardest questions, a player's answers) opens it.
    <article aria-labelledby={nameId} className="rounded-2xl bg-surface shadow">
      <details className="group">
        <summary className="grid cursor-pointer grid-cols-[auto_auto_minmax(0,1fr)_auto] items-center gap-3 rounded-2xl px-4 py-3">
          <span aria-hidden="true" className="text-accent-ink transition-transform group-open:rotate-90">
            ▸
          </span>
          <span id={nameId} className="font-bold">
            Question {q.number}
          </span>
          <span className="truncate text-muted">
            <Markdown inline>{splitAsk(q.stem).ask}</Markdown>
          </span>
          <span className="flex items-center gap-2">
            {q.firstVote && <span className="rounded-lg bg-surface-2 px-2 text-sm font-semibold">Voted twice</span>}
            <span className={`rounded-lg border-2 px-2 font-black tabular-nums ${weak ? 'border-bad text-bad' : 'border-good text-good'}`}>
              {formatPercent(q.accuracy)}
            </span>
          </span>
        </summary>
        <div id={`question-${q.number}`} className="flex scroll-mt-20 flex-col gap-3 px-5 pb-5">
          {/* First: who was sure and wrong, the errors a word from the host corrects best. */}
          {q.confidentErrors.length > 0 && (
            <p className="rounded-xl border-2 border-bad p-3 font-bold text-bad">
              Sure and wrong ({q.confidentErrors.length}): {formatNames(q.confidentErrors)}
            </p>
          )}
          <p className="text-sm text-muted">{q.section}</p>
          <Markdown className="leading-relaxed">{q.stem}</Markdown>
          <p className="font-semibold">
            Accuracy {formatPercent(q.accuracy)} ({q.correctCount} of {players} correct) · average answer time {formatSeconds(q.averageResponseMs)}
          </p>
          {/* "Discuss and vote again": the numbers above are the final answers; what the first vote was, and what talking it over changed. */}
          {q.firstVote && (
            <p className="rounded-xl border-2 border-accent-ink px-3 py-2 font-semibold">
              Voted twice: first vote {q.firstVote.correctCount} of {q.firstVote.answered} right, {q.firstVote.changedToRight} changed to the right answer after discussing
            </p>
          )}
          {hasOwnViews(q.type) ? (
            <div className="flex flex-col gap-2">
              <TypeReveal round={shownQuestion(q.rules)} reveal={revealOf(q)} />
              <p className="grid grid-cols-[minmax(0,1fr)_minmax(6rem,30%)] items-center gap-3 px-3 italic text-muted">
                <span>No answer</span>
                <Bar count={unanswered} most={Math.max(1, players)} label="gave no answer" />
              </p>
            </div>
          ) : (
            <ChoiceTally options={q.options} unanswered={unanswered} />
          )}
          <Explanation reveal={q} label={`Explanation, question ${q.number}`} className="rounded-xl border-2 border-line p-4" />
        </div>
      </details>
    </article>
  );
}

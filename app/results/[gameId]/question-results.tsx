import Link from 'next/link';
import { Explanation } from '@/app/components/Explanation';
import { Markdown } from '@/app/components/Markdown';
import { TYPES, hasOwnViews } from '@/app/components/question-types';
import { CaseStudyPanel } from '@/app/components/question-types/case-study';
import { formatPercent, formatSeconds } from '@/app/lib/format';
import { kindOf } from '@/server/game/question-types';
import { hardestFirst, type GameReport, type QuestionResult } from '@/server/results/report';

/** Every played question: how the room did on it, and why the right answer is right. */
export function QuestionResults({ report, hardest }: { report: GameReport; hardest: boolean }) {
  const questions = hardest ? hardestFirst(report.questions) : report.questions;
  const base = `/results/${report.gameId}`;
  const tab = (active: boolean) => `rounded-lg px-3 py-1 font-semibold ${active ? 'bg-indigo-600 text-white' : 'text-indigo-700 underline'}`;
  return (
    <section aria-labelledby="questions-heading" id="questions" className="flex flex-col gap-4">
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
      {questions.length === 0 && <p className="text-slate-600">No round has been played yet.</p>}
      {caseGroups(questions).map(({ caseStudy, questions: group }) =>
        caseStudy ? (
          <section key={group[0]!.number} aria-label={`Case study${caseStudy.title ? `: ${caseStudy.title}` : ''}`} className="flex flex-col gap-4 rounded-3xl border-2 border-amber-300 p-3">
            <CaseStudyPanel caseStudy={caseStudy} />
            {group.map((q) => (
              <QuestionCard key={q.number} question={q} players={report.standings.length} />
            ))}
          </section>
        ) : (
          <QuestionCard key={group[0]!.number} question={group[0]!} players={report.standings.length} />
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

function QuestionCard({ question: q, players }: { question: QuestionResult; players: number }) {
  const rows = kindOf(q.type).tallyIsPlayerText ? q.wrongTyped.map(({ text, count }) => ({ id: text, text, correct: false, picks: count })) : q.options;
  const most = Math.max(1, ...rows.map((o) => o.picks));
  const counted = TYPES[q.type].results;
  const choice = !hasOwnViews(q.type);
  const unanswered = players - q.answered;
  const headingId = `question-${q.number}-heading`;
  return (
    <article id={`question-${q.number}`} aria-labelledby={headingId} className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow">
      <h3 id={headingId} className="text-lg font-bold">
        Question {q.number} <span className="font-normal text-slate-500">· {q.section}</span>
      </h3>
      <Markdown className="leading-relaxed">{q.stem}</Markdown>
      <p className="font-semibold">
        Accuracy {formatPercent(q.accuracy)} ({q.correctCount} of {players} correct) · average answer time {formatSeconds(q.averageResponseMs)}
      </p>
      <div className="rounded-xl bg-emerald-50 p-3">
        <p className="text-sm font-bold uppercase tracking-wide text-emerald-700">Right answer{q.select > 1 ? 's' : ''}</p>
        {choice ? (
          <ul className="list-disc pl-5 font-semibold">
            {q.options.filter((o) => o.correct).map((o) => (
              <li key={o.id}>
                <Markdown inline>{o.text}</Markdown>
              </li>
            ))}
          </ul>
        ) : (
          <p className="break-words font-semibold">{q.rightAnswer}</p>
        )}
      </div>
      <table className="w-full text-sm">
        <caption className="sr-only">How players answered question {q.number}, in the order shown</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-1 text-left">{counted.row}</th>
            <th scope="col" className="w-2/5 py-1 text-left">{counted.count}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id} className="border-t align-top">
              <th scope="row" className={`py-2 pr-3 text-left font-normal ${o.correct ? 'font-semibold text-emerald-800' : ''}`}>
                <Markdown inline>{o.text}</Markdown>
                {o.correct && choice && <span className="ml-2 font-bold text-emerald-700">✓ correct</span>}
              </th>
              <td className="py-2">
                <Bar count={o.picks} most={most} correct={o.correct && choice} />
              </td>
            </tr>
          ))}
          <tr className="border-t">
            <th scope="row" className="py-2 text-left font-normal italic text-slate-600">No answer</th>
            <td className="py-2">
              <Bar count={unanswered} most={most} correct={false} />
            </td>
          </tr>
        </tbody>
      </table>
      <Explanation reveal={q} label={`Explanation, question ${q.number}`} />
    </article>
  );
}

function Bar({ count, most, correct }: { count: number; most: number; correct: boolean }) {
  return (
    <div className="flex items-center gap-2">
      <span className="w-6 text-right font-bold">{count}</span>
      <div aria-hidden="true" className="h-3 flex-1 rounded bg-slate-100">
        <div className={`h-3 rounded ${correct ? 'bg-emerald-500' : 'bg-slate-400'}`} style={{ width: `${(count / Math.max(most, count)) * 100}%` }} />
      </div>
    </div>
  );
}

import { useId } from 'react';
import { Explanation } from '@/app/components/Explanation';
import { Markdown } from '@/app/components/Markdown';
import { PreviewBody, TYPE_LABEL, hasOwnViews } from '@/app/components/question-types';
import { CaseStudyPanel } from '@/app/components/question-types/case-study';
import { Shape, answerStyle } from '@/app/components/shapes';
import type { ParsedQuestion } from '@/server/banks/types';

/** Inline code and links in bank markdown, readable without a typography plugin. */
const MARKDOWN_STYLE = '[&_a]:text-indigo-700 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em]';

/** One question as the bank will store it: where it came from, what players see, and what the reveal explains. */
export function QuestionPreview({ question, number }: { question: ParsedQuestion; number: number }) {
  const headingId = useId();
  const explained = question.explanation !== '' || question.whyNot.length > 0 || question.links.length > 0;
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow">
      <h3 id={headingId} className="text-sm font-bold uppercase tracking-wide text-slate-500">
        {[`Question ${number}`, question.section, `line ${question.line}`].filter(Boolean).join(' · ')}
      </h3>
      <p className="self-start rounded-full bg-slate-100 px-3 py-1 text-sm font-bold text-slate-700">{TYPE_LABEL[question.type]}</p>
      <CaseStudyPanel caseStudy={question.caseStudy} />
      <Markdown className={`space-y-2 text-lg font-semibold leading-snug ${MARKDOWN_STYLE}`}>{question.stem}</Markdown>
      {question.select > 1 && (
        <p className="self-start rounded-full bg-indigo-100 px-3 py-1 text-sm font-bold text-indigo-800">Select {question.select}</p>
      )}
      {hasOwnViews(question.type) ? <PreviewBody question={question} /> : (
      <ul aria-label="Options" className="grid gap-2 sm:grid-cols-2">
        {question.options.map((option, i) => (
          <li
            key={option.text}
            className={`flex items-center gap-3 rounded-xl border-2 px-3 py-2 ${option.correct ? 'border-emerald-600 bg-emerald-50' : 'border-slate-200'}`}
          >
            <span className={`rounded-md p-1 ${answerStyle(i).tile}`}>
              <Shape position={i} className="h-4 w-4" />
            </span>
            <Markdown inline className="flex-1 font-medium">{option.text}</Markdown>
            <span className="text-right text-sm">
              <span className={option.correct ? 'font-bold text-emerald-700' : 'text-slate-600'}>{option.correct ? '✓ Correct' : 'Incorrect'}</span>
              <span className="block text-slate-500">{option.authored ? 'authored' : 'generated'}</span>
            </span>
          </li>
        ))}
      </ul>
      )}
      {explained ? <Explanation reveal={question} label={`Explanation, question ${number}`} /> : <p className="text-slate-500">No explanation in the file.</p>}
    </article>
  );
}

import type { Ref } from 'react';
import type { ParsedBank } from '@/server/banks/types';
import { QuestionPreview } from './question-preview';

function sectionCounts(bank: ParsedBank): { name: string; count: number }[] {
  return bank.sections.map((name) => ({ name, count: bank.questions.filter((question) => question.section === name).length }));
}

/** What the bank is: its title, where it came from, what became of the file's questions, and how they split into sections. */
export function BankSummary({ bank, fileName, format, counts, headingRef }: { bank: ParsedBank; fileName: string; format: string; counts: string; headingRef?: Ref<HTMLHeadingElement> }) {
  return (
    <section aria-labelledby="preview-title" className="scroll-mt-4 rounded-2xl bg-white p-5 shadow">
      <p className="text-sm font-bold uppercase tracking-wide text-indigo-700">Preview of {fileName} ({format}), not saved yet</p>
      <h2 id="preview-title" ref={headingRef} tabIndex={-1} className="mt-1 text-2xl font-black outline-none">
        {bank.title}
      </h2>
      {bank.description && <p className="text-slate-600">{bank.description}</p>}
      <p className="mt-2 font-medium">{counts}</p>
      <ul aria-label="Sections" className="mt-1 space-y-0.5 text-slate-700">
        {sectionCounts(bank).map((section) => (
          <li key={section.name}>
            {section.name || 'No section'}: {section.count}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function QuestionList({ bank }: { bank: ParsedBank }) {
  return (
    <ol aria-label="Questions" className="flex flex-col gap-4">
      {bank.questions.map((question, i) => (
        <li key={question.line}>
          <QuestionPreview question={question} number={i + 1} />
        </li>
      ))}
    </ol>
  );
}

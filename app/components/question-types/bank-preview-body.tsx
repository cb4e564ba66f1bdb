import type { ParsedQuestion } from '@/server/bank';

/** The upload preview of a question that is not a choice: its items in order, its pairs, or its accepted answers. */
export function PreviewBody({ question }: { question: ParsedQuestion }) {
  if (question.type === 'ordering') {
    return (
      <ol aria-label="Right order" className="list-decimal pl-6 font-medium">
        {question.options.map((o) => (
          <li key={o.text}>{o.text}</li>
        ))}
      </ol>
    );
  }
  if (question.type === 'matching') {
    return (
      <ul aria-label="Right pairs" className="flex flex-col gap-1">
        {question.options.map((o) => (
          <li key={o.text} className="rounded-lg border-2 border-slate-200 px-3 py-1">
            <span className="font-medium">{o.text}</span> <span aria-hidden="true">→</span>
            <span className="sr-only">matches</span> <span className="font-semibold text-emerald-800">{o.match}</span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul aria-label="Accepted answers" className="list-disc pl-6 font-medium">
      {question.options.map((o) => (
        <li key={o.text}>{o.text}</li>
      ))}
    </ul>
  );
}

export const TYPE_LABEL: Record<ParsedQuestion['type'], string> = {
  choice: 'Multiple choice',
  truefalse: 'True or false',
  ordering: 'Ordering',
  matching: 'Matching',
  typed: 'Type the answer',
};

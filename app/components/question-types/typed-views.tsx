import type { ParsedQuestion } from '@/server/bank';
import type { RevealView } from '@/server/protocol';
import { TypedInput } from './typed-input';
import type { TypeViews } from './type-views';

/**
 * Type the answer on the projector and at the reveal. What players typed is
 * rendered as text (React escapes it), never as markdown or HTML.
 */
export const typedViews: TypeViews = {
  input: (props) => <TypedInput {...props} />,
  hostQuestion: () => <p className="rounded-3xl bg-white p-6 text-2xl font-bold shadow text-slate-900">Type your answer on your phone.</p>,
  reveal: (_round, reveal: RevealView) => (
    <>
      <Accepted texts={reveal.accepted} />
      {Object.keys(reveal.distribution).length > 0 && (
        <section aria-label="Common wrong answers">
          <h3 className="text-sm font-bold uppercase tracking-wide text-rose-700">Common wrong answers</h3>
          <ul className="mt-1 flex flex-col gap-1">
            {Object.entries(reveal.distribution).map(([text, count]) => (
              <li key={text} className="flex gap-2 break-all">
                <span className="flex-1">{text}</span>
                <span className="font-bold">×{count}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  ),
  describe: (_round, _optionIds, text) => text ?? '',
  preview: (question: ParsedQuestion) => <Accepted texts={question.options.map((o) => o.text)} />,
};

function Accepted({ texts }: { texts: string[] }) {
  return (
    <section aria-label="Accepted answers">
      <h3 className="text-sm font-bold uppercase tracking-wide text-emerald-700">Accepted answers</h3>
      <ul className="mt-1 list-disc pl-5 font-semibold">
        {texts.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </section>
  );
}

import type { ParsedQuestion } from '@/server/banks/types';
import { TypedInput } from './typed-input';
import { Caption, type TypeViews } from './type-views';

/**
 * Type the answer on the projector and at the reveal. What players typed is
 * rendered as text (React escapes it), never as markdown or HTML.
 */
export const typedViews: TypeViews = {
  label: 'Type the answer',
  results: { row: 'Wrong answer typed', count: 'Typed by' },
  compactInput: true,
  input: (props) => <TypedInput {...props} />,
  hostQuestion: () => (
    // The projector's stand-in for the phones' text box: the instruction at stem size over a field with a blinking caret.
    <div className="flex h-full max-h-[calc(30*var(--su))] flex-col items-center justify-center gap-[var(--gap)] rounded-[0.5em] border-[3px] border-dashed border-line bg-surface px-[var(--pad)]">
      <p className="t-stem flex items-center gap-[0.5em] text-center font-black">
        <span aria-hidden="true" className="text-[1.3em] text-accent-ink">
          ⌨
        </span>
        Type your answer on your phone.
      </p>
      <p aria-hidden="true" className="t-option flex w-full max-w-[calc(60*var(--su))] items-center rounded-[0.5em] border-[3px] border-accent bg-page px-[0.7em] py-[0.45em] font-semibold text-muted">
        Your answer
        <span className="animate-blink ml-[0.1em] inline-block h-[1.2em] w-[0.12em] bg-ink" />
      </p>
    </div>
  ),
  reveal: (_round, reveal) => {
    const wrong = Object.entries(reveal.distribution);
    const most = Math.max(1, ...wrong.map(([, count]) => count));
    return (
      <>
        <Accepted texts={reveal.accepted} />
        {wrong.length > 0 && (
          <section aria-label="Common wrong answers" className="flex flex-col gap-[0.35em]">
            <Caption tone="text-bad">Common wrong answers</Caption>
            <ul className="flex flex-col gap-[0.35em]">
              {wrong.map(([text, count]) => (
                <li key={text} className="rounded-[0.5em] border-[3px] border-line bg-surface px-[0.6em] py-[0.3em]">
                  <div className="flex items-center gap-[0.5em]">
                    <span className="min-w-0 flex-1 break-all">{text}</span>
                    <span aria-label={`${count} answers`} className="shrink-0 font-black tabular-nums">
                      {count}
                    </span>
                  </div>
                  <div className="mt-[0.25em] h-[0.3em] rounded-full bg-surface-2">
                    <div className="animate-grow h-full origin-left rounded-full bg-[var(--muted)]" style={{ width: `${(count / most) * 100}%` }} />
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )}
      </>
    );
  },
  solution: (_question, _ids, accepted) => <Accepted texts={accepted} />,
  answered: (_round, _optionIds, text) => <p className="break-all rounded-lg bg-surface-2 px-3 py-2 text-xl font-bold">{text}</p>,
  describe: (_round, _optionIds, text) => text ?? '',
  preview: (question: ParsedQuestion) => <Accepted texts={question.options.map((o) => o.text)} />,
};

function Accepted({ texts }: { texts: string[] }) {
  return (
    <section aria-label="Accepted answers" className="flex flex-col gap-[0.35em]">
      <Caption tone="text-good">Accepted answers</Caption>
      <ul className="flex flex-wrap gap-[0.35em]">
        {texts.map((text) => (
          <li key={text} className="rounded-[0.5em] border-[3px] border-good px-[0.6em] py-[0.2em] font-bold">
            <span aria-hidden="true">✓ </span>
            {text}
          </li>
        ))}
      </ul>
    </section>
  );
}

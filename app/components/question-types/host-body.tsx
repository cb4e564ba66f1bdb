import type { RoundView } from '@/server/protocol';

/** The projector's view of an open round, for the types that are not a grid of options. */
export function HostQuestionBody({ round }: { round: RoundView }) {
  if (round.type === 'ordering') {
    return (
      <section aria-label="Items to put in order" className="rounded-3xl bg-white p-6 shadow">
        <h3 className="mb-3 text-xl font-bold text-slate-600">Put these in order on your phone</h3>
        <ul className="grid gap-3 md:grid-cols-2">
          {round.options.map((o) => (
            <li key={o.id} className="rounded-2xl bg-slate-800 p-4 text-xl font-bold text-white">
              {o.text}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  if (round.type === 'matching') {
    return (
      <div className="grid gap-6 md:grid-cols-2">
        <TextList label="Prompts" items={round.options.map((o) => o.text)} />
        <TextList label="Answers" items={round.matches.map((m) => m.text)} />
      </div>
    );
  }
  return <p className="rounded-3xl bg-white p-6 text-2xl font-bold shadow">Type your answer on your phone.</p>;
}

function TextList({ label, items }: { label: string; items: string[] }) {
  return (
    <section aria-label={label} className="rounded-3xl bg-white p-6 shadow">
      <h3 className="mb-3 text-xl font-bold text-slate-600">{label}</h3>
      <ul className="flex flex-col gap-2">
        {items.map((text) => (
          <li key={text} className="rounded-xl bg-slate-100 p-3 text-xl font-semibold">
            {text}
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { RevealView, RoundView } from '@/server/protocol';

/**
 * The right answer and how the room did, for the types that are not a grid of
 * options: on the projector and on the phones alike.
 */
export function RevealBody({ round, reveal }: { round: RoundView; reveal: RevealView }) {
  const textOf = (id: string, list = round.options) => list.find((o) => o.id === id)?.text ?? '';
  return (
    <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow">
      <p role="status" className="text-lg font-bold">
        {reveal.correctCount} of {reveal.answered} got it right
      </p>
      {round.type === 'ordering' && (
        <section aria-label="Right order">
          <h3 className="text-sm font-bold uppercase tracking-wide text-emerald-700">Right order</h3>
          <ol className="mt-1 flex flex-col gap-1">
            {reveal.correctOptionIds.map((id, i) => (
              <li key={id} className="flex items-center gap-3 rounded-xl bg-emerald-50 p-2 font-semibold">
                <span className="w-6 text-right font-black">{i + 1}.</span>
                <span className="flex-1">{textOf(id)}</span>
                <span className="text-sm text-slate-600">{reveal.distribution[id] ?? 0} placed it here</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {round.type === 'matching' && (
        <section aria-label="Right pairs">
          <h3 className="text-sm font-bold uppercase tracking-wide text-emerald-700">Right pairs</h3>
          <ul className="mt-1 flex flex-col gap-1">
            {round.options.map((prompt, i) => (
              <li key={prompt.id} className="flex flex-wrap items-center gap-2 rounded-xl bg-emerald-50 p-2">
                <span className="font-semibold">{prompt.text}</span>
                <span aria-hidden="true">→</span>
                <span className="sr-only">matches</span>
                <span className="flex-1 font-bold">{textOf(reveal.correctOptionIds[i] ?? '', round.matches)}</span>
                <span className="text-sm text-slate-600">{reveal.distribution[prompt.id] ?? 0} matched it</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {round.type === 'typed' && (
        <>
          <section aria-label="Accepted answers">
            <h3 className="text-sm font-bold uppercase tracking-wide text-emerald-700">Accepted answers</h3>
            <ul className="mt-1 list-disc pl-5 font-semibold">
              {reveal.accepted.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </section>
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
      )}
    </div>
  );
}

/** A player's own answer in words, as the phone shows it at the reveal. */
export function describeAnswer(round: RoundView, optionIds: string[], text: string | null): string {
  const textOf = (id: string, list = round.options) => list.find((o) => o.id === id)?.text ?? '?';
  if (round.type === 'typed') return text ?? '';
  if (round.type === 'ordering') return optionIds.map((id) => textOf(id)).join(' > ');
  if (round.type === 'matching') return round.options.map((p, i) => `${p.text} → ${textOf(optionIds[i] ?? '', round.matches)}`).join('; ');
  return optionIds.map((id) => textOf(id)).join(', ');
}

import type { Assumption, Reading, ReadingKey } from '@/server/banks/readings';

/** What each way of a layout does to the questions, as the button that switches to it says. */
const SWITCH_TO: { [Key in ReadingKey]: Record<Required<Reading>[Key], string> } = {
  letteredAnswer: {
    options: 'Read the lettered lines as options',
    typed: 'Read the lettered lines as part of the question, the answer typed',
  },
};

const linesOf = ({ count, lines }: Assumption) =>
  count === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, 12).join(', ')}${count > 12 ? ', …' : ''}`;

/**
 * Where the file reads two ways: what was assumed, once for all the questions
 * read so, and a button that reads the file the other way (the preview and the save follow it).
 */
export function AssumedReadings({
  assumed,
  reading,
  busy,
  onRead,
}: {
  assumed: Assumption[];
  reading: Reading;
  busy: boolean;
  onRead: (reading: Reading) => void;
}) {
  if (assumed.length === 0) return null;
  return (
    <section aria-labelledby="assumed-title" className="rounded-2xl border-2 border-indigo-300 bg-indigo-50 p-4 text-indigo-950">
      <h2 id="assumed-title" className="font-bold">
        Read one way of two
      </h2>
      <ul className="mt-2 space-y-3">
        {assumed.map((assumption) => (
          <li key={assumption.key} className="flex flex-col gap-2">
            <p>
              <strong>{assumption.count === 1 ? '1 question' : `${assumption.count.toLocaleString('en')} questions`}</strong>
              <span className="text-sm"> ({linesOf(assumption)})</span>: {assumption.example}.
            </p>
            {/* aria-disabled, not disabled: a disabled button drops the focus, and the host pressing it should keep it. */}
            <button
              type="button"
              aria-disabled={busy}
              onClick={() => busy || onRead({ ...reading, [assumption.key]: assumption.other })}
              className="self-start rounded-xl border-2 border-indigo-600 bg-white px-4 py-2 font-bold text-indigo-700 hover:bg-indigo-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-60"
            >
              {SWITCH_TO[assumption.key][assumption.other]}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

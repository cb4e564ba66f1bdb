import { Countdown } from '@/app/components/Countdown';
import { Markdown } from '@/app/components/Markdown';
import { Shape, answerStyle } from '@/app/components/shapes';
import type { HostScreen } from '@/server/protocol';
import type { HostAct } from './host-app';
import { HostControls } from './host-controls';

export function HostQuestion({
  screen,
  receivedAt,
  counts,
  act,
}: {
  screen: Extract<HostScreen, { screen: 'question' }>;
  receivedAt: number;
  counts: { answered: number; expected: number };
  act: HostAct;
}) {
  const { round } = screen;
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-1 flex-col gap-6 p-8">
      <div className="flex items-center justify-between">
        <p className="font-semibold text-slate-600">
          Question {round.index + 1} of {round.total} · {round.section}
        </p>
        <HostControls act={act} from={{ phase: 'question', index: round.index }} />
      </div>
      <Markdown className="whitespace-pre-line rounded-3xl bg-white p-8 text-2xl leading-snug shadow">{round.stem ?? ''}</Markdown>
      {round.select > 1 && <p className="text-xl font-bold">Select {round.select}.</p>}
      <div className="flex items-center gap-6">
        <Countdown remainingMs={round.remainingMs} receivedAt={receivedAt} />
        <p role="status" className="text-2xl font-bold">
          {counts.answered} of {counts.expected} answered
        </p>
      </div>
      <ul className="grid gap-4 md:grid-cols-2">
        {round.options.map((option, i) => (
          <li key={option.id} className={`flex items-center gap-4 rounded-2xl p-5 text-xl font-bold text-white ${answerStyle(i).bg}`}>
            <Shape position={i} className="h-8 w-8 shrink-0 fill-white" />
            <Markdown inline>{option.text}</Markdown>
          </li>
        ))}
      </ul>
    </div>
  );
}

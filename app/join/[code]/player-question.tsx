'use client';

import { useState } from 'react';
import { Countdown } from '@/app/components/Countdown';
import { Markdown } from '@/app/components/Markdown';
import { Shape, answerStyle } from '@/app/components/shapes';
import { call } from '@/app/lib/socket';
import type { RoundView } from '@/server/protocol';

/** Big coloured answer buttons; a multi-select question needs its number of picks and a Submit. */
export function PlayerQuestion({ round, picked, receivedAt }: { round: RoundView; picked: string[] | null; receivedAt: number }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [sent, setSent] = useState<string[] | null>(picked);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const multi = round.select > 1;
  const answered = sent ?? picked;

  async function send(optionIds: string[]) {
    if (sending || answered) return;
    setSending(true);
    setError(null);
    const result = await call('player:answer', { index: round.index, optionIds });
    setSending(false);
    if (result.ok) setSent(result.data.picked);
    else setError(result.error);
  }

  function tap(id: string) {
    if (!multi) return void send([id]);
    setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : c.length < round.select ? [...c, id] : c));
  }

  return (
    <div className="flex flex-1 flex-col gap-3">
      <div className="flex items-center justify-between">
        <p className="text-sm font-semibold text-slate-600">
          Question {round.index + 1} of {round.total}
        </p>
        <Countdown remainingMs={round.remainingMs} receivedAt={receivedAt} size="sm" />
      </div>
      {round.stem && <Markdown className="whitespace-pre-line text-base leading-snug">{round.stem}</Markdown>}
      {multi && !answered && <p className="font-semibold">Pick {round.select} answers, then Submit.</p>}
      {answered ? (
        <div role="status" className="m-auto rounded-2xl bg-white p-6 text-center shadow">
          <p className="text-2xl font-black">Answer received</p>
          <p className="mt-1 text-slate-600">Waiting for the others…</p>
        </div>
      ) : (
        <div className="grid flex-1 grid-cols-1 gap-3 sm:grid-cols-2">
          {round.options.map((option, i) => {
            const style = answerStyle(i);
            const selected = chosen.includes(option.id);
            return (
              <button
                key={option.id}
                type="button"
                onClick={() => tap(option.id)}
                aria-pressed={multi ? selected : undefined}
                disabled={sending}
                className={`flex min-h-20 items-center gap-3 rounded-2xl p-4 text-left text-lg font-bold text-white shadow ${style.bg} ${selected ? `ring-8 ${style.ring}` : ''}`}
              >
                <Shape position={i} />
                <Markdown inline>{option.text}</Markdown>
              </button>
            );
          })}
        </div>
      )}
      {multi && !answered && (
        <button
          type="button"
          onClick={() => void send(chosen)}
          disabled={chosen.length !== round.select || sending}
          className="rounded-xl bg-slate-900 px-4 py-3 text-lg font-bold text-white disabled:opacity-40"
        >
          Submit
        </button>
      )}
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

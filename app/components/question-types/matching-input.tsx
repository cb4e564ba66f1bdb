'use client';

import { useState } from 'react';
import { DraftActions } from './draft-actions';
import type { InputProps } from './types';
import { useDraft } from './use-draft';

/**
 * Matching by tapping: pick a prompt, then its answer; every pair stays in
 * view. The draft holds one match id per prompt ('' when not matched yet).
 * Plain buttons, so it works by keyboard and screen reader.
 */
export function MatchingInput({ question, onSend, busy, draftKey, submitLabel }: InputProps) {
  const [draft, setDraft] = useDraft(draftKey);
  const prompts = question.options;
  const pairs = prompts.map((_, i) => (question.matches.some((m) => m.id === draft[i]) ? draft[i]! : ''));
  const firstOpen = pairs.indexOf('');
  const [selected, setSelected] = useState(Math.max(0, firstOpen));
  const matchText = (id: string) => question.matches.find((m) => m.id === id)?.text;

  function choose(matchId: string) {
    const next = pairs.map((id, i) => (i === selected ? matchId : id));
    setDraft(next);
    const open = next.findIndex((id, i) => id === '' && i !== selected);
    if (open >= 0) setSelected(open);
  }

  const complete = pairs.every(Boolean);
  const prompt = prompts[selected];
  return (
    <div className="flex flex-col gap-3">
      <p className="font-semibold">Pick a prompt, then the answer it matches.</p>
      <ul aria-label="Pairs" aria-live="polite" className="flex flex-col gap-2">
        {prompts.map((p, i) => (
          <li key={p.id}>
            <button
              type="button"
              disabled={busy}
              aria-pressed={i === selected}
              aria-label={p.text}
              aria-describedby={`pair-${p.id}`}
              onClick={() => setSelected(i)}
              className={`flex w-full flex-col rounded-2xl border-2 p-3 text-left ${i === selected ? 'border-indigo-700 bg-indigo-50 ring-4 ring-indigo-300' : 'border-slate-300 bg-white'}`}
            >
              <span className="font-bold">{p.text}</span>
              <span id={`pair-${p.id}`} className={pairs[i] ? 'font-semibold text-indigo-800' : 'text-slate-700'}>
                {pairs[i] ? `→ ${matchText(pairs[i]!)}` : '→ not matched yet'}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div role="group" aria-label={prompt ? `Answers for ${prompt.text}` : 'Answers'} className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {question.matches.map((m) => (
          <button
            key={m.id}
            type="button"
            disabled={busy}
            onClick={() => choose(m.id)}
            className="min-h-12 rounded-2xl bg-slate-800 p-3 text-left font-bold text-white shadow"
          >
            {m.text}
          </button>
        ))}
      </div>
      <DraftActions
        back={{
          label: 'Clear',
          disabled: busy || pairs.every((id) => !id),
          onClick: () => {
            setDraft([]);
            setSelected(0);
          },
        }}
        submit={{ label: `${submitLabel} matches`, disabled: busy || !complete, onClick: () => onSend({ optionIds: pairs }) }}
      />
    </div>
  );
}

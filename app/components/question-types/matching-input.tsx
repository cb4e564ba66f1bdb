'use client';

import { useState } from 'react';
import { Markdown } from '@/app/components/Markdown';
import { Shape, answerStyle } from '@/app/components/shapes';
import { DraftActions } from './draft-actions';
import { matchingColumns } from './matching-columns';
import type { InputProps } from './types';
import { useDraft } from './use-draft';

/**
 * Equal rows, each at least its text's height; a column taller than the space,
 * or a tile with a word wider than itself, is watched (data-fit-watch) and the
 * text steps down (useFit) rather than break a word. The padding keeps the
 * selected tile's outline inside the column's clip.
 */
const COLUMN = 'grid min-h-0 auto-rows-[minmax(min-content,1fr)] gap-1.5 overflow-hidden p-1';
const TILE = 't-tile flex min-h-11 w-full min-w-0 items-center overflow-hidden rounded-lg py-1 text-left shadow-md';

/**
 * Matching by tapping, in two columns that fit a 360x640 phone with six pairs:
 * the prompts on the left, each in its tile colour and shape (as on the
 * projector), the answers on the right. Tap a prompt, then its answer: the
 * answer takes the prompt's colour and shape, so every pair stays in view.
 * The draft holds one match id per prompt ('' when not matched yet). Plain
 * buttons, so it works by keyboard and screen reader.
 */
export function MatchingInput({ question, onSend, busy, draftKey, submitLabel }: InputProps) {
  const [draft, setDraft] = useDraft(draftKey);
  const prompts = question.options;
  const answers = question.matches;
  const pairs = prompts.map((_, i) => (answers.some((m) => m.id === draft[i]) ? draft[i]! : ''));
  const firstOpen = pairs.indexOf('');
  const [selected, setSelected] = useState(Math.max(0, firstOpen));

  function choose(matchId: string) {
    const next = pairs.map((id, i) => (i === selected ? matchId : id));
    setDraft(next);
    const open = next.findIndex((id, i) => id === '' && i !== selected);
    if (open >= 0) setSelected(open);
  }

  const done = pairs.filter(Boolean).length;
  const prompt = prompts[selected];
  return (
    <div className="flex h-full flex-col gap-2">
      <p role="status" className="shrink-0 text-sm font-semibold">
        {done === prompts.length ? 'All matched: Submit, or change a pair' : `Tap a prompt, then its match (${done} of ${prompts.length})`}
      </p>
      <div className="-mx-1 grid min-h-0 flex-1 grid-rows-[minmax(0,1fr)]" style={{ gridTemplateColumns: matchingColumns(prompts, answers) }}>
        <ul aria-label="Pairs" data-fit-watch className={COLUMN}>
          {prompts.map((p, i) => {
            const match = answers.find((m) => m.id === pairs[i]);
            return (
              <li key={p.id} className="relative flex min-w-0">
                <button
                  type="button"
                  disabled={busy}
                  aria-pressed={i === selected}
                  aria-label={p.text}
                  aria-describedby={`pair-${p.id}`}
                  onClick={() => setSelected(i)}
                  data-fit-watch
                  className={`${TILE} pl-2 pr-3 font-bold ${answerStyle(i).tile} ${i === selected ? 'match-selected' : ''}`}
                >
                  <span className="min-w-0">
                    <Shape position={i} className="mr-1 inline h-[1em] w-[1em] align-[-0.12em]" />
                    <Markdown inline>{p.text}</Markdown>
                  </span>
                </button>
                {match && (
                  <span aria-hidden="true" className="pointer-events-none absolute -right-1 -top-1 flex h-5 w-5 items-center justify-center rounded-full bg-white text-xs font-black text-[#12132a] shadow">
                    ✓
                  </span>
                )}
                <span id={`pair-${p.id}`} className="sr-only">
                  {match ? `matched to ${match.text}` : 'not matched yet'}
                </span>
              </li>
            );
          })}
        </ul>
        <div role="group" aria-label={prompt ? `Answers for ${prompt.text}` : 'Answers'} data-fit-watch className={COLUMN}>
          {answers.map((m) => {
            const by = prompts.flatMap((_, i) => (pairs[i] === m.id ? [i] : []));
            return (
              <div key={m.id} className="flex min-w-0">
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => choose(m.id)}
                  aria-describedby={by.length ? `by-${m.id}` : undefined}
                  data-fit-watch
                  className={`${TILE} px-2 font-semibold ${by.length ? answerStyle(by[0]!).tile : 'border-[3px] border-line bg-surface text-ink'} ${pairs[selected] === m.id ? 'match-selected' : ''}`}
                >
                  <span className="min-w-0">
                    {by.map((i) => (
                      <Shape key={i} position={i} className="mr-1 inline h-[1em] w-[1em] align-[-0.12em]" />
                    ))}
                    <Markdown inline>{m.text}</Markdown>
                  </span>
                </button>
                {by.length > 0 && (
                  <span id={`by-${m.id}`} className="sr-only">
                    matched by {by.map((i) => prompts[i]!.text).join(', ')}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </div>
      <DraftActions
        back={{
          label: 'Clear',
          disabled: busy || done === 0,
          onClick: () => {
            setDraft([]);
            setSelected(0);
          },
        }}
        submit={{ label: `${submitLabel} matches`, disabled: busy || done < prompts.length, onClick: () => onSend({ optionIds: pairs }) }}
      />
    </div>
  );
}

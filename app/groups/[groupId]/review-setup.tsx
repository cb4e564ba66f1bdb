'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { call } from '@/app/lib/socket';
import { deviceId, saveHostToken } from '@/app/lib/storage';
import { DiscussWhenSplit } from '@/app/host/discuss-when-split';
import { MAX_SECONDS, MIN_SECONDS } from '@/server/game/plan';
import { groupPath, postGroup, type ReviewPick } from '../group-api';
import { ErrorText, Panel, fieldClass } from '../group-ui';
import { QuestionLine } from './question-line';

/**
 * The review game: the questions the group most needs now (server/groups/review-pick.ts),
 * each with why it was picked, then hosted as a live game of exactly those questions.
 */
export function ReviewSetup({ groupId, groupKey, bankId }: { groupId: string; groupKey: string; bankId: string | null }) {
  const router = useRouter();
  const [count, setCount] = useState('10');
  const [seconds, setSeconds] = useState('');
  const [readFirst, setReadFirst] = useState(true);
  const [holdSplit, setHoldSplit] = useState(false);
  const [picks, setPicks] = useState<ReviewPick[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function pick(event: React.FormEvent) {
    event.preventDefault();
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1 || n > 50) return setError('"Questions" is a whole number from 1 to 50.');
    const reply = await postGroup<{ questions: ReviewPick[] }>(groupPath(groupId, 'review'), { key: groupKey, count: n });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setPicks(reply.data.questions);
  }

  async function host() {
    if (!picks?.length || !bankId) return;
    const perQuestion = seconds.trim() === '' ? null : Number(seconds);
    if (perQuestion !== null && (!Number.isInteger(perQuestion) || perQuestion < MIN_SECONDS || perQuestion > MAX_SECONDS)) {
      return setError(`"Seconds per question" is a whole number from ${MIN_SECONDS} to ${MAX_SECONDS}, or empty to size each question by its length.`);
    }
    setBusy(true);
    const result = await call('host:create', {
      bankId, sections: [], count: null, secondsPerQuestion: perQuestion, shuffleQuestions: false, shuffleOptions: true, showQuestionsOnPhones: true,
      autoAdvanceSeconds: null, scoring: 'speed', askConfidence: true, hideTypedAnswers: false, readFirst, holdSplit, deviceId: deviceId(),
      group: { groupId, organizerKey: groupKey, questionIds: picks.map((p) => p.id) },
    });
    if (!result.ok) {
      setBusy(false);
      return setError(result.error);
    }
    saveHostToken(result.data.gameId, result.data.hostToken);
    router.push(`/host/${result.data.gameId}`);
  }

  return (
    <Panel id="review-heading" title="Review game">
      <p className="text-sm text-muted">The questions most members have due, then the most missed, mixed across sections; not last game’s, unless the group still failed them.</p>
      <form onSubmit={pick} noValidate className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Questions</span>
          <input type="number" min={1} max={50} value={count} onChange={(e) => setCount(e.target.value)} className={`${fieldClass} w-24`} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Seconds per question</span>
          <input type="number" min={MIN_SECONDS} max={MAX_SECONDS} placeholder="Auto" value={seconds} onChange={(e) => setSeconds(e.target.value)} className={`${fieldClass} w-28`} />
        </label>
        <label className="flex items-center gap-2 pb-2">
          <input type="checkbox" className="size-5 accent-[var(--accent)]" checked={readFirst} onChange={(e) => setReadFirst(e.target.checked)} /> Time to read first
        </label>
        <button type="submit" className="game-button">
          Pick questions
        </button>
        {/* Under the row: its explanation is a line long. */}
        <DiscussWhenSplit
          checked={holdSplit}
          onChange={setHoldSplit}
          className="flex basis-full flex-wrap items-center gap-x-2"
          boxClassName="size-5 accent-[var(--accent)]"
          hintClassName="text-sm text-muted"
        />
      </form>
      {picks &&
        (picks.length === 0 ? (
          <p>No questions to review: every question was in the last game and the group got it right.</p>
        ) : (
          <>
            <button type="button" onClick={() => void host()} disabled={busy || !bankId} className="game-button game-button-primary self-start px-6 py-2 text-lg">
              Host it ({picks.length} questions)
            </button>
            <ol aria-label="Picked questions" className="grid gap-x-8 divide-line xl:grid-cols-2">
              {picks.map((p, i) => (
                <QuestionLine key={p.id} place={i + 1} stem={p.stem} section={p.section} className="border-t border-line">
                  <span className="shrink-0 rounded-full bg-surface-2 px-2.5 py-0.5 text-sm font-semibold">{p.reason}</span>
                </QuestionLine>
              ))}
            </ol>
          </>
        ))}
      {error && <ErrorText>{error}</ErrorText>}
    </Panel>
  );
}

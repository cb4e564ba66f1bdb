'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { call } from '@/app/lib/socket';
import { deviceId, saveHostToken } from '@/app/lib/storage';
import { organizerKey } from '@/app/lib/group-keys';
import { useBrowserValue } from '@/app/lib/use-browser-value';
import { AUTO_ADVANCE_SECONDS, MAX_SECONDS, MIN_SECONDS } from '@/server/game/plan';
import { READ_MAX_MS, READ_MIN_MS } from '@/server/game/reading';
import type { BankSummary } from '@/server/banks/store/banks';
import type { Scoring } from '@/common/protocol';
import { DiscussWhenSplit } from './discuss-when-split';


/** "Week 1 (week1.md, 12 questions, version 2)": the file tells apart banks that share a title. */
function bankLabel(b: BankSummary): string {
  const file = b.shipped ? [] : [b.sourceName.replace(/^[^/]*\//, '')];
  const version = b.version > 1 ? [`version ${b.version}`] : [];
  return `${b.title} (${[...file, `${b.questionCount} questions`, ...version].join(', ')})`;
}

/**
 * Everything a game needs before the room opens; sensible defaults so "Create room" alone works.
 * With `groupId` (and this browser holding its organizer key) the game is hosted in the study group.
 */
export function SetupForm({ banks, groupId = null, firstBankId = null }: { banks: BankSummary[]; groupId?: string | null; firstBankId?: string | null }) {
  const router = useRouter();
  const [bankId, setBankId] = useState(banks.find((b) => b.id === firstBankId)?.id ?? banks[0]!.id);
  const groupKey = useBrowserValue(() => (groupId ? organizerKey(groupId) : null), null);
  const bank = banks.find((b) => b.id === bankId)!;
  const [sections, setSections] = useState<string[]>([]);
  const [count, setCount] = useState('');
  const [seconds, setSeconds] = useState('');
  const [shuffleQuestions, setShuffleQuestions] = useState(false);
  const [shuffleOptions, setShuffleOptions] = useState(true);
  const [showQuestionsOnPhones, setShowQuestionsOnPhones] = useState(true);
  const [autoAdvance, setAutoAdvance] = useState('');
  const [scoring, setScoring] = useState<Scoring>('speed');
  const [hideTypedAnswers, setHideTypedAnswers] = useState(false);
  const [readFirst, setReadFirst] = useState(true);
  const [askConfidence, setAskConfidence] = useState(true);
  const [holdSplit, setHoldSplit] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const available = sections.length === 0 ? bank.questionCount : bank.sections.filter((s) => sections.includes(s.name)).reduce((n, s) => n + s.count, 0);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const howMany = count.trim() === '' ? null : Number(count);
    const perQuestion = seconds.trim() === '' ? null : Number(seconds);
    const advance = autoAdvance.trim() === '' ? null : Number(autoAdvance);
    if (howMany !== null && (!Number.isInteger(howMany) || howMany < 1)) return setError('"Questions" is a whole number from 1, or empty for all.');
    if (howMany !== null && howMany > available) return setError(`"Questions" is at most ${available}: that is all the chosen sections hold.`);
    if (perQuestion !== null && (!Number.isInteger(perQuestion) || perQuestion < MIN_SECONDS || perQuestion > MAX_SECONDS)) {
      return setError(`"Seconds per question" is a whole number from ${MIN_SECONDS} to ${MAX_SECONDS}, or empty to size each question by its length.`);
    }
    const { min, max } = AUTO_ADVANCE_SECONDS;
    if (advance !== null && (!Number.isInteger(advance) || advance < min || advance > max)) {
      return setError(`Auto-advance is a whole number of seconds from ${min} to ${max}, or empty for off.`);
    }
    setBusy(true);
    const result = await call('host:create', {
      bankId, sections, count: howMany, secondsPerQuestion: perQuestion, shuffleQuestions, shuffleOptions,
      showQuestionsOnPhones, autoAdvanceSeconds: advance, scoring, askConfidence, hideTypedAnswers, readFirst, holdSplit, deviceId: deviceId(),
      ...(groupId && groupKey ? { group: { groupId, organizerKey: groupKey } } : {}),
    });
    if (!result.ok) {
      setBusy(false);
      return setError(result.error);
    }
    saveHostToken(result.data.gameId, result.data.hostToken);
    router.push(`/host/${result.data.gameId}`);
  }

  const field = 'rounded-lg border-2 border-slate-300 px-3 py-2 focus:border-indigo-600 focus:outline-none';
  return (
    <form onSubmit={submit} className="flex flex-col gap-5 rounded-2xl bg-white p-6 shadow" noValidate>
      {groupId && (
        <p role={groupKey ? 'status' : 'alert'} className={`rounded-lg border-2 p-3 font-semibold ${groupKey ? 'border-indigo-600 text-indigo-800' : 'border-red-700 text-red-700'}`}>
          {groupKey
            ? 'For your study group: members’ phones join under their names, and their answers count for their memory.'
            : 'This browser is not the study group’s organizer, so this game will not count for the group: open it from the browser that created the group.'}
        </p>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor="bank" className="font-medium">
          Question bank
        </label>
        <select id="bank" value={bankId} onChange={(e) => { setBankId(e.target.value); setSections([]); }} className={field}>
          {banks.map((b) => (
            <option key={b.id} value={b.id}>
              {bankLabel(b)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">Sections (none ticked: all)</legend>
        {bank.sections.map((s) => (
          <label key={s.name} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={sections.includes(s.name)}
              onChange={(e) => setSections((cur) => (e.target.checked ? [...cur, s.name] : cur.filter((n) => n !== s.name)))}
            />
            <span>
              {s.name} <span className="text-slate-500">({s.count})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="count" className="font-medium">
            Questions
          </label>
          <input id="count" type="number" min={1} max={available} placeholder={`All ${available}`} value={count} onChange={(e) => setCount(e.target.value)} className={field} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="seconds" className="font-medium">
            Seconds per question
          </label>
          <input id="seconds" type="number" min={MIN_SECONDS} max={MAX_SECONDS} placeholder="Auto, by length" value={seconds} onChange={(e) => setSeconds(e.target.value)} className={field} />
        </div>
      </div>
      <div className="flex flex-col gap-2">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={shuffleQuestions} onChange={(e) => setShuffleQuestions(e.target.checked)} /> Shuffle questions
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={shuffleOptions} onChange={(e) => setShuffleOptions(e.target.checked)} /> Shuffle answers
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={showQuestionsOnPhones} onChange={(e) => setShowQuestionsOnPhones(e.target.checked)} /> Show questions on phones
        </label>
        <label className="flex flex-wrap items-center gap-x-2">
          <input type="checkbox" checked={readFirst} onChange={(e) => setReadFirst(e.target.checked)} /> Time to read first
          <span className="text-sm text-slate-500">(each question alone for {READ_MIN_MS / 1000} to {READ_MAX_MS / 1000} s, by its length, before the answers and the clock)</span>
        </label>
        <label className="flex flex-wrap items-center gap-x-2">
          {/* Certainty-based scoring marks by it: the box stays ticked then. */}
          <input type="checkbox" checked={askConfidence || scoring === 'certainty'} disabled={scoring === 'certainty'} onChange={(e) => setAskConfidence(e.target.checked)} /> Ask how sure
          <span className="text-sm text-slate-500">(Sure / Unsure / Guessing with every answer, for the report and each player’s review)</span>
        </label>
        <DiscussWhenSplit checked={holdSplit} onChange={setHoldSplit} />
        <label className="flex flex-wrap items-center gap-x-2">
          <input type="checkbox" checked={hideTypedAnswers} onChange={(e) => setHideTypedAnswers(e.target.checked)} /> Hide typed answers
          <span className="text-sm text-slate-500">(what players type stays off the reveal)</span>
        </label>
        <fieldset>
          <legend>Scoring</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-1">
            <label className="flex items-center gap-2">
              <input type="radio" name="scoring" checked={scoring === 'speed'} onChange={() => setScoring('speed')} /> Speed and accuracy
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="scoring" checked={scoring === 'accuracy'} onChange={() => setScoring('accuracy')} /> Accuracy only (1000 per right answer)
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="scoring" checked={scoring === 'certainty'} onChange={() => setScoring('certainty')} aria-describedby="certainty-table" /> Certainty-based
            </label>
          </div>
          <p id="certainty-table" className="mt-1 text-sm text-slate-500">
            Certainty-based: right / wrong is +300 / −600 when sure, +200 / −200 when unsure, +100 / 0 when guessing (no speed part), so only honest confidence pays.
          </p>
        </fieldset>
        <label className="flex flex-wrap items-center gap-x-2 gap-y-1">
          Auto-advance after
          <span className="flex items-center gap-2">
            <input type="number" min={3} placeholder="off" value={autoAdvance} onChange={(e) => setAutoAdvance(e.target.value)} className={`${field} w-24`} />
            seconds
          </span>
        </label>
      </div>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} className="rounded-xl bg-indigo-600 px-4 py-3 text-lg font-bold text-white disabled:opacity-60">
        Create room
      </button>
    </form>
  );
}

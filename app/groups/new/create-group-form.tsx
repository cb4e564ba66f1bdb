'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { saveOrganizerKey } from '@/app/lib/group-keys';
import { postGroup } from '../group-api';
import { ErrorText, fieldClass } from '../group-ui';

interface BankChoice {
  slug: string;
  title: string;
  questionCount: number;
}

/** Name, exam and banks; the reply's organizer key stays in this browser, which becomes the organizer's. */
export function CreateGroupForm({ banks }: { banks: BankChoice[] }) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [exam, setExam] = useState('');
  const [picked, setPicked] = useState<string[]>([banks[0]!.slug]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setError('Give the group a name.');
    if (picked.length === 0) return setError('Pick at least one question bank.');
    setBusy(true);
    const created = await postGroup<{ groupId: string; organizerKey: string }>('', { name: name.trim(), exam: exam.trim(), bankSlugs: picked });
    if (!created.ok) {
      setBusy(false);
      return setError(created.error);
    }
    saveOrganizerKey(created.data.groupId, created.data.organizerKey);
    router.push(`/groups/${created.data.groupId}`);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5 rounded-2xl border border-line bg-surface p-5">
      <div className="flex flex-col gap-1">
        <label htmlFor="group-name" className="font-semibold">
          Group name
        </label>
        <input id="group-name" value={name} maxLength={80} onChange={(e) => (setName(e.target.value), setError(null))} className={fieldClass} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="group-exam" className="font-semibold">
          Exam it prepares for <span className="font-normal text-muted">(optional)</span>
        </label>
        <input id="group-exam" value={exam} maxLength={120} onChange={(e) => setExam(e.target.value)} className={fieldClass} />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">Question banks</legend>
        {banks.map((bank) => (
          <label key={bank.slug} className="flex items-center gap-2">
            <input
              type="checkbox"
              className="size-5 accent-[var(--accent)]"
              checked={picked.includes(bank.slug)}
              onChange={(e) => setPicked((cur) => (e.target.checked ? [...cur, bank.slug] : cur.filter((s) => s !== bank.slug)))}
            />
            <span>
              {bank.title} <span className="text-muted">({bank.questionCount} questions)</span>
            </span>
          </label>
        ))}
      </fieldset>
      {error && <ErrorText>{error}</ErrorText>}
      <button type="submit" disabled={busy} className="game-button game-button-primary py-3 text-lg">
        Create group
      </button>
    </form>
  );
}

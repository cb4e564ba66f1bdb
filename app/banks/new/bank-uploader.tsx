'use client';

import Link from 'next/link';
import { useRef, useState } from 'react';
import type { PreviewBody, SaveBody, UploadRefusal } from '@/server/bank-upload';
import { BankSummary, QuestionList } from './bank-preview';
import { IssueList } from './issue-list';
import { postBank, type Posted } from './post-bank';

const ACCEPT = '.md,.markdown,text/markdown,text/plain';

/** Choose a file, see it as the game will (nothing stored), then save it: the server parses it again before it imports. */
export function BankUploader({ maxKiB }: { maxKiB: number }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'checking' | 'saving' | null>(null);
  const [preview, setPreview] = useState<Posted<PreviewBody> | null>(null);
  const [saved, setSaved] = useState<Posted<SaveBody> | null>(null);
  // A reply for a file the host has since replaced must not show up under the new one.
  const current = useRef<File | null>(null);

  async function choose(chosen: File | null) {
    current.current = chosen;
    setFile(chosen);
    setPreview(null);
    setSaved(null);
    if (!chosen) return setBusy(null);
    setBusy('checking');
    const reply = await postBank<PreviewBody>('/api/banks/preview', chosen);
    if (current.current !== chosen) return;
    setPreview(reply);
    setBusy(null);
  }

  async function save() {
    if (!file) return;
    setBusy('saving');
    const reply = await postBank<SaveBody>('/api/banks', file);
    if (current.current !== file) return;
    setSaved(reply);
    setBusy(null);
  }

  return (
    <>
      <form onSubmit={(event) => event.preventDefault()} className="flex flex-col gap-2 rounded-2xl bg-white p-6 shadow">
        <label htmlFor="bank-file" className="font-medium">
          Question bank file
        </label>
        <input
          id="bank-file"
          type="file"
          accept={ACCEPT}
          aria-describedby="bank-file-help"
          onChange={(event) => void choose(event.target.files?.[0] ?? null)}
          className="rounded-lg border-2 border-dashed border-slate-300 p-3 file:mr-3 file:rounded-lg file:border-0 file:bg-indigo-600 file:px-3 file:py-1.5 file:font-bold file:text-white"
        />
        <p id="bank-file-help" className="text-sm text-slate-600">
          A .md or .markdown file of at most {maxKiB} KiB. Nothing is saved until you check the preview and press Save bank.
        </p>
      </form>
      <p role="status" className="text-slate-600">
        {busy === 'checking' && `Reading ${file?.name}…`}
        {busy === 'saving' && `Saving ${file?.name}…`}
        {busy === null && preview?.ok && !saved && 'Preview ready.'}
      </p>
      {preview && !preview.ok && <Refusal refusal={preview.refusal} />}
      {preview?.ok && (
        <>
          <BankSummary bank={preview.body.bank} fileName={preview.body.fileName} />
          <IssueList title="Warnings" issues={preview.body.warnings} />
          {saved?.ok ? (
            <Saved saved={saved.body} />
          ) : (
            <>
              {saved && <Refusal refusal={saved.refusal} />}
              <button
                type="button"
                onClick={() => void save()}
                disabled={busy !== null}
                className="self-start rounded-xl bg-indigo-600 px-5 py-3 text-lg font-bold text-white disabled:opacity-60"
              >
                Save bank
              </button>
            </>
          )}
          <QuestionList bank={preview.body.bank} />
        </>
      )}
    </>
  );
}

function Refusal({ refusal }: { refusal: UploadRefusal }) {
  return (
    <>
      <p role="alert" className="font-semibold text-red-700">
        {refusal.error}
      </p>
      <IssueList title="Errors" issues={refusal.errors} />
      <IssueList title="Warnings" issues={refusal.warnings} />
    </>
  );
}

function Saved({ saved: { saved } }: { saved: SaveBody }) {
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border-2 border-emerald-300 bg-emerald-50 p-4">
      <p className="font-semibold text-emerald-900">
        {saved.created
          ? `Saved “${saved.title}” as version ${saved.version}.`
          : `“${saved.title}” version ${saved.version} was already imported, nothing changed.`}
      </p>
      <Link href="/host" className="rounded-xl bg-emerald-700 px-4 py-2 font-bold text-white">
        Host a game with it
      </Link>
    </div>
  );
}

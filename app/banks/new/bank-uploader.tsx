'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { Reading } from '@/server/banks/readings';
import type { PreviewBody, SaveBody, UploadRefusal } from '@/server/banks/upload';
import { AssumedReadings } from './assumed-readings';
import { BankSummary, QuestionList } from './bank-preview';
import { IssueList } from './issue-list';
import { postBank, type Posted } from './post-bank';

const ACCEPT = '.md,.markdown,.gift,.txt,.csv,.xlsx,.zip,text/markdown,text/plain,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/zip';

/** Choose a file, see it as the game will (nothing stored), then save it: the server parses it again before it imports. */
export function BankUploader({ maxMiB, maxZipMiB }: { maxMiB: number; maxZipMiB: number }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'checking' | 'rereading' | 'saving' | null>(null);
  const [preview, setPreview] = useState<Posted<PreviewBody> | null>(null);
  const [saved, setSaved] = useState<Posted<SaveBody> | null>(null);
  // A reply for a file the host has since replaced must not show up under the new one.
  const current = useRef<File | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  // Only a new file's preview is brought into view: read the other way, the host stays at the button they pressed.
  const newFile = useRef(false);

  // The preview opens below the form, out of sight on most screens: bring it up and put the focus on its title.
  useEffect(() => {
    const heading = previewHeading.current;
    if (!preview?.ok || !heading || !newFile.current) return;
    newFile.current = false;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    (heading.closest('section') ?? heading).scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
    heading.focus({ preventScroll: true });
  }, [preview]);

  async function choose(chosen: File | null) {
    current.current = chosen;
    setFile(chosen);
    setPreview(null);
    setSaved(null);
    if (!chosen) return setBusy(null);
    setBusy('checking');
    const reply = await postBank<PreviewBody>('/api/banks/preview', chosen);
    if (current.current !== chosen) return;
    newFile.current = true;
    setPreview(reply);
    setBusy(null);
  }

  /** The same file read another way where it reads two ways; the old preview stays until the new one comes. */
  async function reread(reading: Reading) {
    if (!file) return;
    setBusy('rereading');
    setSaved(null);
    const reply = await postBank<PreviewBody>('/api/banks/preview', file, { reading });
    if (current.current !== file) return;
    setPreview(reply);
    setBusy(null);
  }

  async function save() {
    if (!file) return;
    setBusy('saving');
    // The host saw the preview: when it skips questions, saving means importing the rest.
    const partial = preview?.ok === true && preview.body.skipped > 0;
    // Saved as previewed: read the way the host chose.
    const reading = preview?.ok ? preview.body.reading : {};
    const reply = await postBank<SaveBody>('/api/banks', file, { partial, reading });
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
          A markdown (.md), GIFT or Aiken (.gift, .txt), CSV or Kahoot spreadsheet (.xlsx) file of at most {maxMiB} MiB, or a .zip of them of at most {maxZipMiB} MiB.
          Nothing is saved until you check the preview and press Save bank.
        </p>
      </form>
      <p role="status" className="text-slate-600">
        {busy === 'checking' && `Reading ${file?.name}…`}
        {busy === 'rereading' && `Reading ${file?.name} the other way…`}
        {busy === 'saving' && `Saving ${file?.name}…`}
        {busy === null && preview?.ok && !saved && 'Preview ready.'}
      </p>
      {preview && !preview.ok && <Refusal refusal={preview.refusal} />}
      {preview?.ok && (
        <>
          <BankSummary bank={preview.body.bank} fileName={preview.body.fileName} format={preview.body.format} counts={preview.body.countsText} headingRef={previewHeading} />
          <AssumedReadings assumed={preview.body.assumed} reading={preview.body.reading} busy={busy !== null || saved?.ok === true} onRead={(reading) => void reread(reading)} />
          <SkippedReport preview={preview.body} />
          <IssueList title="Errors" issues={preview.body.otherProblems} />
          <IssueList title="Ignored as not questions" issues={preview.body.ignored} count={preview.body.counts.ignored} />
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
                {preview.body.skipped > 0 ? `Save ${preview.body.bank.questions.length} questions, skip ${preview.body.skipped}` : 'Save bank'}
              </button>
            </>
          )}
          <QuestionList bank={preview.body.bank} />
        </>
      )}
    </>
  );
}

/** What will be left out: one entry per question with its problems under it; questions alike in every problem share one. */
function SkippedReport({ preview }: { preview: PreviewBody }) {
  if (preview.skipped === 0) return null;
  const plural = preview.skipped === 1 ? '1 question' : `${preview.skipped} questions`;
  return (
    <section aria-labelledby="skipped-title" className="rounded-2xl border-2 border-red-300 bg-red-50 p-4 text-red-900">
      <h2 id="skipped-title" className="font-bold">
        {plural} will be skipped
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {preview.skippedGroups.map(({ count, example, lines }, i) => (
          <li key={i}>
            {count === 1 ? '' : `${count} questions like `}
            {example.file ? `${example.file} ` : ''}line {example.line}
            {count > 1 && <span className="text-sm"> (lines {lines.slice(0, 12).join(', ')}{lines.length > 12 ? ', …' : ''})</span>}
            {example.problems.length === 1 ? (
              `: ${example.problems[0]}`
            ) : (
              <ul aria-label={`Problems of line ${example.line}`} className="list-[circle] pl-5">
                {example.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
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

function Saved({ saved: { saved, skipped } }: { saved: SaveBody }) {
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border-2 border-emerald-300 bg-emerald-50 p-4">
      <p className="font-semibold text-emerald-900">
        {saved.created
          ? `Saved “${saved.title}” as version ${saved.version}.`
          : `“${saved.title}” version ${saved.version} was already imported, nothing changed.`}
        {skipped > 0 && ` ${skipped} skipped.`}
      </p>
      <a href={`/api/banks/${saved.id}/export`} download className="font-semibold text-emerald-900 underline">
        Download the bank
      </a>
      <Link href="/host" className="rounded-xl bg-emerald-700 px-4 py-2 font-bold text-white">
        Host a game with it
      </Link>
    </div>
  );
}

import { PageHeader } from '@/app/components/PageHeader';
import type { Metadata } from 'next';
import { MAX_BANK_BYTES, MAX_QUESTIONS } from '@/server/banks/check-input';
import { MAX_ZIP_BYTES } from '@/server/banks/formats/read-zip';
import { BankUploader } from './bank-uploader';
import { FORMAT_EXAMPLES } from './format-example';
import { TYPES_EXAMPLE } from './types-example';

export const metadata: Metadata = { title: 'Upload a question bank · Cramjam' };

const MIB = 1024 * 1024;

export default function UploadBankPage() {
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 p-6">
      <PageHeader title="Upload a question bank" />
      <section aria-label="The bank formats" className="text-slate-700 [&_p_code]:rounded [&_p_code]:bg-slate-200 [&_p_code]:px-1">
        <p>
          Bring the questions you already have: markdown in the common layouts of practice-exam repositories, Moodle GIFT or Aiken, a CSV
          file or Kahoot’s .xlsx spreadsheet; a zip or folder of them reads as one bank (one question per markdown file). A question needs 2 to 6 options; “(Choose two)”
          or “Select TWO” asks for several. Up to {MAX_QUESTIONS.toLocaleString('en')} questions. Questions with a problem are listed and
          skipped, the rest import once you confirm.
        </p>
        <p className="mt-2">
          Other question types: a numbered list under the question is an <strong>ordering</strong> (items in their right order; 3 to 6),{' '}
          <code>prompt -&gt; answer</code> lines are a <strong>matching</strong> (3 to 6 prompts), <code>Answer: text | variant</code> is{' '}
          <strong>type the answer</strong>, an italic answer starting “True” or “False” is <strong>true/false</strong>, and a{' '}
          <code>Case study: title</code> heading with a <code>&gt;</code> quote below it shares that <strong>scenario</strong> with the questions under it.
        </p>
        {FORMAT_EXAMPLES.map((example) => (
          <details key={example.name} className="mt-2">
            <summary className="cursor-pointer font-medium text-indigo-700">{example.name}</summary>
            <p className="mt-1 text-sm">{example.note}</p>
            <pre className="mt-2 overflow-x-auto rounded-lg bg-slate-900 p-3 text-sm text-slate-100">
              <code>{example.text}</code>
            </pre>
          </details>
        ))}
        <details className="mt-2">
          <summary className="cursor-pointer font-medium text-indigo-700">Example of every question type</summary>
          <pre className="mt-2 overflow-x-auto rounded-lg bg-slate-900 p-3 text-sm text-slate-100">
            <code>{TYPES_EXAMPLE}</code>
          </pre>
        </details>
      </section>
      <BankUploader maxMiB={MAX_BANK_BYTES / MIB} maxZipMiB={MAX_ZIP_BYTES / MIB} />
    </main>
  );
}

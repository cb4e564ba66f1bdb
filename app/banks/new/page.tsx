import { PageHeader } from '@/app/components/PageHeader';
import type { Metadata } from 'next';
import { MAX_BANK_BYTES, MAX_QUESTIONS } from '@/server/bank/check-input';
import { MAX_ZIP_BYTES } from '@/server/bank/zip';
import { BankUploader } from './bank-uploader';
import { FORMAT_EXAMPLES } from './format-example';

export const metadata: Metadata = { title: 'Upload a question bank · Cramjam' };

const MIB = 1024 * 1024;

export default function UploadBankPage() {
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 p-6">
      <PageHeader title="Upload a question bank" />
      <section aria-label="The bank formats" className="text-slate-700 [&_p_code]:rounded [&_p_code]:bg-slate-200 [&_p_code]:px-1">
        <p>
          Bring the questions you already have: markdown in the common layouts of practice-exam repositories, Moodle GIFT or Aiken, or a CSV
          file; a zip or folder of them reads as one bank (one question per markdown file). A question needs 2 to 6 options; “(Choose two)”
          or “Select TWO” asks for several. Up to {MAX_QUESTIONS.toLocaleString('en')} questions. Questions with a problem are listed and
          skipped, the rest import once you confirm.
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
      </section>
      <BankUploader maxMiB={MAX_BANK_BYTES / MIB} maxZipMiB={MAX_ZIP_BYTES / MIB} />
    </main>
  );
}

import { PageHeader } from '@/app/components/PageHeader';
import type { Metadata } from 'next';
import { MAX_BANK_BYTES } from '@/server/bank/check-input';
import { BankUploader } from './bank-uploader';
import { FORMAT_EXAMPLE } from './format-example';
import { TYPES_EXAMPLE } from './types-example';

export const metadata: Metadata = { title: 'Upload a question bank · Cramjam' };

export default function UploadBankPage() {
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 p-6">
      <PageHeader title="Upload a question bank" />
      <section aria-label="The bank format" className="text-slate-700 [&_p_code]:rounded [&_p_code]:bg-slate-200 [&_p_code]:px-1">
        <p>
          A bank is a markdown file. Each question is a numbered item with its answer as an italic paragraph indented four spaces below it;
          Cramjam adds wrong options from the other answers, or you list your own as <code>- [x] right</code> and <code>- [ ] wrong</code>: a question needs 2 to 4.{' '}
          <code>##</code> headings become sections, and “(Select TWO.)” asks for two answers.
        </p>
        <p className="mt-2">
          Other question types: a numbered list under the question is an <strong>ordering</strong> (items in their right order; 3 to 6),
          <code>prompt -&gt; answer</code> lines are a <strong>matching</strong> (3 to 6 prompts), <code>Answer: text | variant</code> is{' '}
          <strong>type the answer</strong>, an italic answer starting “True” or “False” is <strong>true/false</strong>, and a
          <code>Case study: title</code> heading with a <code>&gt;</code> quote below it shares that <strong>scenario</strong> with the questions under it.
        </p>
        <details className="mt-2">
          <summary className="cursor-pointer font-medium text-indigo-700">Example bank</summary>
          <pre className="mt-2 overflow-x-auto rounded-lg bg-slate-900 p-3 text-sm text-slate-100">
            <code>{FORMAT_EXAMPLE}</code>
          </pre>
        </details>
        <details className="mt-2">
          <summary className="cursor-pointer font-medium text-indigo-700">Example of every question type</summary>
          <pre className="mt-2 overflow-x-auto rounded-lg bg-slate-900 p-3 text-sm text-slate-100">
            <code>{TYPES_EXAMPLE}</code>
          </pre>
        </details>
      </section>
      <BankUploader maxKiB={MAX_BANK_BYTES / 1024} />
    </main>
  );
}

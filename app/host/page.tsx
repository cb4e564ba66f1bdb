import { PageHeader } from '@/app/components/PageHeader';
import Link from 'next/link';
import { getAppContext } from '@/server/context';
import { listBanks } from '@/server/banks/store/banks';
import { SetupForm } from './setup-form';

export const dynamic = 'force-dynamic';

export default async function HostSetupPage() {
  const banks = await listBanks(getAppContext().db);
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-6 p-6">
      <PageHeader title="Host a game" links={['home']} />
      {banks.length === 0 ? (
        <p role="alert">No question banks yet: upload one first.</p>
      ) : (
        <SetupForm banks={banks} />
      )}
      <p className="text-slate-600">
        Have your own questions?{' '}
        <Link href="/banks/new" className="text-indigo-700 underline">
          Upload a question bank
        </Link>
      </p>
    </main>
  );
}

import Link from 'next/link';
import { getAppContext } from '@/server/context';
import { listBanks } from '@/server/store/banks';
import { SetupForm } from './setup-form';

export const dynamic = 'force-dynamic';

export default async function HostSetupPage() {
  const banks = await listBanks(getAppContext().db);
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-6 p-6">
      <header className="flex items-center justify-between">
        <h1 className="text-3xl font-black">Host a game</h1>
        <Link href="/" className="text-indigo-700 underline">
          Home
        </Link>
      </header>
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

import { PageHeader } from '@/app/components/PageHeader';
import Link from 'next/link';
import { getAppContext } from '@/server/context';
import { listBanks } from '@/server/banks/store/banks';
import { SetupForm } from './setup-form';

export const dynamic = 'force-dynamic';

/** `?group=ID&bank=ID`: a study group's organizer hosting for the group (its page links here), its first bank chosen. */
export default async function HostSetupPage({ searchParams }: { searchParams: Promise<{ group?: string; bank?: string }> }) {
  const [banks, { group, bank }] = await Promise.all([listBanks(getAppContext().db), searchParams]);
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-6 p-6">
      <PageHeader title="Host a game" links={['home']} />
      {banks.length === 0 ? (
        <p role="alert">No question banks yet: upload one first.</p>
      ) : (
        <SetupForm banks={banks} groupId={typeof group === 'string' ? group : null} firstBankId={typeof bank === 'string' ? bank : null} />
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

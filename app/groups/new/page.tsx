import type { Metadata } from 'next';
import Link from 'next/link';
import { getAppContext } from '@/server/context';
import { listBanks } from '@/server/banks/store/banks';
import { GroupMain } from '../group-ui';
import { CreateGroupForm } from './create-group-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New study group · Cramjam' };

export default async function NewGroupPage() {
  const banks = await listBanks(getAppContext().db);
  return (
    <GroupMain>
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-black">New study group</h1>
        <Link href="/" className="text-accent-ink underline">
          Home
        </Link>
      </header>
      <p className="text-muted">A group remembers every game it plays: what each member has due, where the group is weak, and a review game built from it.</p>
      {banks.length === 0 ? (
        <p role="alert">No question banks yet: <Link href="/banks/new" className="text-accent-ink underline">upload one</Link> first.</p>
      ) : (
        <CreateGroupForm banks={banks.map(({ slug, title, questionCount }) => ({ slug, title, questionCount }))} />
      )}
    </GroupMain>
  );
}

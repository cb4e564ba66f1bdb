import { PageHeader } from '@/app/components/PageHeader';
import type { Metadata } from 'next';
import { HostedGamesList } from './hosted-games-list';

export const metadata: Metadata = { title: 'Past games · Cramjam' };

export default function PastGamesPage() {
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 p-6">
      <PageHeader title="Games hosted from this browser" />
      <HostedGamesList />
    </main>
  );
}

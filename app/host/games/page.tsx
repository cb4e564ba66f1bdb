import type { Metadata } from 'next';
import Link from 'next/link';
import { HostedGamesList } from './hosted-games-list';

export const metadata: Metadata = { title: 'Past games · Cramjam' };

export default function PastGamesPage() {
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 p-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-black">Games hosted from this browser</h1>
        <nav className="flex gap-4">
          <Link href="/host" className="text-indigo-700 underline">
            Host a game
          </Link>
          <Link href="/" className="text-indigo-700 underline">
            Home
          </Link>
        </nav>
      </header>
      <HostedGamesList />
    </main>
  );
}

import Link from 'next/link';
import { Suspense } from 'react';
import { JoinForm } from './join-form';
import { PlayedGames } from './played-games';

export default function Home() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col gap-8 p-6">
      <header className="pt-6 text-center">
        <h1 className="text-5xl font-black tracking-tight text-indigo-700">Cramjam</h1>
        <p className="mt-2 text-slate-600">Live quiz games for study groups: play, then learn why.</p>
      </header>
      <section aria-labelledby="join-heading" className="rounded-2xl bg-white p-6 shadow">
        <h2 id="join-heading" className="mb-4 text-xl font-bold">Join a game</h2>
        <Suspense>
          <JoinForm />
        </Suspense>
      </section>
      <nav className="flex flex-col items-center gap-3 text-center">
        <Link href="/host" className="w-full rounded-xl bg-slate-900 px-4 py-3 font-semibold text-white hover:bg-slate-700">
          Host a game
        </Link>
        <Link href="/host/games" className="text-indigo-700 underline">
          Games hosted from this browser
        </Link>
      </nav>
      <PlayedGames />
    </main>
  );
}

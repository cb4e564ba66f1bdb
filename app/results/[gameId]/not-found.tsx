import Link from 'next/link';

/** An unknown or mistyped report link. */
export default function ResultsNotFound() {
  return (
    <main className="mx-auto flex max-w-xl flex-col items-center gap-4 p-8 text-center">
      <h1 className="text-3xl font-black">No results here</h1>
      <p className="text-muted">
        We could not find a game at this address. Check that the link is complete: results links are long on purpose, so only people
        who were given one can open it.
      </p>
      <nav className="flex gap-4">
        <Link href="/host/games" className="game-button game-button-primary">
          Games hosted from this browser
        </Link>
        <Link href="/" className="game-button">
          Home
        </Link>
      </nav>
    </main>
  );
}

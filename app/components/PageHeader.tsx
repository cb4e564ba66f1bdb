import Link from 'next/link';

const LINKS = { host: { href: '/host', label: 'Host a game' }, home: { href: '/', label: 'Home' } } as const;

/** The title of a host-side page and its way back. */
export function PageHeader({ title, links = ['host', 'home'] }: { title: string; links?: (keyof typeof LINKS)[] }) {
  return (
    <header className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-3xl font-black">{title}</h1>
      <nav className="flex gap-4">
        {links.map((key) => (
          <Link key={key} href={LINKS[key].href} className="text-indigo-700 underline">
            {LINKS[key].label}
          </Link>
        ))}
      </nav>
    </header>
  );
}

import type { Metadata } from 'next';
import { HostApp } from './host-app';

export const metadata: Metadata = { title: 'Hosting · Cramjam' };

export default async function HostGamePage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  return <HostApp gameId={gameId} />;
}

import type { Metadata } from 'next';
import { PlayerApp } from './player-app';

export const metadata: Metadata = { title: 'Playing · Cramjam' };

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <PlayerApp code={code} />;
}

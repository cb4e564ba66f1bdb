import type { Metadata } from 'next';
import { PracticeApp } from './practice-app';

export const metadata: Metadata = { title: 'Practice my misses · Cramjam', robots: { index: false, follow: false } };

export default async function PracticePage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  return <PracticeApp gameId={gameId} />;
}

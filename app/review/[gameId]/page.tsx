import type { Metadata } from 'next';
import { ReviewApp } from './review-app';

export const metadata: Metadata = { title: 'My answers · Cramjam', robots: { index: false, follow: false } };

export default async function ReviewPage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  return <ReviewApp gameId={gameId} />;
}

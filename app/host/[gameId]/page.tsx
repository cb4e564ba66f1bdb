import type { Metadata } from 'next';
import { getAppContext } from '@/server/context';
import { GameId } from '@/server/validation/ids';
import { hostedGameBank } from '@/server/store/hosted-games';
import { HostApp } from './host-app';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Hosting · Cramjam' };

export default async function HostGamePage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  // The lobby names the bank and its length; a mistyped id still reaches HostApp, which says it is not this browser's game.
  const bank = GameId.safeParse(gameId).success ? await hostedGameBank(getAppContext().db, gameId) : null;
  return <HostApp gameId={gameId} bank={bank} />;
}

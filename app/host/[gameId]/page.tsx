import { HostApp } from './host-app';

export default async function HostGamePage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  return <HostApp gameId={gameId} />;
}

import { PlayerApp } from './player-app';

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <PlayerApp code={code} />;
}

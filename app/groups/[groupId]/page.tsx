import type { Metadata } from 'next';
import { GroupApp } from './group-app';

export const metadata: Metadata = { title: 'Study group · Cramjam', robots: { index: false, follow: false } };

export default async function GroupPage({ params }: { params: Promise<{ groupId: string }> }) {
  const { groupId } = await params;
  return <GroupApp groupId={groupId} />;
}

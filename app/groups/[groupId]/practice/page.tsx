import type { Metadata } from 'next';
import { GroupPractice } from './group-practice';

export const metadata: Metadata = { title: 'Practise due questions · Cramjam', robots: { index: false, follow: false } };

export default async function GroupPracticePage({ params }: { params: Promise<{ groupId: string }> }) {
  const { groupId } = await params;
  return <GroupPractice groupId={groupId} />;
}

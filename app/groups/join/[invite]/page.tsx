import type { Metadata } from 'next';
import { GroupMain } from '../../group-ui';
import { JoinGroupForm } from './join-group-form';

export const metadata: Metadata = { title: 'Join a study group · Cramjam', robots: { index: false, follow: false } };

export default async function JoinGroupPage({ params }: { params: Promise<{ invite: string }> }) {
  const { invite } = await params;
  return (
    <GroupMain>
      <h1 className="pt-4 text-3xl font-black">Join the study group</h1>
      <p className="text-muted">
        Your name is asked once: this phone keeps a key that makes you you in the group’s games and practice. Nobody else in the group ever sees it.
      </p>
      <JoinGroupForm invite={invite} />
    </GroupMain>
  );
}

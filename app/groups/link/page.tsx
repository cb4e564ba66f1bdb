import type { Metadata } from 'next';
import { GroupMain } from '../group-ui';
import { LinkForm } from './link-form';

export const metadata: Metadata = { title: 'Move to this phone · Cramjam', robots: { index: false, follow: false } };

export default function LinkPhonePage() {
  return (
    <GroupMain>
      <h1 className="pt-4 text-3xl font-black">Move to this phone</h1>
      <p className="text-muted">
        On your old phone, open the group and tap “Link another phone” (or ask the organizer to re-issue your link). Type the 8-letter code it shows: this phone becomes
        yours, and the old one is signed out.
      </p>
      <LinkForm />
    </GroupMain>
  );
}

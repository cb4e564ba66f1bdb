import Link from 'next/link';
import { GroupMain } from '../group-ui';

/** What a browser without a working key of the group can do about it. */
export function NoKey({ reason }: { reason: 'none' | 'refused' | 'left' }) {
  const title = { none: 'This browser is not in this group', refused: 'This browser’s key no longer opens the group', left: 'You left the group' }[reason];
  return (
    <GroupMain>
      <h1 className="pt-4 text-3xl font-black">{title}</h1>
      {reason === 'left' ? (
        <p>Everything stored about you in the group is deleted. To come back, open the group’s invite link again.</p>
      ) : (
        <ul className="flex list-disc flex-col gap-2 pl-6">
          <li>A member: open the invite link the organizer shared, and pick a name.</li>
          <li>
            A member with a new phone: show a code on your old phone (“Link another phone”), or ask the organizer to re-issue your link, then{' '}
            <Link href="/groups/link" className="text-accent-ink underline">
              enter the code here
            </Link>
            .
          </li>
          <li>The organizer: open the group in the browser that created it.</li>
        </ul>
      )}
      <Link href="/" className="text-accent-ink underline">
        Home
      </Link>
    </GroupMain>
  );
}

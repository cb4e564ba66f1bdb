'use client';

import { useState } from 'react';
import { groupPath, postGroup, type OrganizerView } from '../group-api';
import { ErrorText, Panel } from '../group-ui';
import { ConfirmDialog } from './confirm-dialog';
import { LinkCodeButton } from './link-code';

/** The members, each with a new link (a lost phone) and removal (with everything stored about them). */
export function RosterPanel({ groupId, groupKey, overview, reload }: { groupId: string; groupKey: string; overview: OrganizerView; reload: () => Promise<void> }) {
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dueBy = new Map(overview.dueNames?.map((d) => [d.name, d.due]));

  async function remove(member: { id: string; name: string }) {
    setRemoving(null);
    const reply = await postGroup(groupPath(groupId, 'members', member.id, 'remove'), { key: groupKey });
    if (!reply.ok) return setError(reply.error);
    await reload();
  }

  return (
    <Panel id="members-heading" title={`Members (${overview.roster.length})`}>
      {overview.roster.length === 0 && <p className="text-muted">Nobody yet: share the invite link.</p>}
      <ul className="flex flex-col divide-y divide-line">
        {overview.roster.map((member) => (
          <li key={member.id} aria-label={member.name} className="flex flex-wrap items-start justify-between gap-2 py-2">
            <span className="pt-1.5 font-semibold">
              {member.name}
              {dueBy.get(member.name) ? <span className="font-normal text-muted"> · {dueBy.get(member.name)} due</span> : null}
            </span>
            <div className="flex flex-wrap items-start gap-2">
              <LinkCodeButton groupId={groupId} groupKey={groupKey} memberId={member.id} label="Re-issue link" />
              <button type="button" onClick={() => setRemoving(member)} className="game-button text-bad!">
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
      {error && <ErrorText>{error}</ErrorText>}
      {removing && (
        <ConfirmDialog title={`Remove ${removing.name}?`} confirmLabel="Remove" onConfirm={() => void remove(removing)} onCancel={() => setRemoving(null)}>
          Their key stops working at once, and their answers and memory are deleted. Past games keep their nickname only.
        </ConfirmDialog>
      )}
    </Panel>
  );
}

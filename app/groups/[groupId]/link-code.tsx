'use client';

import { useState } from 'react';
import { groupPath, postGroup } from '../group-api';
import { ErrorText } from '../group-ui';

interface Issued {
  code: string;
  expiresAt: string;
}

const TIME = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' });

/** A one-time code for a member's new phone: a member's own ("Link another phone"), or one the organizer re-issues. */
export function LinkCodeButton({ groupId, groupKey, memberId, label }: { groupId: string; groupKey: string; memberId?: string; label: string }) {
  const [issued, setIssued] = useState<Issued | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function issue() {
    const path = memberId ? groupPath(groupId, 'members', memberId, 'link-code') : groupPath(groupId, 'link-code');
    const reply = await postGroup<Issued>(path, { key: groupKey });
    if (reply.ok) setIssued(reply.data);
    else setError(reply.error);
  }
  return (
    <div className="flex flex-col gap-2">
      <button type="button" onClick={() => void issue()} className="game-button self-start">
        {label}
      </button>
      {issued && (
        <div role="status" className="flex flex-col gap-1 rounded-xl bg-surface-2 p-3">
          <span className="text-sm text-muted">On the new phone, open /groups/link and type:</span>
          <strong className="font-mono text-3xl font-black tracking-[0.25em]">{issued.code}</strong>
          <span className="text-sm text-muted">Works once, until {TIME.format(new Date(issued.expiresAt))}. The old phone is signed out when it is used.</span>
        </div>
      )}
      {error && <ErrorText>{error}</ErrorText>}
    </div>
  );
}

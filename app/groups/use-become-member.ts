'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { saveMemberKey } from '@/app/lib/group-keys';
import { postGroup } from './group-api';

/**
 * Joining by invite and moving here by link code end alike: the reply holds a
 * member key, which stays on this phone with the member's name (`name`, or the
 * reply's), and the group's page opens. `become` resolves with the error to
 * show when the server refused.
 */
export function useBecomeMember() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function become(path: '/join' | '/link', body: object, name?: string): Promise<string | null> {
    setBusy(true);
    const reply = await postGroup<{ groupId: string; memberKey: string; name?: string }>(path, body);
    if (!reply.ok) {
      setBusy(false);
      return reply.error;
    }
    saveMemberKey(reply.data.groupId, { key: reply.data.memberKey, name: name ?? reply.data.name ?? '' });
    router.push(`/groups/${reply.data.groupId}`);
    return null;
  }
  return { busy, become };
}

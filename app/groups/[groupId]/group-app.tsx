'use client';

import { useCallback, useEffect, useState } from 'react';
import { groupPath, postGroup, type Overview } from '../group-api';
import { GroupMain } from '../group-ui';
import { MemberPage } from './member-page';
import { NoKey } from './no-key';
import { OrganizerPage } from './organizer-page';
import { useGroupKey } from './use-group-key';

type State = { status: 'loading' } | { status: 'refused' } | { status: 'error'; message: string } | { status: 'ready'; overview: Overview };

async function fetchOverview(groupId: string, key: string): Promise<State> {
  const reply = await postGroup<Overview>(groupPath(groupId), { key });
  if (reply.ok) return { status: 'ready', overview: reply.data };
  return reply.status === 403 ? { status: 'refused' } : { status: 'error', message: reply.error };
}

/** The group's page for whoever this browser is in it: the organizer's dashboard or a member's own page. */
export function GroupApp({ groupId }: { groupId: string }) {
  const key = useGroupKey(groupId);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [left, setLeft] = useState(false);

  const load = useCallback(async () => {
    if (key) setState(await fetchOverview(groupId, key));
  }, [groupId, key]);

  useEffect(() => {
    if (!key) return;
    let current = true;
    void fetchOverview(groupId, key).then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [groupId, key]);

  if (left) return <NoKey reason="left" />;
  if (key === null) return <NoKey reason="none" />;
  if (state.status === 'refused') return <NoKey reason="refused" />;
  if (state.status !== 'ready' || !key) {
    return (
      <GroupMain>
        <p role={state.status === 'error' ? 'alert' : 'status'} className="pt-8 text-center text-lg">
          {state.status === 'error' ? state.message : 'Loading the group…'}
        </p>
      </GroupMain>
    );
  }
  const { overview } = state;
  return overview.role === 'organizer' ? (
    <OrganizerPage groupId={groupId} groupKey={key} overview={overview} reload={load} />
  ) : (
    <MemberPage groupId={groupId} groupKey={key} overview={overview} onLeft={() => setLeft(true)} />
  );
}

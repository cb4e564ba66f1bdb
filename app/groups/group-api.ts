'use client';

import type { groupOverview, memberOverview } from '@/server/groups/store/overview';
import type { DueQuestion } from '@/server/groups/practice';

/** What the group routes answer (server/groups/routes.ts), as the pages read it. */

type GroupView = Awaited<ReturnType<typeof groupOverview>>;
export type OrganizerView = GroupView & { role: 'organizer'; roster: { id: string; name: string }[]; bankId: string | null };
export type MemberView = GroupView & { role: 'member'; name: string; me: Awaited<ReturnType<typeof memberOverview>> };
export type Overview = OrganizerView | MemberView;
export type SectionMastery = GroupView['mastery'][number];
export type ReviewPick = { id: string; section: string; stem: string; reason: string };
export type { DueQuestion };

export type Replied<T> = { ok: true; data: T } | { ok: false; status: number; error: string };

const OFFLINE = 'Could not reach Cramjam: check your connection and try again.';

/** POSTs a group route; the key always travels in the body, never in the URL. */
export async function postGroup<T>(path: string, body: object): Promise<Replied<T>> {
  try {
    const response = await fetch(`/api/groups${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await response.json()) as T | { error: string };
    if (!response.ok) return { ok: false, status: response.status, error: (json as { error?: string }).error ?? OFFLINE };
    return { ok: true, data: json as T };
  } catch {
    return { ok: false, status: 0, error: OFFLINE };
  }
}

/** The path of a group's route: `/ID` and `/ID/due`, the id encoded. */
export const groupPath = (groupId: string, ...rest: string[]) => ['', encodeURIComponent(groupId), ...rest.map(encodeURIComponent)].join('/');

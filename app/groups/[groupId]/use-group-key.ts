'use client';

import { memberKey, organizerKey } from '@/app/lib/group-keys';
import { useBrowserValue } from '@/app/lib/use-browser-value';

/**
 * The key this browser holds for the group: the organizer's if it created the
 * group, else the member's. undefined while rendering on the server.
 */
export function useGroupKey(groupId: string): string | null | undefined {
  return useBrowserValue<string | null | undefined>(() => organizerKey(groupId) ?? memberKey(groupId)?.key ?? null, undefined);
}

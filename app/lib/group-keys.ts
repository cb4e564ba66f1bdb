'use client';

/**
 * The study-group keys this browser holds: the organizer's key of each group
 * it created, and the member key of each group it joined (with the member's
 * name). Kept apart, so an organizer who also joins their group keeps both.
 * The phone's join page reads the member keys, so this file stays small.
 */

const ORGANIZER = 'cramjam:group-organizer:';
const MEMBER = 'cramjam:group-member:';

export interface MemberKey {
  key: string;
  name: string;
}

function read(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

const isMemberKey = (v: unknown): v is MemberKey =>
  typeof v === 'object' && v !== null && typeof (v as MemberKey).key === 'string' && typeof (v as MemberKey).name === 'string';

export function saveOrganizerKey(groupId: string, key: string): void {
  localStorage.setItem(ORGANIZER + groupId, JSON.stringify(key));
}

export function organizerKey(groupId: string): string | null {
  const key = read(ORGANIZER + groupId);
  return typeof key === 'string' ? key : null;
}

export function saveMemberKey(groupId: string, member: MemberKey): void {
  localStorage.setItem(MEMBER + groupId, JSON.stringify(member));
}

export function memberKey(groupId: string): MemberKey | null {
  const member = read(MEMBER + groupId);
  return isMemberKey(member) ? member : null;
}

export function forgetMemberKey(groupId: string): void {
  localStorage.removeItem(MEMBER + groupId);
}

/** Every member key held here, for a phone joining a live game: in a game of one of these groups it plays as that member. */
export function allMemberKeys(): MemberKey[] {
  try {
    return Object.keys(localStorage).filter((k) => k.startsWith(MEMBER)).map(read).filter(isMemberKey);
  } catch {
    return [];
  }
}

import { randomInt, randomUUID } from 'node:crypto';
import { nicknameKey, normalizeNickname } from '../../game/nickname';
import { hashToken, newGameId, newToken } from '../../realtime/tokens';
import type { Db } from '../../store/db';

/**
 * Groups and their members. Who is asking is proven by a key (a secret the
 * browser keeps; only its sha256 is stored): the organizer's, or a member's.
 * The invite token lets a phone become a new member, nothing more.
 */

export type Asker = { role: 'organizer'; groupId: string } | { role: 'member'; groupId: string; memberId: string; name: string };

export type Refused<R extends string> = { ok: false; reason: R };

/** A member moves to another phone with this code, shown on the old one (or by the organizer) for ten minutes. */
export const LINK_CODE_MINUTES = 10;
const LINK_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export async function createGroup(db: Db, input: { name: string; exam: string; bankSlugs: string[] }) {
  const slugs = [...new Set(input.bankSlugs)];
  const known = await db.bank.findMany({ where: { slug: { in: slugs } }, distinct: ['slug'], select: { slug: true } });
  if (known.length !== slugs.length) return { ok: false, reason: 'unknown_bank' } as const;
  const organizerKey = newToken();
  const group = await db.studyGroup.create({
    data: {
      id: newGameId(),
      name: input.name,
      exam: input.exam,
      inviteToken: newToken(),
      organizerKeyHash: hashToken(organizerKey),
      banks: { create: slugs.map((bankSlug, position) => ({ bankSlug, position })) },
    },
  });
  return { ok: true, groupId: group.id, organizerKey, invite: group.inviteToken } as const;
}

export async function joinGroup(db: Db, invite: string, rawName: string) {
  const group = await db.studyGroup.findUnique({ where: { inviteToken: invite }, select: { id: true, name: true } });
  if (!group) return { ok: false, reason: 'no_invite' } as const;
  const name = normalizeNickname(rawName);
  const memberKey = newToken();
  try {
    const member = await db.member.create({ data: { id: randomUUID(), groupId: group.id, name, nameKey: nicknameKey(name), keyHash: hashToken(memberKey) } });
    return { ok: true, groupId: group.id, groupName: group.name, memberId: member.id, memberKey } as const;
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') return { ok: false, reason: 'name_taken' } as const;
    throw error;
  }
}

/** Who holds `key` in this group, or null: a key of another group, a removed member's or a made-up one proves nothing. */
export async function whoIs(db: Db, groupId: string, key: string): Promise<Asker | null> {
  const hash = hashToken(key);
  const organizer = await db.studyGroup.findFirst({ where: { id: groupId, organizerKeyHash: hash }, select: { id: true } });
  if (organizer) return { role: 'organizer', groupId };
  const member = await db.member.findFirst({ where: { groupId, keyHash: hash }, select: { id: true, name: true } });
  return member ? { role: 'member', groupId, memberId: member.id, name: member.name } : null;
}

/** A new one-time code for the member, replacing any earlier one. */
export async function newLinkCode(db: Db, groupId: string, memberId: string, now: Date) {
  const code = Array.from({ length: 8 }, () => LINK_ALPHABET[randomInt(LINK_ALPHABET.length)]).join('');
  const expiresAt = new Date(now.getTime() + LINK_CODE_MINUTES * 60_000);
  const { count } = await db.member.updateMany({ where: { id: memberId, groupId }, data: { linkCodeHash: hashToken(code), linkCodeExpiresAt: expiresAt } });
  return count === 1 ? ({ ok: true, code, expiresAt } as const) : ({ ok: false, reason: 'no_member' } as const);
}

/**
 * The new phone's side: a valid code gives it a fresh member key and retires
 * the old one (a lost phone's key stops working), and the code is used up.
 */
export async function redeemLinkCode(db: Db, code: string, now: Date) {
  const memberKey = newToken();
  const member = await db.member.findUnique({ where: { linkCodeHash: hashToken(code) }, select: { id: true, groupId: true, name: true, linkCodeExpiresAt: true } });
  if (!member || !member.linkCodeExpiresAt || member.linkCodeExpiresAt <= now) return { ok: false, reason: 'no_code' } as const;
  const { count } = await db.member.updateMany({
    where: { id: member.id, linkCodeHash: hashToken(code) },
    data: { keyHash: hashToken(memberKey), linkCodeHash: null, linkCodeExpiresAt: null },
  });
  if (count !== 1) return { ok: false, reason: 'no_code' } as const;
  return { ok: true, groupId: member.groupId, memberId: member.id, name: member.name, memberKey } as const;
}

/** Removes a member and everything stored about them (their cards and answers; their games keep the nickname only). */
export async function removeMember(db: Db, groupId: string, memberId: string): Promise<boolean> {
  const { count } = await db.member.deleteMany({ where: { id: memberId, groupId } });
  return count === 1;
}

export async function updateSettings(db: Db, groupId: string, settings: { sharedBoard?: boolean; targetMastery?: number }) {
  await db.studyGroup.update({ where: { id: groupId }, data: settings });
}

/** The organizer's roster: every member with the id that re-issuing a link or removing them needs. */
export async function groupRoster(db: Db, groupId: string) {
  return db.member.findMany({ where: { groupId }, orderBy: { joinedAt: 'asc' }, select: { id: true, name: true } });
}

/** The latest version of the group's first bank: the bank a review game is hosted from (its questions are the picks). */
export async function firstBankId(db: Db, groupId: string): Promise<string | null> {
  const first = await db.groupBank.findFirst({ where: { groupId }, orderBy: { position: 'asc' }, select: { bankSlug: true } });
  if (!first) return null;
  const bank = await db.bank.findFirst({ where: { slug: first.bankSlug }, orderBy: { version: 'desc' }, select: { id: true } });
  return bank?.id ?? null;
}

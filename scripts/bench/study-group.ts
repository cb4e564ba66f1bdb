import type { GroupGameInput } from '../../common/protocol';
import type { BenchPlayer } from './clients';

/**
 * --group: the room's players are members of a study group, joined through the
 * real routes (app/api/groups), so the game is hosted in the group and every
 * closed round records the members' answers into their memory (FSRS cards),
 * as a study group's game night does.
 */
export async function studyGroupFor(url: string, bankSlug: string, players: readonly BenchPlayer[]): Promise<GroupGameInput> {
  const created = await post<{ groupId: string; organizerKey: string; invite: string }>(url, '/api/groups', {
    name: `Bench ${Date.now().toString(36)}`, exam: 'bench', bankSlugs: [bankSlug],
  });
  const JOINS_AT_ONCE = 20;
  for (let i = 0; i < players.length; i += JOINS_AT_ONCE) {
    await Promise.all(players.slice(i, i + JOINS_AT_ONCE).map(async (player) => {
      const joined = await post<{ memberKey: string }>(url, '/api/groups/join', { invite: created.invite, name: player.nickname });
      player.memberKey = joined.memberKey;
    }));
  }
  return { groupId: created.groupId, organizerKey: created.organizerKey };
}

async function post<T>(url: string, path: string, body: object): Promise<T> {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(`${path}: ${response.status} ${json.error ?? ''}`);
  return json;
}

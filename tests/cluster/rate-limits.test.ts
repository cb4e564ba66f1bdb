import { expect, test } from 'vitest';
import { RATE_LIMITS } from '../../server/realtime/rate-limit';
import { useTestDb } from '../support/db';
import { browserCookie } from '../support/browser-cookie';
import { ask } from '../support/realtime-server';
import { BASE_PORT, startCluster } from './support/cluster';

// Several nodes keep the single node's rate limits (issue 8, item 3): a client is
// its address on every connection, and a client out of guesses learns nothing
// from a room code, even one whose game another node owns. A kick keeps out the browser, by the cookie the node
// holding its socket reads, on the game's owner (issue 18, item 7).

const db = useTestDb();
const cluster = await startCluster(db, { nodes: 2, firstPort: BASE_PORT + 50, env: { CRAMJAM_RATE_LIMITS: 'on' } });
const [one, two] = cluster.nodes as [typeof cluster.nodes[0], typeof cluster.nodes[0]];
const tooMany = { ok: false, code: 'rate_limited', error: expect.stringMatching(/^Too many tries: wait \d+ s and try again\.$/) };

/** Codes no live game has. */
async function wrongCodes(count: number): Promise<string[]> {
  const live = new Set((await db.game.findMany({ where: { liveCode: { not: null } }, select: { liveCode: true } })).map((g) => g.liveCode));
  return Array.from({ length: count + 100 }, (_, i) => String(100_000 + i)).filter((code) => !live.has(code)).slice(0, count);
}

test("a kicked player's browser stays out when its socket is on another node than the game's owner", async () => {
  // Node 2 owns the game; the phone's sockets are on node 1. (First: the next test leaves this address no guesses.)
  const { host, gameId, hostToken, code } = await cluster.hostCreates(two.url);
  const browser = browserCookie();
  const joined = await ask(await cluster.client(one.url, browser), 'player:join', { code, nickname: 'Troll' });
  if (!joined.ok) throw new Error(joined.error);
  expect(await ask(host, 'host:kick', { gameId, hostToken, playerId: joined.data.playerId })).toMatchObject({ ok: true });
  expect(await ask(await cluster.client(one.url, browser), 'player:join', { code, nickname: 'Nice Person' })).toMatchObject({ ok: false, code: 'kicked' });
  expect(await ask(await cluster.client(one.url, browserCookie()), 'player:join', { code, nickname: 'Nice Person' })).toMatchObject({ ok: true });
});

test('wrong codes per address on a node, whichever connection sends them; then even a code another node owns waits', async () => {
  const { code } = await cluster.hostCreates(one.url); // owned by node 1
  const [last, ...first] = await wrongCodes(RATE_LIMITS.wrongCodes.burst + 1);
  for (const wrong of first) expect(await ask(await cluster.client(two.url), 'room:check', { code: wrong })).toMatchObject({ ok: false, code: 'not_found' });
  // A new connection from the same address is the same guesser.
  expect(await ask(await cluster.client(two.url), 'room:check', { code: last! })).toEqual(tooMany);
  // The right code is not looked up, so its answer cannot tell it from a wrong one.
  expect(await ask(await cluster.client(two.url), 'room:check', { code })).toEqual(tooMany);
  expect(await ask(await cluster.client(two.url), 'player:join', { code, nickname: 'Guesser' })).toEqual(tooMany);
});

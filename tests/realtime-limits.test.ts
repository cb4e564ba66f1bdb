import { expect, test, vi } from 'vitest';
import { RATE_LIMITS } from '../server/realtime/rate-limit';
import { useTestDb } from './support/db';
import { ask, startRealtimeServer } from './support/realtime-server';

// Rate limits with the real defaults, on the server's (test) clock: code guessing, join and room floods, event floods (issue 8, item 3);
// and sockets only from this site's pages (item 7). A classroom behind one address gets in at once, and an address holds a
// capped number of connections (issue 18, items 5 and 7).

const db = useTestDb();
const server = await startRealtimeServer(db, { limits: RATE_LIMITS, trustedProxies: 1 });
/** A client that the (trusted) proxy says comes from `address`. */
const from = (address: string) => server.client({ 'x-forwarded-for': address });
const tooMany = { ok: false, code: 'rate_limited', error: expect.stringMatching(/^Too many tries: wait \d+ s and try again\.$/) };

/** A code no live room has. */
function wrongCode(i: number) {
  const code = String(100_000 + i);
  return server.rooms.withCode(code) ? String(200_000 + i) : code;
}

test('wrong codes per address: a burst, then even the right code gets the same refusal as a wrong one; other addresses are not held up', async () => {
  const { code } = await server.hostCreates();
  const guesser = await from('198.51.100.1');
  for (let i = 0; i < RATE_LIMITS.wrongCodes.burst; i++) expect(await ask(guesser, 'room:check', { code: wrongCode(i) })).toMatchObject({ ok: false, code: 'not_found' });
  // Out of guesses, a right code and a wrong one get the very same answer, so it cannot tell which is live.
  const refused = await ask(guesser, 'room:check', { code: wrongCode(100) });
  expect(refused).toEqual(tooMany);
  expect(await ask(guesser, 'room:check', { code })).toEqual(refused);
  expect(await ask(guesser, 'player:join', { code, nickname: 'Guesser' })).toEqual(refused);
  expect(await ask(guesser, 'player:join', { code: wrongCode(101), nickname: 'Guesser' })).toEqual(refused);
  // A new connection from the same address is the same guesser.
  expect(await ask(await from('198.51.100.1'), 'room:check', { code: wrongCode(102) })).toEqual(refused);
  // The proxy's own address is not the client's: someone else is still welcome.
  expect(await ask(await from('198.51.100.2'), 'room:check', { code })).toEqual({ ok: true, data: { code } });
  // Three minutes on the server's clock give back one guess.
  server.clock.advance(RATE_LIMITS.wrongCodes.refillMs / RATE_LIMITS.wrongCodes.burst);
  expect(await ask(guesser, 'room:check', { code: wrongCode(103) })).toMatchObject({ ok: false, code: 'not_found' });
  expect(await ask(guesser, 'room:check', { code: wrongCode(104) })).toEqual(tooMany);
});

test('the addresses of one /24 share a budget of wrong codes: then a right code from any of them waits too, another /24 does not', async () => {
  const { code } = await server.hostCreates();
  let guesses = 0;
  for (let host = 0; guesses < RATE_LIMITS.wrongCodesPerBlock.burst; host++) {
    const guesser = await from(`192.0.2.${host}`);
    for (let i = 0; i < RATE_LIMITS.wrongCodes.burst && guesses < RATE_LIMITS.wrongCodesPerBlock.burst; i++, guesses++) {
      expect(await ask(guesser, 'room:check', { code: wrongCode(i) })).toMatchObject({ ok: false, code: 'not_found' });
    }
  }
  expect(await ask(await from('192.0.2.200'), 'room:check', { code })).toEqual(tooMany);
  expect(await ask(await from('192.0.3.1'), 'room:check', { code })).toEqual({ ok: true, data: { code } });
});

test('a classroom behind one address gets in at once: 200 phones, 20 of them mistyping the code first', async () => {
  const { code } = await server.hostCreates();
  const phones = await Promise.all(Array.from({ length: 200 }, () => from('203.0.113.9')));
  const replies = await Promise.all(
    phones.map(async (phone, i) => {
      const mistyped = i % 10 === 0 ? [await ask(phone, 'room:check', { code: wrongCode(i) })] : [];
      const checked = [await ask(phone, 'room:check', { code }), await ask(phone, 'room:check', { code })]; // the home page, then the phone's page
      return [...mistyped, ...checked, await ask(phone, 'player:join', { code, nickname: `Student ${i}` })];
    }),
  );
  const all = replies.flat();
  expect(all.filter((r) => !r.ok && r.code === 'not_found')).toHaveLength(20);
  expect(all.filter((r) => !r.ok && r.code !== 'not_found')).toEqual([]);
  expect(replies.filter((r) => r.at(-1)!.ok)).toHaveLength(200);
});

test("a public server's 8-digit codes; a 6-digit room opened before the setting changed keeps working after the restart", async () => {
  const before = await startRealtimeServer(db, { limits: RATE_LIMITS });
  const old = await before.hostCreates();
  expect(old.code).toMatch(/^\d{6}$/);
  await before.stop();
  const after = await startRealtimeServer(db, { limits: RATE_LIMITS, restore: true, codeDigits: 8 });
  const fresh = await after.hostCreates();
  expect(fresh.code).toMatch(/^\d{8}$/);
  for (const { code } of [old, fresh]) {
    const phone = await after.client();
    expect(await ask(phone, 'room:check', { code })).toEqual({ ok: true, data: { code } });
    expect(await ask(phone, 'player:join', { code, nickname: 'Ada' })).toMatchObject({ ok: true, data: { code } });
  }
  expect(await ask(await after.client(), 'room:check', { code: '1234567' })).toMatchObject({ ok: false, code: 'invalid', error: 'A room code is 6 or 8 digits.' });
});

test('X-Forwarded-For is not believed without a trusted proxy', async () => {
  const direct = await startRealtimeServer(db, { limits: RATE_LIMITS });
  for (let i = 0; i < RATE_LIMITS.wrongCodes.burst; i++) await ask(await direct.client({ 'x-forwarded-for': `203.0.113.${i}` }), 'room:check', { code: wrongCode(i) });
  expect(await ask(await direct.client({ 'x-forwarded-for': '203.0.113.99' }), 'room:check', { code: wrongCode(100) })).toEqual(tooMany);
});

test('open connections per address are capped, with a message; the others and a closed one\'s slot are free', async () => {
  const capped = await startRealtimeServer(db, { limits: RATE_LIMITS, trustedProxies: 1, connectionsPerAddress: 3 });
  const open = await Promise.all(Array.from({ length: 3 }, () => capped.client({ 'x-forwarded-for': '198.51.100.20' })));
  await expect(capped.client({ 'x-forwarded-for': '198.51.100.20' })).rejects.toThrow(
    'Too many connections from your network (3 are open): close some tabs and try again.',
  );
  expect((await capped.client({ 'x-forwarded-for': '198.51.100.21' })).connected).toBe(true);
  open[0]!.disconnect();
  await vi.waitFor(() => expect(capped.io.engine.clientsCount).toBe(3));
  expect((await capped.client({ 'x-forwarded-for': '198.51.100.20' })).connected).toBe(true);
});

test('one connection flooding events is told to wait', async () => {
  const flooder = await from('198.51.100.3');
  const replies = await Promise.all(Array.from({ length: 100 }, () => ask(flooder, 'player:answer', { index: 0, optionIds: ['o0'] })));
  expect(replies.filter((r) => !r.ok && r.code === 'not_joined')).toHaveLength(RATE_LIMITS.events.burst);
  expect(replies.filter((r) => !r.ok && r.code === 'rate_limited')[0]).toMatchObject({ error: expect.stringMatching(/^Too many requests: wait \d+ s/) });
});

test('a host flooding host commands is told to wait, well before the limit on all events', async () => {
  const { host, gameId, hostToken } = await server.hostCreates(); // host:create took one host command
  const replies = await Promise.all(Array.from({ length: 30 }, (_, i) => ask(host, 'host:lock', { gameId, hostToken, locked: i % 2 === 0 })));
  expect(replies.filter((r) => r.ok)).toHaveLength(RATE_LIMITS.hostCommands.burst - 1);
  expect(replies.filter((r) => !r.ok)[0]).toMatchObject({ code: 'rate_limited', error: expect.stringMatching(/^Too many requests: wait \d+ s/) });
});

test('joins per address are limited, so one client cannot fill a room (far above a lecture hall: the real limit is 1,000)', async () => {
  const few = await startRealtimeServer(db, { limits: { ...RATE_LIMITS, joins: { burst: 5, refillMs: 60_000 } }, trustedProxies: 1 });
  expect(RATE_LIMITS.joins.burst).toBeGreaterThanOrEqual(1_000);
  const { code } = await few.hostCreates();
  const results = [];
  for (let i = 0; i < 7; i++) results.push(await ask(await few.client({ 'x-forwarded-for': '198.51.100.4' }), 'player:join', { code, nickname: `Bot ${i}` }));
  expect(results.filter((r) => r.ok)).toHaveLength(5);
  expect(results.at(-1)).toEqual(tooMany);
});

test('rooms created per address are limited', async () => {
  const host = await from('198.51.100.5');
  const create = {
    bankId: server.bankId, sections: [], count: 1, secondsPerQuestion: 20, shuffleQuestions: false, shuffleOptions: false,
    showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: 'flooding-host',
  };
  for (let i = 0; i < RATE_LIMITS.roomsCreated.burst; i++) {
    expect(await ask(host, 'host:create', create)).toMatchObject({ ok: true });
    server.clock.advance(1_000); // a host's pace, well within the host-command limit
  }
  expect(await ask(host, 'host:create', create)).toEqual({
    ok: false, code: 'rate_limited', error: expect.stringMatching(/^Too many rooms created from this network: wait \d+ s/),
  });
});

test('joins into one room are limited, from every address together', async () => {
  const small = await startRealtimeServer(db, { limits: { ...RATE_LIMITS, roomJoins: { burst: 3, refillMs: 60_000 } }, trustedProxies: 1 });
  const { code } = await small.hostCreates();
  const results = [];
  for (let i = 0; i < 4; i++) results.push(await ask(await small.client({ 'x-forwarded-for': `192.0.2.${i}` }), 'player:join', { code, nickname: `P${i}` }));
  expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
  expect(results[3]).toMatchObject({ code: 'rate_limited', error: expect.stringMatching(/^Too many players are joining this room at once: wait \d+ s/) });
});

test('a page on another site cannot open a socket; this site and non-browsers can', async () => {
  const host = new URL(server.url).host;
  await expect(server.client({ origin: 'https://evil.example' })).rejects.toThrow();
  expect((await server.client({ origin: `http://${host}` })).connected).toBe(true);
  expect((await server.client()).connected).toBe(true);
});

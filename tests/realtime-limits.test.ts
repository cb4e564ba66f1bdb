import { expect, test } from 'vitest';
import { RATE_LIMITS } from '../server/realtime/rate-limit';
import { useTestDb } from './support/db';
import { ask, startRealtimeServer } from './support/realtime-server';

// Rate limits with the real defaults, on the server's (test) clock: code guessing, join and room floods, event floods (issue 8, item 3);
// and sockets only from this site's pages (item 7).

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

test('ten wrong codes a minute per address: then even the right code waits, and other addresses are not held up', async () => {
  const { code } = await server.hostCreates();
  const guesser = await from('198.51.100.1');
  for (let i = 0; i < 10; i++) expect(await ask(guesser, 'room:check', { code: wrongCode(i) })).toMatchObject({ ok: false, code: 'not_found' });
  expect(await ask(guesser, 'room:check', { code })).toEqual(tooMany);
  expect(await ask(guesser, 'player:join', { code, nickname: 'Guesser' })).toEqual(tooMany);
  // A new connection from the same address is the same guesser.
  expect(await ask(await from('198.51.100.1'), 'room:check', { code: wrongCode(11) })).toEqual(tooMany);
  // The proxy's own address is not the client's: someone else is still welcome.
  expect(await ask(await from('198.51.100.2'), 'room:check', { code })).toEqual({ ok: true, data: { code } });
  // Six seconds on the server's clock give back one guess.
  server.clock.advance(6_000);
  expect(await ask(guesser, 'room:check', { code: wrongCode(12) })).toMatchObject({ ok: false, code: 'not_found' });
  expect(await ask(guesser, 'room:check', { code: wrongCode(13) })).toEqual(tooMany);
});

test('X-Forwarded-For is not believed without a trusted proxy', async () => {
  const direct = await startRealtimeServer(db, { limits: RATE_LIMITS });
  for (let i = 0; i < 10; i++) await ask(await direct.client({ 'x-forwarded-for': `203.0.113.${i}` }), 'room:check', { code: wrongCode(i) });
  expect(await ask(await direct.client({ 'x-forwarded-for': '203.0.113.99' }), 'room:check', { code: wrongCode(20) })).toEqual(tooMany);
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

test('joins per address are limited, so one client cannot fill a room', async () => {
  const { code } = await server.hostCreates();
  const results = [];
  for (let i = 0; i < RATE_LIMITS.joins.burst + 5; i++) results.push(await ask(await from('198.51.100.4'), 'player:join', { code, nickname: `Bot ${i}` }));
  expect(results.filter((r) => r.ok)).toHaveLength(RATE_LIMITS.joins.burst);
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

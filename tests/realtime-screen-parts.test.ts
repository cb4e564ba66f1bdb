// A reveal and the end are serialised once for a room (protocol.ts, SharedPlayerScreen).
// On one node each phone gets its whole screen in one message, spliced from that
// JSON; with several nodes (the stock parser) the room gets the shared part once
// and each player their own few fields. Either way a phone sees exactly what a
// reloaded phone is sent whole, and nothing of the answer travels before the
// round closes.
import { describe, expect, test } from 'vitest';
import type { PlayerScreen } from '../common/protocol';
import { useTestDb } from './support/db';
import { ask, connectClient, next, startRealtimeServer, type TestClient } from './support/realtime-server';

const db = useTestDb();
const servers = { 'one node': await startRealtimeServer(db), 'several nodes': await startRealtimeServer(db, { stockParser: true }) };
const server = servers['one node'];

function record(socket: TestClient): { event: string; payload: unknown }[] {
  const seen: { event: string; payload: unknown }[] = [];
  socket.onAny((event: string, payload: unknown) => seen.push({ event, payload }));
  return seen;
}

/** What a phone that reloads now is shown: a new socket resuming with the player's token. */
async function reloaded(url: string, gameId: string, playerToken: string): Promise<PlayerScreen> {
  const phone = await connectClient(url);
  try {
    const screen = next(phone, 'player:screen');
    expect(await ask(phone, 'player:resume', { gameId, playerToken })).toMatchObject({ ok: true });
    return await screen;
  } finally {
    phone.disconnect();
  }
}

describe.each(Object.entries(servers))('%s', (nodes, server) => {
  const onOneNode = nodes === 'one node';
  const reveals = (events: { event: string; payload: unknown }[]) =>
    events.filter(({ event, payload }) => event === 'player:screen' && (payload as PlayerScreen).screen === 'reveal');

  test('a reveal and the end: made once for the room, and what each phone gets is the screen a reloaded phone gets', async () => {
    const { host, gameId, hostToken, code } = await server.hostCreates({ count: 1 });
    const [ada, bo, cy] = [await server.phoneJoins(code, 'Ada'), await server.phoneJoins(code, 'Bo'), await server.phoneJoins(code, 'Cy')];
    const opened = next(ada.phone, 'player:screen', (s) => s.screen === 'question');
    await ask(host, 'host:start', { gameId, hostToken });
    const { round } = (await opened) as Extract<PlayerScreen, { screen: 'question' }>;
    const key = await db.round.findFirstOrThrow({ where: { gameId, index: 0 }, include: { question: { include: { options: true } } } });
    const correctAt = key.optionOrder.findIndex((id) => key.question.options.find((o) => o.id === id)!.correct);
    const [right, wrong] = [round.options[correctAt]!.id, round.options[(correctAt + 1) % round.options.length]!.id];

    const seen = [ada, bo, cy].map(({ phone }) => record(phone));
    server.clock.advance(3000);
    expect(await ask(ada.phone, 'player:answer', { index: 0, optionIds: [right] })).toMatchObject({ ok: true });
    expect(await ask(bo.phone, 'player:answer', { index: 0, optionIds: [wrong] })).toMatchObject({ ok: true });
    // While the round is open no part of a reveal has left the server.
    expect(seen.flat().filter(({ event }) => event !== 'player:screen')).toEqual([]);
    expect(seen.flat().map(({ payload }) => JSON.stringify(payload)).filter((json) => json.includes('"correct') || json.includes(key.question.explanation))).toEqual([]);

    const revealed = [ada, bo, cy].map(({ phone }) => next(phone, 'player:screen', (s) => s.screen === 'reveal'));
    await ask(host, 'host:next', { gameId, hostToken, from: { phase: 'question', index: 0 } }); // Cy never answers
    const [adaReveal, boReveal, cyReveal] = (await Promise.all(revealed)) as Extract<PlayerScreen, { screen: 'reveal' }>[];
    expect([adaReveal!.you.outcome, boReveal!.you.outcome, cyReveal!.you.outcome]).toEqual(['correct', 'incorrect', 'timeout']);
    expect(adaReveal!.reveal.explanation).toBe(key.question.explanation);

    for (const events of seen) {
      const parts = events.filter(({ event }) => event === 'player:shared' || event === 'player:own');
      if (onOneNode) {
        expect(parts).toEqual([]); // one message per phone: its whole screen
        expect(reveals(events)).toHaveLength(1);
      } else {
        expect(parts.map(({ event }) => event)).toEqual(['player:shared', 'player:own']);
        expect(JSON.stringify(parts[1]!.payload).length).toBeLessThan(300); // the own part carries no question, options or explanation
        expect(reveals(events)).toEqual([]);
      }
    }
    const { you: _ada, ...adaShared } = adaReveal!;
    const { you: _cy, ...cyShared } = cyReveal!;
    expect(adaShared).toEqual(cyShared); // the same for everyone but their own fields
    expect(await reloaded(server.url, gameId, ada.playerToken)).toEqual(adaReveal);
    expect(await reloaded(server.url, gameId, cy.playerToken)).toEqual(cyReveal);

    const ended = [ada, bo].map(({ phone }) => next(phone, 'player:screen', (s) => s.screen === 'ended'));
    await ask(host, 'host:next', { gameId, hostToken, from: { phase: 'reveal', index: 0 } });
    const [adaEnd, boEnd] = await Promise.all(ended);
    expect(adaEnd).toEqual({ screen: 'ended', gameId, rank: 1, score: adaReveal!.you.score, correctCount: 1, questions: 1, players: 3 });
    expect(boEnd).toMatchObject({ screen: 'ended', rank: 2, score: 0, correctCount: 0 });
    expect(await reloaded(server.url, gameId, bo.playerToken)).toEqual(boEnd);
  });
});

test('"answer received" goes to the player\'s other tabs; a phone alone shows it from its ack and is sent nothing more', async () => {
  const { host, gameId, hostToken, code } = await server.hostCreates({ count: 1 });
  const ada = await server.phoneJoins(code, 'Ada');
  const bo = await server.phoneJoins(code, 'Bo');
  await server.phoneJoins(code, 'Cy'); // keeps the round open
  const tab = await server.client();
  expect(await ask(tab, 'player:resume', { gameId, playerToken: ada.playerToken })).toMatchObject({ ok: true });
  const opened = next(ada.phone, 'player:screen', (s) => s.screen === 'question');
  await ask(host, 'host:start', { gameId, hostToken });
  const { round } = (await opened) as Extract<PlayerScreen, { screen: 'question' }>;
  const pick = [round.options[0]!.id];

  const echoed = next(tab, 'player:screen', (s) => s.screen === 'question' && s.picked !== null);
  expect(await ask(ada.phone, 'player:answer', { index: 0, optionIds: pick })).toEqual({ ok: true, data: { picked: pick } });
  expect(await echoed).toMatchObject({ picked: pick });

  const seenByBo = record(bo.phone);
  expect(await ask(bo.phone, 'player:answer', { index: 0, optionIds: pick })).toEqual({ ok: true, data: { picked: pick } });
  expect(await ask(host, 'host:lock', { gameId, hostToken, locked: true })).toMatchObject({ ok: true }); // a later batch: an echo would have come
  expect(seenByBo).toEqual([]);
});

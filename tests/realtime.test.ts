import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, test } from 'vitest';
import type { ClientToServerEvents, GameSettingsInput, HostScreen, PlayerScreen, Result } from '../common/protocol';
import { onPlayerScreen } from '../common/player-screen-parts';
import { useTestDb } from './support/db';
import { ask, next, startRealtimeServer, type TestClient } from './support/realtime-server';
import { GRACE_MS, playerOf } from '../server/game/engine';
import { optionIdAt } from '../server/game/plan';

/**
 * The realtime layer with real socket.io clients, one server for the file and a
 * clock the tests move by hand: host creates room -> phones join -> rounds.
 */

const db = useTestDb();
const server = await startRealtimeServer(db);
// Runs before the server stops: ended games write nothing when the test phones hang up.
afterAll(async () => {
  for (const room of server.rooms.all()) await room.dispatch({ type: 'end' });
});

// ---------------------------------------------------------------- helpers

type Screen<K extends PlayerScreen['screen']> = Extract<PlayerScreen, { screen: K }>;
type HostView<K extends HostScreen['screen']> = Extract<HostScreen, { screen: K }>;

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`refused (${result.code}): ${result.error}`);
  return result.data;
}

/** Emits anything, typed or not, and waits for the ack. */
function send(socket: TestClient, event: keyof ClientToServerEvents, ...payload: unknown[]): Promise<Result<unknown>> {
  const timed = socket.timeout(3000);
  return (timed.emitWithAck as (e: string, ...a: unknown[]) => Promise<Result<unknown>>).call(timed, event, ...payload);
}

async function hostCreatesRoom(settings: Partial<GameSettingsInput> = {}) {
  const host = await server.client();
  const created = ok(
    await ask(host, 'host:create', {
      bankId: server.bankId, sections: [], count: 3, secondsPerQuestion: 20, shuffleQuestions: false, shuffleOptions: false,
      showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: 'laptop-123456', ...settings,
    }),
  );
  const auth = { gameId: created.gameId, hostToken: created.hostToken };
  return { host, ...created, auth };
}
type Room = Awaited<ReturnType<typeof hostCreatesRoom>>;

async function phoneJoins(code: string, nickname: string, socket?: TestClient) {
  socket ??= await server.client();
  const joined = ok(await ask(socket, 'player:join', { code, nickname }));
  return { socket, ...joined };
}
type Phone = Awaited<ReturnType<typeof phoneJoins>>;

async function phonesJoin(code: string, ...nicknames: string[]): Promise<Phone[]> {
  const phones = [];
  for (const nickname of nicknames) phones.push(await phoneJoins(code, nickname));
  return phones;
}

/** The next player screen of this kind (and round, when given). */
function screen<K extends PlayerScreen['screen']>(socket: TestClient, kind: K, index?: number): Promise<Screen<K>> {
  return next(socket, 'player:screen', (s) => s.screen === kind && (index === undefined || ('round' in s && s.round.index === index))) as Promise<Screen<K>>;
}

function hostSees<K extends HostScreen['screen']>(socket: TestClient, kind: K, match: (s: HostView<K>) => boolean = () => true) {
  return next(socket, 'host:screen', (s) => s.screen === kind && match(s as HostView<K>)) as Promise<HostView<K>>;
}

/** Like `next`, for the few waits on the real-time round timer (the shared helper gives up after 5 s). */
function within<T>(ms: number, socket: TestClient, match: (s: PlayerScreen) => s is PlayerScreen & T): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no matching player:screen arrived')), ms);
    const stop = onPlayerScreen(socket, (s) => {
      if (!match(s)) return;
      clearTimeout(timer);
      stop();
      resolve(s);
    });
  });
}

/** Everything a socket receives, in order. */
function record(socket: TestClient): { event: string; payload: unknown }[] {
  const seen: { event: string; payload: unknown }[] = [];
  socket.onAny((event: string, payload: unknown) => seen.push({ event, payload }));
  return seen;
}

/** The host starts; every phone is on round 0 when this returns. */
async function hostStarts(room: Room, phones: Phone[]) {
  const questions = phones.map((p) => screen(p.socket, 'question', 0));
  expect(await ask(room.host, 'host:start', room.auth)).toEqual({ ok: true, data: null });
  return Promise.all(questions);
}

/** The host presses Next on what they see: closes a round, or opens the next one. */
async function hostNext(room: Room, phase: 'question' | 'reveal', index: number, host = room.host) {
  expect(await ask(host, 'host:next', { ...room.auth, from: { phase, index } })).toEqual({ ok: true, data: null });
}

/**
 * What the bank says about a round: which options are right, as phones name
 * them (by their place in this game's question), and the texts only a reveal
 * may carry. `stored` turns the names phones use into the bank ids Postgres keeps.
 */
async function answerKey(gameId: string, index: number) {
  const round = await db.round.findFirstOrThrow({ where: { gameId, index }, include: { question: { include: { options: true } } } });
  const { options, explanation, whyNot } = round.question;
  const shown = (bankId: string) => optionIdAt(round.optionOrder.indexOf(bankId));
  const bankIds = new Map(round.optionOrder.map((bankId, position) => [optionIdAt(position), bankId]));
  return {
    roundId: round.id,
    right: options.filter((o) => o.correct).map((o) => shown(o.id)),
    wrong: options.filter((o) => !o.correct).map((o) => shown(o.id)),
    stored: (ids: string[]) => ids.map((id) => bankIds.get(id)),
    explanation,
    whyNot,
  };
}

function answer(phone: Phone, index: number, optionIds: string[]) {
  return ask(phone.socket, 'player:answer', { index, optionIds });
}

/** What Postgres holds of a game: compared before and after a refusal. */
async function stored(gameId: string) {
  return {
    games: await db.game.count(),
    game: await db.game.findUniqueOrThrow({ where: { id: gameId }, select: { status: true, locked: true, startedAt: true, endedAt: true } }),
    players: await db.player.findMany({ where: { gameId }, select: { id: true, nickname: true, kicked: true, score: true, streak: true }, orderBy: { joinedAt: 'asc' } }),
    answers: await db.answer.findMany({ where: { round: { gameId } }, select: { playerId: true, optionIds: true } }),
    rounds: await db.round.findMany({ where: { gameId }, select: { index: true, openedAt: true, closedAt: true }, orderBy: { index: 'asc' } }),
  };
}

function storedAnswer(roundId: string, playerId: string) {
  return db.answer.findUnique({ where: { roundId_playerId_attempt: { roundId, playerId, attempt: 1 } } });
}

const refused = (code: string, error: unknown = expect.stringMatching(/\w/)) => ({ ok: false, code, error });
const aTokenOf = () => randomBytes(24).toString('base64url');

/** A 6-digit code no live game in this process uses. */
function unusedCode(): string {
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, '0');
    if (!server.rooms.withCode(code)) return code;
  }
}

// ---------------------------------------------------------------- validation

describe('a malformed request is refused with a readable reason and changes nothing', () => {
  test('every client event checks its payload', async () => {
    const room = await hostCreatesRoom();
    const [ada, bo] = await phonesJoin(room.code, 'Ada', 'Bo');
    await hostStarts(room, [ada!, bo!]);
    const key = await answerKey(room.gameId, 0);
    const before = await stored(room.gameId);
    const { gameId, hostToken } = room.auth;
    const create = {
      bankId: server.bankId, sections: [], count: 3, secondsPerQuestion: 20, shuffleQuestions: false, shuffleOptions: false,
      showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: 'laptop-123456',
    };

    const cases: [TestClient, keyof ClientToServerEvents, unknown, string?][] = [
      [room.host, 'host:create', { ...create, secondsPerQuestion: 4 }, 'At least 5 seconds per question.'],
      [room.host, 'host:create', { ...create, bankId: undefined }],
      [room.host, 'host:create', { ...create, count: 'all' }],
      [room.host, 'host:create', { ...create, shuffleQuestions: 'yes' }],
      [room.host, 'host:create', { ...create, sections: 'Official Pretest' }],
      [room.host, 'host:resume', { gameId }],
      [room.host, 'host:resume', { gameId: 42, hostToken }],
      [room.host, 'host:start', { gameId, hostToken: 12345 }],
      [room.host, 'host:next', { gameId, hostToken }],
      [room.host, 'host:next', { gameId, hostToken, from: { phase: 'lobby', index: 0 } }],
      [room.host, 'host:next', { gameId, hostToken, from: { phase: 'question', index: -1 } }],
      [room.host, 'host:end', { hostToken }],
      [room.host, 'host:lock', { gameId, hostToken, locked: 'true' }],
      [room.host, 'host:kick', { gameId, hostToken }],
      [room.host, 'host:kick', { gameId, hostToken, playerId: '' }],
      [room.host, 'host:kick', { gameId, hostToken, playerId: '__proto__' }, 'That is not a player id.'],
      [room.host, 'host:kick', { gameId, hostToken, playerId: 'constructor' }, 'That is not a player id.'],
      [room.host, 'host:start', { gameId: '__proto__', hostToken }, 'That is not a game id.'],
      [bo!.socket, 'player:resume', { gameId: 'hasOwnProperty', playerToken: bo!.playerToken }, 'That is not a game id.'],
      [ada!.socket, 'player:answer', { index: 0, optionIds: ['__proto__'] }, 'That is not an option of this question.'],
      [bo!.socket, 'player:join', { code: room.code, nickname: 'Cy\u0000' }, 'The nickname holds a control character: remove it and try again.'],
      [bo!.socket, 'room:check', { code: '12345' }, 'A room code is 6 or 8 digits.'],
      [bo!.socket, 'room:check', { code: 123456 }],
      [bo!.socket, 'player:join', { code: room.code.slice(1), nickname: 'Cy' }, 'A room code is 6 or 8 digits.'],
      [bo!.socket, 'player:join', { code: room.code, nickname: 'C'.repeat(21) }, 'A nickname is 1 to 20 characters.'],
      [bo!.socket, 'player:join', { code: room.code, nickname: 'C'.repeat(500) }, 'A nickname is 1 to 20 characters.'],
      [bo!.socket, 'player:join', { code: room.code, nickname: '   ' }, 'A nickname is 1 to 20 characters.'],
      [bo!.socket, 'player:join', { code: room.code }],
      [bo!.socket, 'player:join', { code: room.code, nickname: 7 }],
      [bo!.socket, 'player:resume', { gameId, playerToken: 7 }],
      [bo!.socket, 'player:resume', { playerToken: bo!.playerToken }],
      [ada!.socket, 'player:answer', { index: '0', optionIds: key.right }],
      [ada!.socket, 'player:answer', { index: 0.5, optionIds: key.right }],
      [ada!.socket, 'player:answer', { index: 0, optionIds: [] }],
      [ada!.socket, 'player:answer', { index: 0, optionIds: key.right[0] }],
      [ada!.socket, 'player:answer', { index: 0 }],
      [ada!.socket, 'player:answer', null],
    ];
    for (const [socket, event, payload, message] of cases) {
      expect(await send(socket, event, payload), `${event} ${JSON.stringify(payload)}`).toEqual(refused('invalid', message));
    }
    // A client that forgets the payload altogether still gets an answer, not a hang.
    for (const event of ['host:start', 'room:check', 'player:join', 'player:answer'] as const) {
      expect(await send(ada!.socket, event), event).toEqual(refused('invalid'));
    }

    expect(await stored(room.gameId)).toEqual(before);
    // Nothing was taken as Ada's answer: her first real one counts.
    expect(ok(await answer(ada!, 0, key.right))).toEqual({ picked: key.right });
  });
});

// ---------------------------------------------------------------- authorization

describe("only the host's token runs the host's controls", () => {
  test("a phone's socket is refused every host action; the host's token from a reloaded tab works", async () => {
    const room = await hostCreatesRoom();
    const other = await hostCreatesRoom();
    const [ada, bo] = await phonesJoin(room.code, 'Ada', 'Bo');
    const seenByBo = record(bo!.socket);
    const before = await stored(room.gameId);
    const { gameId } = room;

    for (const hostToken of [ada!.playerToken, aTokenOf(), other.hostToken]) {
      const auth = { gameId, hostToken };
      expect(await ask(ada!.socket, 'host:lock', { ...auth, locked: true })).toEqual(refused('forbidden'));
      expect(await ask(ada!.socket, 'host:kick', { ...auth, playerId: bo!.playerId })).toEqual(refused('forbidden'));
      expect(await ask(ada!.socket, 'host:start', auth)).toEqual(refused('forbidden', 'Only the host of this game can do that.'));
      expect(await ask(ada!.socket, 'host:next', { ...auth, from: { phase: 'question', index: 0 } })).toEqual(refused('forbidden'));
      expect(await ask(ada!.socket, 'host:end', auth)).toEqual(refused('forbidden'));
      expect(await ask(ada!.socket, 'host:resume', auth)).toEqual(refused('forbidden'));
    }
    // Without a token the request is malformed: refused before anyone looks at the game.
    for (const event of ['host:start', 'host:end', 'host:resume'] as const) {
      expect(await send(ada!.socket, event, { gameId })).toEqual(refused('invalid'));
    }
    expect(await send(ada!.socket, 'host:kick', { gameId, playerId: bo!.playerId })).toEqual(refused('invalid'));
    // A socket that never joined can neither run the game nor answer in it.
    const stranger = await server.client();
    expect(await ask(stranger, 'host:start', { gameId, hostToken: aTokenOf() })).toEqual(refused('forbidden'));
    expect(await ask(stranger, 'player:answer', { index: 0, optionIds: ['o0'] })).toEqual(refused('not_joined', 'Join a game first.'));

    expect(await stored(gameId)).toEqual(before);
    expect(server.rooms.get(gameId)!.state.phase).toBe('lobby');
    expect(seenByBo).toEqual([]); // no screen changed for the players

    // The host reloads: a brand-new socket with the token kept by the browser.
    room.host.disconnect();
    const host = await server.client();
    const lobby = hostSees(host, 'lobby');
    expect(await ask(host, 'host:resume', room.auth)).toEqual({ ok: true, data: { code: room.code } });
    expect((await lobby).players.map((p) => p.nickname)).toEqual(['Ada', 'Bo']);

    expect(ok(await ask(host, 'host:lock', { ...room.auth, locked: true }))).toBeNull();
    expect((await db.game.findUniqueOrThrow({ where: { id: gameId } })).locked).toBe(true);
    const removed = screen(bo!.socket, 'removed');
    expect(ok(await ask(host, 'host:kick', { ...room.auth, playerId: bo!.playerId }))).toBeNull();
    await removed;
    const question = screen(ada!.socket, 'question', 0);
    expect(ok(await ask(host, 'host:start', room.auth))).toBeNull();
    await question;
    const reveal = screen(ada!.socket, 'reveal', 0);
    await hostNext(room, 'question', 0, host);
    await reveal;
    const ended = screen(ada!.socket, 'ended');
    expect(ok(await ask(host, 'host:end', room.auth))).toBeNull();
    await ended;
    expect(await db.game.findUniqueOrThrow({ where: { id: gameId } })).toMatchObject({ status: 'ended', locked: true, liveCode: null });
    expect(await db.player.findUniqueOrThrow({ where: { id: bo!.playerId } })).toMatchObject({ kicked: true });
  });
});

// ---------------------------------------------------------------- secrecy

describe('correct answers never reach a client before the round closes', () => {
  test('a phone and the projector learn the answer and the explanation only at the reveal', async () => {
    const room = await hostCreatesRoom({ sections: ['Official Pretest'], count: 2, shuffleOptions: true });
    const seenByHost = record(room.host);
    const phone = await server.client();
    const seenByAda = record(phone);
    const acks: unknown[] = [];
    const ada = await phoneJoins(room.code, 'Ada', phone);
    acks.push({ ...ada, socket: null });
    const [bo] = await phonesJoin(room.code, 'Bo');
    const keys = [await answerKey(room.gameId, 0), await answerKey(room.gameId, 1)];
    expect(keys[1]!.whyNot.length).toBeGreaterThan(0); // round 1 has "why not" notes to keep secret too

    /** Payloads that give away a round's answer: a correct flag, the correct ids, the explanation or the why-not notes. */
    const leaks = (payloads: unknown[], key: (typeof keys)[number]) =>
      payloads.map((p) => JSON.stringify(p)).filter((json) =>
        json.includes('"correct"') || json.includes('correctOptionIds') ||
        [key.explanation, ...key.whyNot].some((secret) => json.includes(JSON.stringify(secret).slice(1, -1))));
    const everything = () => [...seenByAda, ...seenByHost].map((r) => r.payload).concat(acks);

    for (const index of [0, 1]) {
      const key = keys[index]!;
      const from = { ada: seenByAda.length, host: seenByHost.length };
      if (index === 0) await hostStarts(room, [ada, bo!]);
      else {
        const opened = screen(phone, 'question', 1);
        await hostNext(room, 'reveal', 0);
        await opened;
      }
      server.clock.advance(2000);
      const counted = next(room.host, 'host:answered', (c) => c.index === index);
      acks.push(await answer(ada, index, [key.wrong[0]!])); // Ada answers; Bo is still thinking, so the round stays open
      await counted;

      const duringRound = [...seenByAda.slice(from.ada), ...seenByHost.slice(from.host)].map((r) => r.payload);
      expect(duringRound.length).toBeGreaterThanOrEqual(3); // the question on both screens, and the host's answered count
      expect(leaks(duringRound, key)).toEqual([]);
      expect(everything().filter((p) => JSON.stringify(p).includes(JSON.stringify(key.explanation).slice(1, -1)))).toEqual([]);

      const reveal = screen(phone, 'reveal', index);
      const hostReveal = hostSees(room.host, 'reveal');
      await hostNext(room, 'question', index);
      for (const shown of [(await reveal).reveal, (await hostReveal).reveal]) {
        expect([...shown.correctOptionIds].sort()).toEqual([...key.right].sort());
        expect(shown.explanation).toBe(key.explanation);
        expect(shown.whyNot).toEqual(key.whyNot);
      }
    }
  });
});

// ---------------------------------------------------------------- answers

describe('one answer per player per question, judged by the server', () => {
  test('a double tap and a retried emit are one answer, stored once and scored once', async () => {
    const room = await hostCreatesRoom();
    const [ada, bo, cy] = await phonesJoin(room.code, 'Ada', 'Bo', 'Cy');
    const counts: number[] = [];
    room.host.on('host:answered', (c) => counts.push(c.answered));
    await hostStarts(room, [ada!, bo!, cy!]);
    const key = await answerKey(room.gameId, 0);
    server.clock.advance(5000); // a quarter of 20 s: 875 points

    const [tap1, tap2] = await Promise.all([answer(ada!, 0, key.right), answer(ada!, 0, key.right)]);
    expect(tap1).toEqual({ ok: true, data: { picked: key.right } });
    expect(tap2).toEqual({ ok: true, data: { picked: key.right } });
    // Changing her mind is not a second answer either: the first one stands.
    expect(await answer(ada!, 0, [key.wrong[0]!])).toEqual({ ok: true, data: { picked: key.right } });

    expect(await answer(bo!, 1, [key.wrong[0]!])).toEqual(refused('wrong_question', 'That answer is for another question.'));
    expect(await answer(bo!, 0, ['o9'])).toEqual(refused('invalid_choice'));
    expect(await answer(bo!, 0, ['not-an-option'])).toEqual(refused('invalid')); // not even shaped like an option id
    expect(ok(await answer(bo!, 0, [key.wrong[0]!]))).toEqual({ picked: [key.wrong[0]] });

    // Cy answers last, which closes the round, and her phone retries the emit.
    const reveal = screen(ada!.socket, 'reveal', 0);
    const hostReveal = hostSees(room.host, 'reveal');
    const [last, retry] = await Promise.all([answer(cy!, 0, key.right), answer(cy!, 0, key.right)]);
    expect(last).toEqual({ ok: true, data: { picked: key.right } });
    expect(retry).toEqual({ ok: true, data: { picked: key.right } });
    expect(await answer(cy!, 0, key.right)).toEqual({ ok: true, data: { picked: key.right } });

    expect((await reveal).you).toMatchObject({ outcome: 'correct', points: 875, score: 875, streak: 1 });
    await hostReveal;
    expect(counts).toEqual([1, 2, 3]);
    expect(await db.answer.findMany({ where: { playerId: ada!.playerId } })).toMatchObject([{ optionIds: key.stored(key.right), correct: true, responseMs: 5000, points: 875 }]);
    expect(await db.answer.count({ where: { roundId: key.roundId } })).toBe(3);
    expect(await db.player.findUniqueOrThrow({ where: { id: ada!.playerId } })).toMatchObject({ score: 875, streak: 1, correctCount: 1 });
  });

  test('three phones answer at once: each answer is in Postgres by the time its ack arrives', async () => {
    const room = await hostCreatesRoom();
    const phones = await phonesJoin(room.code, 'Ada', 'Bo', 'Cy');
    await hostStarts(room, phones);
    const key = await answerKey(room.gameId, 0);
    const picks = [key.right, [key.wrong[0]!], [key.wrong[1]!]];

    const rows = await Promise.all(
      phones.map(async (phone, i) => {
        ok(await answer(phone, 0, picks[i]!));
        return storedAnswer(key.roundId, phone.playerId); // queried the moment the ack arrives
      }),
    );
    expect(rows.map((r) => r?.optionIds)).toEqual(picks.map(key.stored));
    expect(rows.map((r) => r?.correct)).toEqual([true, false, false]);
  });

  test('an answer after the deadline is too late, and after the timer closes the round it is refused', async () => {
    const room = await hostCreatesRoom({ secondsPerQuestion: 5 });
    const [ada, bo, cy] = await phonesJoin(room.code, 'Ada', 'Bo', 'Cy');
    await hostStarts(room, [ada!, bo!, cy!]);
    const revealed = within(9000, cy!.socket, (s): s is Screen<'reveal'> => s.screen === 'reveal'); // the server's timer
    const key = await answerKey(room.gameId, 0);

    expect(ok(await answer(ada!, 0, key.right))).toEqual({ picked: key.right }); // instantly: 1000 points
    server.clock.advance(5000);
    expect(ok(await answer(bo!, 0, key.right))).toEqual({ picked: key.right }); // on the buzzer: still in, 500 points
    server.clock.advance(1);
    expect(await answer(cy!, 0, key.right)).toEqual(refused('too_late', "Time's up: the answer arrived after the deadline."));

    expect((await revealed).you).toMatchObject({ outcome: 'timeout', points: 0, score: 0 });
    expect(await answer(cy!, 0, key.right)).toEqual(refused('round_closed', 'This round is closed.'));
    expect(await storedAnswer(key.roundId, cy!.playerId)).toBeNull();
    expect((await db.answer.findMany({ where: { roundId: key.roundId }, orderBy: { points: 'desc' } })).map((a) => a.points)).toEqual([1000, 500]);
    expect((await db.round.findUniqueOrThrow({ where: { id: key.roundId } })).closedAt).not.toBeNull();
  });
});

// ---------------------------------------------------------------- nicknames and the room

describe('joining a room', () => {
  test('nicknames are unique case-insensitively, a locked room turns phones away, an unknown code says so', async () => {
    const room = await hostCreatesRoom();
    const { socket: ada, ...adaJoined } = await phoneJoins(room.code, 'Ada');
    const phone = await server.client();

    expect(await ask(phone, 'player:join', { code: room.code, nickname: 'ADA' })).toEqual(refused('nickname_taken', '"ADA" is taken in this room: pick another nickname.'));
    // Ada's own join sent again on her connection (its ack was lost) is Ada, not a refusal and not a second player.
    const again = ok(await ask(ada, 'player:join', { code: room.code, nickname: 'Ada' }));
    expect(again).toEqual(adaJoined);
    expect(await ask(phone, 'player:join', { code: room.code, nickname: '  ada ' })).toEqual(refused('nickname_taken', expect.stringContaining('taken')));

    const unknown = unusedCode();
    const notFound = `No game is running with code ${unknown}. Check the code on the host's screen.`;
    expect(await ask(phone, 'room:check', { code: unknown })).toEqual(refused('not_found', notFound));
    expect(await ask(phone, 'player:join', { code: unknown, nickname: 'Bo' })).toEqual(refused('not_found', notFound));
    expect(ok(await ask(phone, 'room:check', { code: room.code }))).toEqual({ code: room.code });

    ok(await ask(room.host, 'host:lock', { ...room.auth, locked: true }));
    expect(await ask(phone, 'room:check', { code: room.code })).toEqual(refused('room_locked', `Room ${room.code} is locked: ask the host to unlock it.`));
    expect(await ask(phone, 'player:join', { code: room.code, nickname: 'Bo' })).toEqual(refused('room_locked', 'The host has locked this room.'));
    expect((await stored(room.gameId)).players.map((p) => p.nickname)).toEqual(['Ada']);

    ok(await ask(room.host, 'host:lock', { ...room.auth, locked: false }));
    const lobby = hostSees(room.host, 'lobby', (s) => s.players.length === 2);
    await phoneJoins(room.code, 'Bo', phone);
    expect((await lobby).players.map((p) => p.nickname)).toEqual(['Ada', 'Bo']);
  });

  test('a kicked phone is shown "removed", its answers are refused, and its token no longer gets it back in', async () => {
    const room = await hostCreatesRoom();
    const [ada, bo] = await phonesJoin(room.code, 'Ada', 'Bo');
    await hostStarts(room, [ada!, bo!]);
    const key = await answerKey(room.gameId, 0);

    const removed = screen(bo!.socket, 'removed');
    ok(await ask(room.host, 'host:kick', { ...room.auth, playerId: bo!.playerId }));
    expect((await removed).message).toBe('The host removed you from this game.');
    expect(await answer(bo!, 0, key.right)).toEqual(refused('kicked', 'The host removed you from this game.'));
    expect(await ask(await server.client(), 'player:resume', { gameId: room.gameId, playerToken: bo!.playerToken })).toEqual(refused('kicked'));

    // Ada is now the only one the round waits for.
    const reveal = screen(ada!.socket, 'reveal', 0);
    ok(await answer(ada!, 0, key.right));
    await reveal;
    expect(await storedAnswer(key.roundId, bo!.playerId)).toBeNull();
    expect(await db.player.findUniqueOrThrow({ where: { id: bo!.playerId } })).toMatchObject({ kicked: true });
  });
});

// ---------------------------------------------------------------- reconnection

describe('reconnection', () => {
  test('a phone that drops mid-round comes back on a new socket to the same question, time left, answer, score and streak', async () => {
    const room = await hostCreatesRoom({ secondsPerQuestion: 30 });
    const [ada, bo, cy] = await phonesJoin(room.code, 'Ada', 'Bo', 'Cy');
    await hostStarts(room, [ada!, bo!, cy!]);
    const key = await answerKey(room.gameId, 0);
    server.clock.advance(6000);
    ok(await answer(ada!, 0, key.right)); // 900 points

    // Ada's phone sleeps after answering; Bo's drops before answering.
    let away = hostSees(room.host, 'question', (s) => s.answered === 1 && s.expected === 3);
    ada!.socket.disconnect();
    await away; // Ada's answer still counts, so she is still expected
    away = hostSees(room.host, 'question', (s) => s.answered === 1 && s.expected === 3);
    bo!.socket.disconnect();
    await away; // Bo is still waited for, for the grace period
    expect(playerOf(server.rooms.get(room.gameId)!.state, bo!.playerId)!.connected).toBe(false);
    server.clock.advance(4000); // back within the grace

    const adaAgain = await server.client();
    const adaScreen = screen(adaAgain, 'question', 0);
    expect(ok(await ask(adaAgain, 'player:resume', { gameId: room.gameId, playerToken: ada!.playerToken }))).toMatchObject({ playerId: ada!.playerId, nickname: 'Ada' });
    expect(await adaScreen).toMatchObject({ round: { index: 0, remainingMs: 20_000, timeLimitMs: 30_000 }, picked: key.right });

    const boAgain = await server.client();
    const boScreen = screen(boAgain, 'question', 0);
    const back = hostSees(room.host, 'question', (s) => s.expected === 3);
    ok(await ask(boAgain, 'player:resume', { gameId: room.gameId, playerToken: bo!.playerToken }));
    expect(await boScreen).toMatchObject({ round: { remainingMs: 20_000 }, picked: null });
    expect(await back).toMatchObject({ answered: 1, expected: 3, players: 3 });

    const reveal = screen(adaAgain, 'reveal', 0);
    ok(await ask(boAgain, 'player:answer', { index: 0, optionIds: [key.wrong[0]!] }));
    ok(await answer(cy!, 0, [key.wrong[0]!]));
    expect((await reveal).you).toMatchObject({ outcome: 'correct', points: 900, score: 900, streak: 1 });

    // Round 1: Ada drops again, comes back, answers at once: her streak carries on (+100).
    const opened = screen(adaAgain, 'question', 1);
    await hostNext(room, 'reveal', 0);
    await opened;
    adaAgain.disconnect();
    const adaThird = await server.client();
    ok(await ask(adaThird, 'player:resume', { gameId: room.gameId, playerToken: ada!.playerToken }));
    const key1 = await answerKey(room.gameId, 1);
    const reveal1 = screen(adaThird, 'reveal', 1);
    ok(await ask(adaThird, 'player:answer', { index: 1, optionIds: key1.right }));
    await hostNext(room, 'question', 1);
    expect((await reveal1).you).toMatchObject({ outcome: 'correct', points: 1100, bonus: 100, streak: 2, score: 2000, rank: 1 });
    expect(await db.player.findUniqueOrThrow({ where: { id: ada!.playerId } })).toMatchObject({ score: 2000, streak: 2, correctCount: 2 });
  });

  test('the round closes early once every connected phone has answered and the grace of the away phone ran out; it comes back to the reveal', async () => {
    const room = await hostCreatesRoom();
    const [ada, bo, cy] = await phonesJoin(room.code, 'Ada', 'Bo', 'Cy');
    await hostStarts(room, [ada!, bo!, cy!]);
    const key = await answerKey(room.gameId, 0);
    const away = hostSees(room.host, 'question', (s) => s.expected === 3);
    cy!.socket.disconnect();
    await away;

    ok(await answer(ada!, 0, key.right));
    ok(await answer(bo!, 0, key.right));
    expect(server.rooms.get(room.gameId)!.state.phase).toBe('question'); // Cy may be back any second
    const reveal = within(GRACE_MS + 5_000, ada!.socket, (s): s is Screen<'reveal'> => s.screen === 'reveal');
    server.clock.advance(GRACE_MS); // no Next pressed: Cy's grace runs out
    await reveal;
    expect((await db.round.findUniqueOrThrow({ where: { id: key.roundId } })).closedAt).not.toBeNull();

    const cyAgain = await server.client();
    const cyScreen = screen(cyAgain, 'reveal', 0);
    ok(await ask(cyAgain, 'player:resume', { gameId: room.gameId, playerToken: cy!.playerToken }));
    expect((await cyScreen).you).toMatchObject({ outcome: 'timeout', score: 0 });
  });

  test('a host who reloads mid-round gets the running game back and carries on', async () => {
    const room = await hostCreatesRoom({ secondsPerQuestion: 30 });
    const [ada, bo] = await phonesJoin(room.code, 'Ada', 'Bo');
    await hostStarts(room, [ada!, bo!]);
    const key = await answerKey(room.gameId, 0);
    ok(await answer(ada!, 0, key.right));
    server.clock.advance(10_000);
    room.host.disconnect();

    const host = await server.client();
    const current = hostSees(host, 'question');
    expect(ok(await ask(host, 'host:resume', room.auth))).toEqual({ code: room.code });
    expect(await current).toMatchObject({ gameId: room.gameId, code: room.code, answered: 1, expected: 2, round: { index: 0, remainingMs: 20_000 } });

    const reveal = hostSees(host, 'reveal');
    await hostNext(room, 'question', 0, host);
    expect((await reveal).leaderboard.map((s) => s.nickname)).toEqual(['Ada', 'Bo']);

    const again = await server.client();
    const same = hostSees(again, 'reveal');
    ok(await ask(again, 'host:resume', room.auth));
    expect(await same).toMatchObject({ round: { index: 0 }, isLast: false });
    expect(server.rooms.all().filter((r) => r.code === room.code)).toHaveLength(1); // the same game, not a new one
  });
});

// ---------------------------------------------------------------- multi-select

describe('multi-select', () => {
  test('a "select two" question scores only the exact correct set', async () => {
    const question = await db.question.findFirstOrThrow({ where: { bankId: server.bankId, select: 2 } });
    const index = await db.question.count({ where: { bankId: server.bankId, section: question.section, position: { lt: question.position } } });
    const room = await hostCreatesRoom({ sections: [question.section], count: index + 1, shuffleOptions: true });
    const phones = await phonesJoin(room.code, 'Ada', 'Bo', 'Cy', 'Di');
    const [ada, bo, cy, di] = phones;
    await hostStarts(room, phones);
    for (let i = 0; i < index; i++) {
      await hostNext(room, 'question', i);
      await hostNext(room, 'reveal', i);
    }
    const key = await answerKey(room.gameId, index);
    expect(key.right).toHaveLength(2);
    const [r1, r2] = key.right as [string, string];
    const [w1, w2] = key.wrong as [string, string];

    expect(ok(await answer(ada!, index, [r1, r2]))).toEqual({ picked: [r1, r2] });
    expect(ok(await answer(bo!, index, [r1, w1]))).toEqual({ picked: [r1, w1] });
    expect(await answer(cy!, index, [r1])).toEqual(refused('invalid_choice', 'Pick exactly 2 of the options shown.'));
    expect(await answer(cy!, index, [r1, r1])).toEqual(refused('invalid_choice'));
    expect(await answer(cy!, index, [r1, r2, w1])).toEqual(refused('invalid_choice'));
    expect(ok(await answer(cy!, index, [r2, r1]))).toEqual({ picked: [r2, r1] }); // order does not matter
    const reveal = phones.map((p) => screen(p.socket, 'reveal', index));
    ok(await answer(di!, index, [w1, w2]));

    const outcomes = (await Promise.all(reveal)).map((s) => [s.you.outcome, s.you.points]);
    expect(outcomes).toEqual([['correct', 1000], ['incorrect', 0], ['correct', 1000], ['incorrect', 0]]);
    expect((await db.answer.findMany({ where: { roundId: key.roundId } })).map((a) => a.correct).filter(Boolean)).toHaveLength(2);
  });
});

describe('kicking after an answer', () => {
  test('a phone kicked after answering leaves no answer behind in Postgres, and the round waits only for the others', async () => {
    const room = await hostCreatesRoom();
    const [ada, bo] = await phonesJoin(room.code, 'Ada', 'Bo');
    await hostStarts(room, [ada!, bo!]);
    const key = await answerKey(room.gameId, 0);

    ok(await answer(bo!, 0, key.right));
    expect(await storedAnswer(key.roundId, bo!.playerId)).not.toBeNull();
    ok(await ask(room.host, 'host:kick', { ...room.auth, playerId: bo!.playerId }));
    expect(await storedAnswer(key.roundId, bo!.playerId)).toBeNull();

    const reveal = screen(ada!.socket, 'reveal', 0);
    ok(await answer(ada!, 0, key.right));
    expect((await reveal).reveal.distribution[key.right[0]!]).toBe(1);
  });
});

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, expect } from 'vitest';
import { allowSameOrigin } from '../../server/http/request-guard';
import { attachRealtime, type RealtimeOptions } from '../../server/realtime/handlers';
import { restoreRooms } from '../../server/realtime/restore-rooms';
import { splicingParser } from '../../server/realtime/spliced-json';
import type { GameServer } from '../../server/realtime/game-room';
import { onPlayerScreen } from '../../common/player-screen-parts';
import type { ClientToServerEvents, GameSettingsInput, GroupGameInput, PlayerScreen, ServerToClientEvents } from '../../common/protocol';
import { memoryAfterRounds } from '../../server/groups/round-memory';
import { importShippedBanks } from '../../server/banks/shipped-banks';
import type { Db } from '../../server/store/db';

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The real realtime layer on an ephemeral port, with the test database and a
 * clock the test moves by hand, so response times and deadlines are exact.
 */
export async function startRealtimeServer(db: Db, options: { gameDb?: Db; restore?: boolean; bankFile?: string; stockParser?: boolean } & RealtimeOptions = {}) {
  await importShippedBanks(db);
  const file = options.bankFile ?? 'aws-ml-engineer-sample-questions.md';
  const bank = await db.bank.findFirstOrThrow({ where: { sourceName: `content/${file}` }, orderBy: { version: 'desc' } });
  let now = 1_000_000;
  const clock = { now: () => now, advance: (ms: number) => void (now += ms) };
  const http = createServer();
  const io: GameServer = new Server(http, {
    connectionStateRecovery: { maxDisconnectionDuration: 60_000, skipMiddlewares: true },
    allowRequest: allowSameOrigin(), // as server/index.ts
    // As one node; stockParser: as several nodes, whose reveals go in two parts.
    ...(options.stockParser ? {} : { parser: splicingParser }),
  });
  const log = pino({ level: process.env.TEST_LOG ?? 'silent' });
  const memory = memoryAfterRounds(db, log);
  const deps = { io, db: options.gameDb ?? db, clock: clock.now, log, lanOrigin: null, roundClosed: memory.roundClosed };
  // Every test client shares 127.0.0.1, so rate limits are off unless a test asks for them.
  const rooms = attachRealtime(io, deps, { limits: options.limits ?? null, trustedProxies: options.trustedProxies, connectionsPerAddress: options.connectionsPerAddress, codeDigits: options.codeDigits });
  if (options.restore) await restoreRooms(deps, rooms); // as server/index.ts does at start
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const clients: TestClient[] = [];

  /** A connected socket; `headers` go with its handshake (X-Forwarded-For, Origin). */
  async function client(headers?: Record<string, string>): Promise<TestClient> {
    const socket = await connectClient(url, headers);
    clients.push(socket);
    return socket;
  }

  async function stop() {
    for (const c of clients) c.disconnect();
    for (const room of rooms.all()) rooms.remove(room);
    await new Promise<void>((resolve) => io.close(() => resolve()));
  }
  afterAll(stop);

  /** A host socket creates a room on the shipped bank: bank order, no shuffling, 20 s a question unless told otherwise. */
  async function hostCreates(settings: Partial<GameSettingsInput> & { group?: GroupGameInput } = {}) {
    const host = await client();
    const created = await ask(host, 'host:create', {
      bankId: bank.id, sections: [], count: 2, secondsPerQuestion: 20, shuffleQuestions: false, shuffleOptions: false,
      showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: 'test-host-device', ...settings,
    });
    if (!created.ok) throw new Error(created.error);
    return { host, ...created.data };
  }

  /** A new phone joins room `code`; with `memberKeys`, as a study group's member would. */
  async function phoneJoins(code: string, nickname: string, memberKeys?: string[]) {
    const phone = await client();
    const joined = await ask(phone, 'player:join', { code, nickname, ...(memberKeys ? { memberKeys } : {}) });
    if (!joined.ok) throw new Error(joined.error);
    return { phone, ...joined.data };
  }

  /** resolves once every closed round is in its members' memory */
  const memorySettled = () => memory.settled();

  return { url, io, rooms, clock, bankId: bank.id, client, hostCreates, phoneJoins, memorySettled, stop };
}

/** A socket on `url`, websocket only, with no automatic reconnection: the test decides when it comes back. */
export async function connectClient(url: string, headers?: Record<string, string>): Promise<TestClient> {
  const socket: TestClient = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: headers });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
  return socket;
}

/** Emits and waits for the ack. */
export function ask<E extends keyof ClientToServerEvents>(
  socket: TestClient,
  event: E,
  payload: Parameters<ClientToServerEvents[E]>[0],
): Promise<Parameters<Parameters<ClientToServerEvents[E]>[1]>[0]> {
  const emit = socket.timeout(5000).emitWithAck as unknown as (e: E, p: unknown) => Promise<Parameters<Parameters<ClientToServerEvents[E]>[1]>[0]>;
  return emit.call(socket.timeout(5000), event, payload);
}

/**
 * Resolves with the next `event` the socket receives that matches. A
 * 'player:screen' is every whole screen the phone would show: one sent whole,
 * or a reveal or an end joined from its player:shared and player:own parts.
 */
export function next<E extends keyof ServerToClientEvents>(
  socket: TestClient,
  event: E,
  match: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    let stop = () => {};
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no ${String(event)} arrived`));
    }, 5000);
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      stop();
      resolve(payload);
    };
    if (event === 'player:screen') stop = onPlayerScreen(socket, listener as (screen: PlayerScreen) => void);
    else {
      (socket.on as (e: string, l: unknown) => void)(event, listener);
      stop = () => (socket.off as (e: string, l: unknown) => void)(event, listener);
    }
  });
}

/**
 * The host back on a server restarted mid-round: it resumes the game and is shown the round,
 * closed with the answers stored before the stop. Resolves with the host's socket and that reveal.
 */
export async function hostResumesToReveal(server: { client(): Promise<TestClient> }, { gameId, hostToken, code }: { gameId: string; hostToken: string; code: string }) {
  const host = await server.client();
  const reveal = next(host, 'host:screen', (s) => s.screen === 'reveal');
  expect(await ask(host, 'host:resume', { gameId, hostToken })).toEqual({ ok: true, data: { code } });
  const shown = await reveal;
  if (shown.screen !== 'reveal') throw new Error('expected the reveal');
  return { host, shown };
}

import type { ClientToServerEvents, GroupGameInput, RoundView } from '../../common/protocol';
import { ask, BenchHost, BenchPlayer, connectSocket, openSocket, randomPick, ScreenBoard, type AnsweredCount, type ClientSocket } from './clients';

/**
 * The game the bench plays: connect, create, join, R rounds, end. Each phase
 * returns raw latencies (ms, measured on the bench's clock) for the report.
 */

/** How long a phase waits for screens or acks before it records what is missing and moves on. */
const PHASE_TIMEOUT_MS = 120_000;
const ACK_TIMEOUT_MS = 120_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Tally {
  readonly counts = new Map<string, number>();
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  get total(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }
  toString(): string {
    return [...this.counts].map(([k, n]) => `${n}x ${k}`).join(', ');
  }
}

export interface Room {
  url: string;
  board: ScreenBoard;
  host: BenchHost;
  /** connected sockets, later only the players whose join was accepted */
  players: BenchPlayer[];
  sockets: ClientSocket[];
}

export interface ConnectResult {
  latencies: number[];
  failures: Tally;
  wallMs: number;
}

/** Opens `n` sockets `batch` at a time, each batch after the previous one connected: no SYN storm. */
export async function connectPlayers(room: Room, n: number, batch: number): Promise<ConnectResult> {
  const started = performance.now();
  const latencies: number[] = [];
  const failures = new Tally();
  for (let first = 0; first < n; first += batch) {
    const sockets = Array.from({ length: Math.min(batch, n - first) }, () => openSocket(room.url));
    room.sockets.push(...sockets);
    const outcomes = await Promise.allSettled(sockets.map(connectSocket));
    outcomes.forEach((outcome, i) => {
      const socket = sockets[i]!;
      if (outcome.status === 'fulfilled') {
        latencies.push(outcome.value);
        room.players.push(new BenchPlayer(socket, `bench${String(first + i).padStart(5, '0')}`, room.board));
      } else {
        failures.add(String((outcome.reason as Error).message));
        socket.close();
      }
    });
  }
  return { latencies, failures, wallMs: performance.now() - started };
}

export async function connectHost(url: string): Promise<BenchHost> {
  const socket = openSocket(url);
  await connectSocket(socket);
  return new BenchHost(socket);
}

/** `group`: the game is hosted in that study group (--group). */
export async function createGame(host: BenchHost, bankId: string, rounds: number, secondsPerQuestion: number, group?: GroupGameInput): Promise<number> {
  const started = performance.now();
  const result = await ask(
    host.socket,
    'host:create',
    {
      bankId, sections: [], count: rounds, secondsPerQuestion, shuffleQuestions: false, shuffleOptions: true,
      showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: `bench-device-${Date.now()}`, ...(group ? { group } : {}),
    },
    ACK_TIMEOUT_MS,
  );
  if (!result.ok) throw new Error(`host:create refused: ${result.error}`);
  host.auth = { gameId: result.data.gameId, hostToken: result.data.hostToken };
  host.code = result.data.code;
  return performance.now() - started;
}

export interface JoinResult {
  latencies: number[];
  failures: Tally;
  wallMs: number;
}

/** Every connected socket joins with a unique nickname, `rate` joins offered per second (0: all at once). */
export async function joinPlayers(room: Room, rate: number): Promise<JoinResult> {
  const started = performance.now();
  const latencies: number[] = [];
  const failures = new Tally();
  const joined: BenchPlayer[] = [];
  const pending = room.players.map(async (player, i) => {
    const due = rate > 0 ? started + (i * 1000) / rate : started;
    if (due > performance.now()) await sleep(due - performance.now());
    const sent = performance.now();
    const memberKeys = player.memberKey ? [player.memberKey] : undefined;
    const result = await ask(player.socket, 'player:join', { code: room.host.code, nickname: player.nickname, ...(memberKeys ? { memberKeys } : {}) }, ACK_TIMEOUT_MS);
    if (!result.ok) return failures.add(result.code ?? result.error);
    latencies.push(performance.now() - sent);
    player.playerId = result.data.playerId;
    joined.push(player);
  });
  await Promise.all(pending);
  room.players = joined;
  return { latencies, failures, wallMs: performance.now() - started };
}

/** A host command, sent again (as the host's page would let them) while the answer is "try again": several nodes, a game moving. */
async function hostAsks<E extends 'host:start' | 'host:next' | 'host:end'>(host: BenchHost, event: E, payload: Parameters<ClientToServerEvents[E]>[0]) {
  for (let attempt = 0; ; attempt++) {
    const reply = await ask(host.socket, event, payload, ACK_TIMEOUT_MS);
    if (reply.ok || reply.code !== 'retry' || attempt >= 20) return reply;
    await sleep(500);
  }
}

export interface RoundResult {
  index: number;
  /** host:start / host:next: emit to ack */
  hostAckMs: number;
  /** emit of host:start / host:next to each player's question screen */
  question: number[];
  /** player:answer emit to ack, for the acks that came back ok */
  answer: number[];
  answerFailures: Tally;
  /** from the first answer sent to the last ack: how long the server took to take in the room's answers */
  answerDrainMs: number;
  /** from the first answer sent to the last one sent: the load offered */
  answerWindowMs: number;
  /** from the last answer sent to each player's reveal screen: the answers' queue, then the fan-out */
  reveal: number[];
  /** from the last answer sent to the host's reveal screen */
  hostRevealMs: number | null;
  hostAnswered: AnsweredCount | null;
  /** players whose question (reveal) screen never came */
  missingQuestion: number;
  missingReveal: number;
  /** questions in the game, as the round view says */
  total: number;
}

/** Opens round `index`, lets every player answer at a random moment within `spreadMs`, waits for the reveal. */
export async function playRound(room: Room, index: number, spreadMs: number): Promise<RoundResult> {
  const { host, players, board } = room;
  const sent: SentAnswer[] = [];
  const inFlight: Promise<void>[] = [];
  let total = 0;
  for (const player of players) {
    player.onQuestion = (round) => {
      if (round.index !== index) return;
      player.onQuestion = null;
      total = round.total;
      inFlight.push(answerLater(player, round, spreadMs).then((s) => void sent.push(s)));
    };
  }

  const opened = performance.now();
  const ack = index === 0
    ? await hostAsks(host, 'host:start', host.auth!)
    : await hostAsks(host, 'host:next', { ...host.auth!, from: { phase: 'reveal', index: index - 1 } });
  const hostAckMs = performance.now() - opened;
  if (!ack.ok) throw new Error(`${index === 0 ? 'host:start' : 'host:next'} refused: ${ack.error}`);

  await board.until(`question:${index}`, players.length, PHASE_TIMEOUT_MS);
  for (const player of players) player.onQuestion = null; // who has not got the question by now does not answer
  await Promise.all(inFlight);

  const lastSent = sent.length ? Math.max(...sent.map((s) => s.sentAt)) : opened;
  const closed = await board.until(`reveal:${index}`, players.length, PHASE_TIMEOUT_MS);
  if (!closed && !host.seen.has(`reveal:${index}`)) {
    // Not every answer got through: close the round by hand so the next one can start.
    await hostAsks(host, 'host:next', { ...host.auth!, from: { phase: 'question', index } });
    await board.until(`reveal:${index}`, players.length, 10_000);
  }
  // The host's screen can trail the phones' (a big lobby still being read): its answered count is final only with its reveal.
  for (const until = performance.now() + 10_000; !host.seen.has(`reveal:${index}`) && performance.now() < until;) await sleep(20);

  const arrivals = (key: string, since: number) => players.flatMap((p) => (p.seen.has(key) ? [p.seen.get(key)! - since] : []));
  const question = arrivals(`question:${index}`, opened);
  const reveal = arrivals(`reveal:${index}`, lastSent);
  const hostReveal = host.seen.get(`reveal:${index}`);
  const answerFailures = new Tally();
  for (const s of sent) if (s.failure) answerFailures.add(s.failure);
  return {
    index,
    total,
    hostAckMs,
    question,
    answer: sent.flatMap((s) => (s.latency === null ? [] : [s.latency])),
    answerFailures,
    answerDrainMs: answerDrain(sent),
    answerWindowMs: sent.length ? lastSent - Math.min(...sent.map((s) => s.sentAt)) : 0,
    reveal,
    hostRevealMs: hostReveal === undefined ? null : hostReveal - lastSent,
    hostAnswered: host.answered.get(index) ?? null,
    missingQuestion: players.length - question.length,
    missingReveal: players.length - reveal.length,
  };
}

interface SentAnswer {
  sentAt: number;
  /** null when the ack did not come back ok */
  latency: number | null;
  failure: string | null;
}

/** Waits a random moment within `spreadMs` (a player reading and tapping), then answers and waits for the ack. */
async function answerLater(player: BenchPlayer, round: RoundView, spreadMs: number): Promise<SentAnswer> {
  await sleep(Math.random() * spreadMs);
  const sentAt = performance.now();
  const result = await ask(player.socket, 'player:answer', { index: round.index, optionIds: randomPick(round) }, ACK_TIMEOUT_MS);
  if (!result.ok) return { sentAt, latency: null, failure: result.code ?? result.error };
  return { sentAt, latency: performance.now() - sentAt, failure: null };
}

/** From the first answer sent to the last ack back. */
function answerDrain(sent: SentAnswer[]): number {
  if (sent.length === 0) return 0;
  const firstSent = Math.min(...sent.map((s) => s.sentAt));
  const lastAck = Math.max(...sent.map((s) => s.sentAt + (s.latency ?? 0)));
  return lastAck - firstSent;
}

export interface EndResult {
  hostAckMs: number;
  ended: number[];
  missing: number;
}

/** host:end, then each player's final screen. */
export async function endGame(room: Room): Promise<EndResult> {
  const { host, players, board } = room;
  const started = performance.now();
  const ack = await hostAsks(host, 'host:end', host.auth!);
  const hostAckMs = performance.now() - started;
  if (!ack.ok) throw new Error(`host:end refused: ${ack.error}`);
  await board.until('ended', players.length, PHASE_TIMEOUT_MS);
  const ended = players.flatMap((p) => (p.seen.has('ended') ? [p.seen.get('ended')! - started] : []));
  return { hostAckMs, ended, missing: players.length - ended.length };
}

export function disconnectAll(room: Room): void {
  for (const socket of room.sockets) socket.disconnect();
  room.host.socket.disconnect();
}

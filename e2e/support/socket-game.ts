import type { Browser } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { loadBankFile } from '../../server/banks/load';
import type { ParsedQuestion } from '../../server/banks/types';
import type { ClientToServerEvents, HostScreen, JoinedAs, PlayerScreen, Result, RoundView, ServerToClientEvents } from '../../common/protocol';

// A whole game played by socket.io clients from Node against the e2e server, as the apps would,
// for the specs of the pages after a game (only those pages use the browser).

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
type Ended = Extract<HostScreen, { screen: 'ended' }>;

/** What a player does on a question: answer right, answer wrong, let the time run, or answer right with under a fifth of the time left. */
export type Move = 'right' | 'wrong' | 'none' | 'late';

export interface Played {
  gameId: string;
  podium: Ended['podium'];
  players: Record<string, JoinedAs>;
  /** the bank's questions in the order they were played */
  questions: ParsedQuestion[];
}

export interface GamePlan {
  /** the bank file the server imported, to know each question's answers */
  bankFile: string;
  /** the bank's title as the setup form lists it */
  bankTitle: string;
  count: number;
  /** each player's move per question, in game order */
  script: Record<string, Move[]>;
  /** seconds per question; a 'late' move waits for 80 % of it */
  seconds?: number;
  hostDevice?: string;
}

export function connect(baseURL: string): Promise<Client> {
  const socket: Client = io(baseURL, { transports: ['websocket'], forceNew: true, reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

export async function ask<E extends keyof ClientToServerEvents>(socket: Client, event: E, payload: Parameters<ClientToServerEvents[E]>[0]) {
  type Data = Parameters<ClientToServerEvents[E]>[1] extends (r: Result<infer T>) => void ? T : never;
  const emit = socket.timeout(5000).emitWithAck as unknown as (e: E, p: unknown) => Promise<Result<Data>>;
  const result = await emit.call(socket.timeout(5000), event, payload);
  if (!result.ok) throw new Error(`${event}: ${result.error}`);
  return result.data;
}

/** The id the setup form gives the bank with this title. */
export async function bankIdOf(browser: Browser, title: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto('/host');
  const id = await page.getByLabel('Question bank').locator('option', { hasText: title }).first().getAttribute('value');
  await page.close();
  if (!id) throw new Error(`no bank titled ${title}`);
  return id;
}

/** Host and players play the whole game through the realtime layer; resolves once the podium is up. */
export async function playGame(baseURL: string, bankId: string, plan: GamePlan): Promise<Played> {
  const bank = await loadBankFile(plan.bankFile);
  if (!bank.bank) throw new Error(`${plan.bankFile} does not parse`);
  const seconds = plan.seconds ?? 60;
  const host = await connect(baseURL);
  const ended = new Promise<Ended>((resolve) => {
    host.on('host:screen', (s) => {
      if (s.screen === 'ended') resolve(s);
    });
  });
  const { gameId, hostToken, code } = await ask(host, 'host:create', {
    bankId, sections: [], count: plan.count, secondsPerQuestion: seconds, shuffleQuestions: false, shuffleOptions: true,
    showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: plan.hostDevice ?? 'e2e-after-game-host',
  });
  const auth = { gameId, hostToken };

  const phones: Record<string, { socket: Client; screens: PlayerScreen[] }> = {};
  const players: Record<string, JoinedAs> = {};
  for (const name of Object.keys(plan.script)) {
    const socket = await connect(baseURL);
    const screens: PlayerScreen[] = [];
    socket.on('player:screen', (s) => screens.push(s));
    players[name] = await ask(socket, 'player:join', { code, nickname: name });
    phones[name] = { socket, screens };
  }
  const first = Object.values(phones)[0]!;

  const questions: ParsedQuestion[] = [];
  await ask(host, 'host:start', auth);
  for (let index = 0; index < plan.count; index++) {
    const round = await until(() => questionOn(first.screens, index));
    const question = bank.bank.questions.find((q) => q.stem === round.stem)!;
    questions.push(question);
    const moves = Object.entries(plan.script).map(([name, script]) => [name, script[index] ?? 'none'] as const);
    if (moves.some(([, move]) => move === 'late')) await new Promise((r) => setTimeout(r, seconds * 800 + 200));
    for (const [name, move] of moves) {
      if (move !== 'none') await ask(phones[name]!.socket, 'player:answer', { index, ...answerFor(round, question, move === 'wrong' ? 'wrong' : 'right') });
    }
    // A round someone let run is closed by the host, as "Next" on the projector would.
    if (moves.some(([, move]) => move === 'none')) await ask(host, 'host:next', { ...auth, from: { phase: 'question', index } });
    await ask(host, 'host:next', { ...auth, from: { phase: 'reveal', index } });
  }
  const { podium } = await ended;
  for (const socket of [host, ...Object.values(phones).map((p) => p.socket)]) socket.disconnect();
  return { gameId, podium, players, questions };
}

/** Resolves with what `read` finds, once it finds something. */
async function until<T>(read: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((r) => setTimeout(r, 20))) {
    const found = read();
    if (found !== undefined) return found;
  }
  throw new Error('timed out waiting');
}

function questionOn(screens: PlayerScreen[], index: number): RoundView | undefined {
  return screens.flatMap((s) => (s.screen === 'question' && s.round.index === index ? [s.round] : []))[0];
}

const idOf = (list: RoundView['options'], text: string) => list.find((o) => o.text === text)!.id;

/** A right or a wrong answer in the round's ids, found from the bank by text (options are shuffled). */
export function answerFor(round: RoundView, question: ParsedQuestion, move: 'right' | 'wrong'): { optionIds: string[]; text?: string } {
  const right = move === 'right';
  switch (question.type) {
    case 'typed':
      return { optionIds: [], text: right ? question.options[0]!.text : 'not a right answer' };
    case 'ordering': {
      const order = question.options.map((o) => idOf(round.options, o.text));
      return { optionIds: right ? order : order.toReversed() };
    }
    case 'matching': {
      const pairs = round.options.map((p) => idOf(round.matches, question.options.find((o) => o.text === p.text)!.match!));
      return { optionIds: right ? pairs : [...pairs.slice(1), pairs[0]!] };
    }
    default: {
      const correct = round.options.filter((o) => question.options.some((q) => q.text === o.text && q.correct));
      if (right) return { optionIds: correct.map((o) => o.id) };
      const wrong = round.options.find((o) => !correct.includes(o))!;
      return { optionIds: [wrong, ...correct].slice(0, question.select).map((o) => o.id) };
    }
  }
}

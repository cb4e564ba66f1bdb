import type { JoinedAs } from '../../common/protocol';
import type { Db } from '../../server/store/db';
import { ask, next, type startRealtimeServer, type TestClient } from './realtime-server';
import { optionIdAt } from '../../server/game/plan';

type Server = Awaited<ReturnType<typeof startRealtimeServer>>;

export interface Phone {
  socket: TestClient;
  me: JoinedAs;
}

/**
 * A game played by script through the real realtime layer: every answer is
 * sent at an exact time after its round opened, on the server's manual clock.
 */
export async function scriptedGame(server: Server, db: Db, opts: { count: number; bankId?: string; deviceId?: string; seconds?: number }) {
  const host = await server.client();
  const created = await ask(host, 'host:create', {
    bankId: opts.bankId ?? server.bankId, sections: [], count: opts.count, secondsPerQuestion: opts.seconds ?? 20,
    shuffleQuestions: false, shuffleOptions: false, showQuestionsOnPhones: true, autoAdvanceSeconds: null,
    deviceId: opts.deviceId ?? 'results-test-device',
  });
  if (!created.ok) throw new Error(created.error);
  const { gameId, hostToken, code } = created.data;
  const auth = { gameId, hostToken };
  let openedAt = server.clock.now();

  const rounds = await db.round.findMany({ where: { gameId }, orderBy: { index: 'asc' }, include: { question: { include: { options: true } } } });
  /**
   * The options of round `index`: the right one(s) and a wrong one, as phones
   * name them (their place in this game's question), and as `bank` ids, which
   * Postgres and the report use.
   */
  function options(index: number) {
    const round = rounds[index]!;
    const right = round.question.options.filter((o) => o.correct).map((o) => o.id);
    const wrong = [round.question.options.find((o) => !o.correct)!.id];
    const shown = (bankId: string) => optionIdAt(round.optionOrder.indexOf(bankId));
    return { right: right.map(shown), wrong: wrong.map(shown), bank: { right, wrong } };
  }

  async function join(nickname: string): Promise<Phone> {
    const socket = await server.client();
    const joined = await ask(socket, 'player:join', { code, nickname });
    if (!joined.ok) throw new Error(joined.error);
    return { socket, me: joined.data };
  }

  async function ok(result: Promise<{ ok: boolean; error?: string }>) {
    const r = await result;
    if (!r.ok) throw new Error(r.error);
  }

  return {
    gameId, code, auth, host, options, join,
    async start() {
      await ok(ask(host, 'host:start', auth));
      openedAt = server.clock.now();
    },
    /** The player answers `ms` after the round opened. */
    async answer(phone: Phone, index: number, optionIds: string[], ms: number) {
      server.clock.advance(openedAt + ms - server.clock.now());
      await ok(ask(phone.socket, 'player:answer', { index, optionIds }));
    },
    /** The host's "Next": closes a round still open, or opens the next one. */
    async next(phase: 'question' | 'reveal', index: number) {
      await ok(ask(host, 'host:next', { ...auth, from: { phase, index } }));
      if (phase === 'reveal') openedAt = server.clock.now();
    },
    kick: (phone: Phone) => ok(ask(host, 'host:kick', { ...auth, playerId: phone.me.playerId })),
    end: () => ok(ask(host, 'host:end', auth)),
    podium: () => next(host, 'host:screen', (s) => s.screen === 'ended'),
  };
}

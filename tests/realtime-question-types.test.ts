// Every question type over the real realtime layer: what phones and the
// projector see while a round is open gives nothing away, the reveal carries
// each type's answer, and the store and the report keep each answer readably.
import { afterAll, describe, expect, test } from 'vitest';
import type { PlayerScreen, RevealView, RoundView } from '../common/protocol';
import { matchChoices } from '../server/game/types/matching';
import { gameReport } from '../server/store/results';
import { answersCsv } from '../server/results/exports';
import { useTestDb } from './support/db';
import { ask, next, startRealtimeServer, type TestClient } from './support/realtime-server';

const db = useTestDb();
const server = await startRealtimeServer(db, { bankFile: 'aws-ml-engineer-study-set.md' });
afterAll(async () => {
  for (const room of server.rooms.all()) await room.dispatch({ type: 'end' });
});

type Reveal = Extract<PlayerScreen, { screen: 'reveal' }>;

function record(socket: TestClient): unknown[] {
  const seen: unknown[] = [];
  socket.onAny((_event: string, payload: unknown) => seen.push(payload));
  return seen;
}

const question = (socket: TestClient, index: number) =>
  next(socket, 'player:screen', (s) => s.screen === 'question' && s.round.index === index) as Promise<Extract<PlayerScreen, { screen: 'question' }>>;
const reveal = (socket: TestClient, index: number) => next(socket, 'player:screen', (s) => s.screen === 'reveal' && s.round.index === index) as Promise<Reveal>;

/** The stored truth of round `index`: its type, options in the order shown, accepted texts and explanation. */
async function truth(gameId: string, index: number) {
  const round = await db.round.findFirstOrThrow({ where: { gameId, index }, include: { question: { include: { options: true } } } });
  const byId = new Map(round.question.options.map((o) => [o.id, o]));
  const shown = round.optionOrder.map((id) => byId.get(id)!);
  return { type: round.question.type, shown, explanation: round.question.explanation, roundId: round.id };
}

type Truth = Awaited<ReturnType<typeof truth>>;

/** The right answer and a wrong one, as a phone sends them, for each type. */
function answersFor(t: Truth, round: RoundView): { right: { optionIds: string[]; text?: string }; wrong: { optionIds: string[]; text?: string } } {
  const ids = t.shown.map((_, i) => `o${i}`);
  if (t.type === 'ordering') {
    const right = [...ids].sort((a, b) => t.shown[Number(a.slice(1))]!.position - t.shown[Number(b.slice(1))]!.position);
    return { right: { optionIds: right }, wrong: { optionIds: [...right].reverse() } };
  }
  if (t.type === 'matching') {
    const matchId = (text: string | null) => round.matches.find((m) => m.text === text)!.id;
    const right = t.shown.map((o) => matchId(o.match));
    return { right: { optionIds: right }, wrong: { optionIds: right.map(() => right[0]!) } };
  }
  if (t.type === 'typed') return { right: { optionIds: [], text: ` ${t.shown[0]!.text.toUpperCase()} ` }, wrong: { optionIds: [], text: '<b>Amazon Lex</b>' } };
  const right = ids.filter((_, i) => t.shown[i]!.correct);
  return { right: { optionIds: right }, wrong: { optionIds: [ids.find((_, i) => !t.shown[i]!.correct)!] } };
}

/** Whatever would tell a player the answer before the reveal. */
function secretsOf(t: Truth): string[] {
  const secrets = ['"correct"', 'correctOptionIds', '"accepted"', '"match"', JSON.stringify(t.explanation).slice(1, -1)];
  if (t.type === 'typed') secrets.push(JSON.stringify(t.shown[0]!.text));
  return secrets;
}

describe('every question type, played over sockets', () => {
  test('nothing gives an answer away before the reveal; the reveal, the store and the report carry each type', async () => {
    const { host, gameId, hostToken, code } = await server.hostCreates({ sections: ['Deployment and operations'], count: 9, shuffleOptions: true, hideTypedAnswers: false });
    const auth = { gameId, hostToken };
    const ada = await server.phoneJoins(code, 'Ada');
    const bo = await server.phoneJoins(code, 'Bo');
    const seen = [record(host), record(ada.phone), record(bo.phone)];
    const types = new Set<string>();

    for (let index = 0; index < 9; index++) {
      const from = seen.map((s) => s.length);
      const opened = [question(ada.phone, index), question(bo.phone, index)];
      if (index === 0) expect(await ask(host, 'host:start', auth)).toMatchObject({ ok: true });
      else expect(await ask(host, 'host:next', { ...auth, from: { phase: 'reveal', index: index - 1 } })).toMatchObject({ ok: true });
      const round = (await Promise.all(opened))[0]!.round;
      const t = await truth(gameId, index);
      types.add(t.type);
      expect(round.type).toBe(t.type);
      if (t.type === 'ordering') expect(round.options.map((o) => o.text)).not.toEqual([...t.shown].sort((a, b) => a.position - b.position).map((o) => o.text));
      if (t.type === 'typed') expect(round.options).toEqual([]);
      if (t.type === 'matching') expect(round.matches).toEqual(matchChoices({ type: 'matching', select: 1, options: t.shown.map((o) => ({ ...o, match: o.match })) }));

      server.clock.advance(1000);
      const { right, wrong } = answersFor(t, round);
      const adaAck = await ask(ada.phone, 'player:answer', { index, ...right });
      expect(adaAck).toEqual({ ok: true, data: { picked: right.optionIds, ...(right.text === undefined ? {} : { text: right.text.trim() }) } });
      const during = seen.flatMap((s, i) => s.slice(from[i])).map((p) => JSON.stringify(p)).concat(JSON.stringify(adaAck));
      for (const secret of secretsOf(t)) expect(during.filter((json) => json.includes(secret)), `${t.type}: ${secret}`).toEqual([]);

      const revealed = [reveal(ada.phone, index), reveal(bo.phone, index)];
      await ask(bo.phone, 'player:answer', { index, ...wrong }); // the last answer closes the round
      const [adaSees, boSees] = await Promise.all(revealed);
      expect([adaSees!.you.outcome, boSees!.you.outcome]).toEqual(['correct', 'incorrect']);
      const shown: RevealView = adaSees!.reveal;
      expect([shown.answered, shown.correctCount]).toEqual([2, 1]);
      if (t.type === 'typed') {
        expect(shown.accepted).toEqual([...t.shown].sort((a, b) => a.position - b.position).map((o) => o.text)); // the author's order
        expect(shown.distribution).toEqual({ '<b>Amazon Lex</b>': 1 });
        expect(boSees!.you.pickedText).toBe('<b>Amazon Lex</b>');
      } else if (t.type === 'ordering' || t.type === 'matching' || t.type === 'choice' || t.type === 'truefalse') {
        expect(t.type === 'ordering' || t.type === 'matching' ? shown.correctOptionIds : [...shown.correctOptionIds].sort()).toEqual(right.optionIds);
      }
      const stored = await db.answer.findMany({ where: { roundId: t.roundId }, orderBy: { correct: 'desc' } });
      expect(stored.map((a) => a.correct)).toEqual([true, false]);
      if (t.type === 'typed') expect(stored.map((a) => a.text)).toEqual([right.text!.trim(), '<b>Amazon Lex</b>']);
    }
    expect(types).toEqual(new Set(['choice', 'truefalse', 'ordering', 'matching', 'typed']));

    const report = (await gameReport(db, gameId))!;
    const caseStudies = report.questions.filter((q) => q.caseStudy).map((q) => q.caseStudy!.title);
    expect(caseStudies).toEqual(['Product review analysis', 'Product review analysis', 'Product review analysis']);
    const csv = answersCsv(report);
    const ordering = report.questions.find((q) => q.type === 'ordering')!;
    expect(csv).toContain(ordering.rightAnswer); // Ada's order, written "a > b > c"
    expect(ordering.rightAnswer).toMatch(/^Enable data capture on the endpoint > Create a baseline/);
    expect(csv).toContain('<b>Amazon Lex</b>');
    expect(report.questions.find((q) => q.type === 'typed')!.wrongTyped).toEqual([{ text: '<b>Amazon Lex</b>', count: 1 }]);
  });

  test('"hide typed answers" keeps what players typed off the reveal', async () => {
    const { host, gameId, hostToken, code } = await server.hostCreates({ sections: ['Deployment and operations'], count: 9, hideTypedAnswers: true });
    const auth = { gameId, hostToken };
    const ada = await server.phoneJoins(code, 'Ada');
    const hostSeen = record(host);
    const opened = question(ada.phone, 0);
    await ask(host, 'host:start', auth);
    await opened;
    // Bank order: round 2 is the first type-the-answer question.
    for (const index of [0, 1]) {
      const nextOpen = question(ada.phone, index + 1);
      await ask(host, 'host:next', { ...auth, from: { phase: 'question', index } });
      await ask(host, 'host:next', { ...auth, from: { phase: 'reveal', index } });
      await nextOpen;
    }
    expect((await truth(gameId, 2)).type).toBe('typed');
    const shown = reveal(ada.phone, 2);
    await ask(ada.phone, 'player:answer', { index: 2, optionIds: [], text: 'my secret guess' });
    const adaSees = await shown;
    expect(adaSees.reveal.distribution).toEqual({});
    expect(adaSees.you.pickedText).toBe('my secret guess'); // a player still sees their own
    expect(hostSeen.map((p) => JSON.stringify(p)).filter((json) => json.includes('my secret guess'))).toEqual([]);
  });
});

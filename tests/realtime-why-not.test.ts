// "Why not", per option, over the real realtime layer: a bank's note on a wrong
// option reaches only the phone that picked it, and only once the round closed;
// the host's reveal gets the note of the most-picked wrong option. On one node
// (each phone's reveal spliced whole) and as several nodes send it (the room's
// shared part broadcast, each phone's own part to it alone). After the game each
// player's review keeps the notes of their own wrong picks.
import { afterAll, describe, expect, test } from 'vitest';
import type { HostScreen, PlayerScreen } from '../common/protocol';
import { loadBankFile } from '../server/banks/load';
import { importBank } from '../server/banks/store/banks';
import { hashToken } from '../server/realtime/tokens';
import { playerReview } from '../server/store/results';
import { useTestDb } from './support/db';
import { ask, next, startRealtimeServer, type TestClient } from './support/realtime-server';

const db = useTestDb();
const { bank } = await loadBankFile('tests/fixtures/banks/md-option-notes.md');
const imported = await importBank(db, bank!, { origin: 'upload', fileName: 'md-option-notes.md' });

/** The notes of the fixture's first two questions, by option as shown (bank order: no shuffling). */
const NOTES = {
  q1: { o0: 'A confusion matrix shows one threshold at a time.', o1: "RMSE measures a **regression's** error, not a classifier's.\n\nIt has no threshold at all." },
  q2: { o1: 'POST creates a new resource each time.', o2: 'Repeating a PUT leaves the same state: this note is on a right option.', o3: 'A PATCH such as "add 1" changes the state again when repeated.' },
};
const ALL_NOTES = [...Object.values(NOTES.q1), ...Object.values(NOTES.q2)];

/** Every payload a socket receives, as the text it carried. */
function record(socket: TestClient): string[] {
  const seen: string[] = [];
  socket.onAny((_event: string, payload: unknown) => seen.push(JSON.stringify(payload)));
  return seen;
}

const notesIn = (seen: string[]) => ALL_NOTES.filter((note) => seen.some((text) => text.includes(JSON.stringify(note).slice(1, -1))));

describe.each([
  { nodes: 'one node', stockParser: false },
  { nodes: 'several nodes', stockParser: true },
])('why not, per option ($nodes)', ({ stockParser }) => {
  const started = startRealtimeServer(db, { stockParser });
  afterAll(async () => {
    for (const room of (await started).rooms.all()) await room.dispatch({ type: 'end' });
  });

  test("each phone gets the notes of the wrong options it picked, after the close; the host the most-picked one's", async () => {
    const server = await started;
    const { host, gameId, hostToken, code } = await server.hostCreates({ bankId: imported.id, count: 2 });
    const auth = { gameId, hostToken };
    const players = { Ada: await server.phoneJoins(code, 'Ada'), Bo: await server.phoneJoins(code, 'Bo'), Cy: await server.phoneJoins(code, 'Cy') };
    const seen = { host: record(host), Ada: record(players.Ada.phone), Bo: record(players.Bo.phone), Cy: record(players.Cy.phone) };
    const reveal = (name: keyof typeof players, index: number) =>
      next(players[name].phone, 'player:screen', (s) => s.screen === 'reveal' && s.round.index === index) as Promise<Extract<PlayerScreen, { screen: 'reveal' }>>;
    const hostReveal = (index: number) => next(host, 'host:screen', (s) => s.screen === 'reveal' && s.round.index === index) as Promise<Extract<HostScreen, { screen: 'reveal' }>>;
    const answer = async (name: keyof typeof players, index: number, optionIds: string[]) =>
      expect(await ask(players[name].phone, 'player:answer', { index, optionIds })).toMatchObject({ ok: true });

    // Question 1: Ada picks the confusion matrix, Bo RMSE (both noted, wrong), Cy the ROC curve (right).
    const opened = next(players.Cy.phone, 'player:screen', (s) => s.screen === 'question' && s.round.index === 0);
    expect(await ask(host, 'host:start', auth)).toMatchObject({ ok: true });
    await opened;
    await answer('Ada', 0, ['o0']);
    await answer('Bo', 0, ['o1']);
    for (const [who, payloads] of Object.entries(seen)) expect(notesIn(payloads), `${who}, round open`).toEqual([]);
    const reveals = [reveal('Ada', 0), reveal('Bo', 0), reveal('Cy', 0), hostReveal(0)] as const;
    await answer('Cy', 0, ['o2']);
    const [ada, bo, cy, onStage] = await Promise.all(reveals);
    expect(ada.you.whyNot).toEqual([{ optionId: 'o0', note: NOTES.q1.o0 }]);
    expect(bo.you.whyNot).toEqual([{ optionId: 'o1', note: NOTES.q1.o1 }]);
    expect(cy.you.whyNot).toEqual([]);
    // A tie of one pick each: the first shown.
    expect(onStage.commonMistake).toEqual({ optionId: 'o0', note: NOTES.q1.o0, picks: 1 });
    expect(notesIn(seen.Ada)).toEqual([NOTES.q1.o0]);
    expect(notesIn(seen.Bo)).toEqual([NOTES.q1.o1]);
    expect(notesIn(seen.Cy)).toEqual([]);

    // Question 2, select two: Ada picks POST and PATCH, Bo GET and PUT (right: PUT's note is no "why not"), Cy GET and POST.
    const second = next(players.Cy.phone, 'player:screen', (s) => s.screen === 'question' && s.round.index === 1);
    expect(await ask(host, 'host:next', { ...auth, from: { phase: 'reveal', index: 0 } })).toMatchObject({ ok: true });
    await second;
    await answer('Ada', 1, ['o1', 'o3']);
    await answer('Bo', 1, ['o0', 'o2']);
    for (const [who, payloads] of Object.entries(seen)) expect(notesIn(payloads).filter((note) => Object.values(NOTES.q2).includes(note)), `${who}, round 2 open`).toEqual([]);
    const reveals2 = [reveal('Ada', 1), reveal('Bo', 1), reveal('Cy', 1), hostReveal(1)] as const;
    await answer('Cy', 1, ['o0', 'o1']);
    const [ada2, bo2, cy2, onStage2] = await Promise.all(reveals2);
    expect(ada2.you.whyNot).toEqual([{ optionId: 'o1', note: NOTES.q2.o1 }, { optionId: 'o3', note: NOTES.q2.o3 }]);
    expect(bo2.you.whyNot).toEqual([]);
    expect(cy2.you.whyNot).toEqual([{ optionId: 'o1', note: NOTES.q2.o1 }]);
    expect(onStage2.commonMistake).toEqual({ optionId: 'o1', note: NOTES.q2.o1, picks: 2 });
    expect(notesIn(seen.Bo)).toEqual([NOTES.q1.o1]);
    expect(notesIn(seen.Cy)).toEqual([NOTES.q2.o1]);
    // The host sees only the common mistakes, never a note no one made the mistake of.
    expect(notesIn(seen.host)).toEqual([NOTES.q1.o0, NOTES.q2.o1]);

    // After the game, each player's review keeps the notes of their own wrong picks.
    const review = async (name: keyof typeof players) => {
      const result = await playerReview(db, gameId, hashToken(players[name].playerToken));
      return result.ok ? result.review.questions.map((q) => q.whyNot) : null;
    };
    const everyone = 'Accuracy alone hides the trade-off between the two error rates.'; // question 1's own why-not
    expect(await review('Ada')).toEqual([[everyone, NOTES.q1.o0], [NOTES.q2.o1, NOTES.q2.o3]]);
    expect(await review('Cy')).toEqual([[everyone], [NOTES.q2.o1]]);
  });
});

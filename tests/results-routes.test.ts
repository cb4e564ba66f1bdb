// The results route handlers on real rows: CSV downloads, a player's review, and games hosted from a browser.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { GET as answersCsv } from '../app/results/[gameId]/answers.csv/route';
import { GET as standingsCsv } from '../app/results/[gameId]/standings.csv/route';
import { POST as review } from '../app/api/games/[gameId]/review/route';
import { POST as hosted } from '../app/api/hosted/route';
import type { ParsedBank } from '../server/banks/types';
import { savedImageCache } from '../server/banks/image-route';
import { PreviewImages } from '../server/banks/preview-images';
import { setAppContext } from '../server/context';
import { hashToken } from '../server/realtime/tokens';
import type { Review } from '../server/results/review';
import type { HostedGame } from '../server/store/hosted-games';
import { importBank } from '../server/banks/store/banks';
import type { Db } from '../server/store/db';
import { playerReview } from '../server/store/results';
import { useTestDb } from './support/db';
import { startRealtimeServer } from './support/realtime-server';
import { scriptedGame } from './support/scripted-game';
import { parseBankOffThread } from '../server/banks/parse/off-thread';

const db = useTestDb();
const run = Date.now().toString(36);
const device = `routes-device-${run}`;

// Stems a spreadsheet must get back intact: commas, quotes, line breaks.
const STEMS = ['Which is right, "A" or "B"?\nPick one.', 'A plain question'];
const trickyBank: ParsedBank = {
  title: `Tricky CSV ${run}`,
  description: '',
  sections: ['Quoting, "escaping"'],
  questions: STEMS.map((stem, i) => ({
    type: 'choice',
    caseStudy: null,
    section: 'Quoting, "escaping"',
    stem,
    options: [
      { text: 'Yes, "really"', correct: true, authored: true },
      { text: 'No', correct: false, authored: true },
    ],
    select: 1,
    explanation: `Because ${i}.`,
    whyNot: [],
    links: [{ title: 'Docs', url: 'https://example.com/docs' }],
    line: i + 1,
  })),
};

/** The body as sent: Response.text() would drop the byte order mark. */
async function bytesAsText(response: Response): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

const params = (gameId: string) => ({ params: Promise.resolve({ gameId }) });
const post = (body: unknown) => new Request('http://test/api', { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });

let game: Awaited<ReturnType<typeof scriptedGame>>;
const phones: Awaited<ReturnType<typeof game.join>>[] = [];

beforeAll(async () => {
  setAppContext({ db, version: 'test', pingDatabase: async () => true, realtime: { listening: () => true, connectedClients: () => 0 }, parseUpload: parseBankOffThread, previewImages: new PreviewImages(), imageCache: savedImageCache(db, 0) });
  const bank = await importBank(db, trickyBank, { origin: 'cli', fileName: `tricky-${run}.md` });
  const server = await startRealtimeServer(db);
  game = await scriptedGame(server, db, { count: 2, bankId: bank.id, deviceId: device });
  for (const name of ['=cmd()', 'Ann', 'Ben']) phones.push(await game.join(name));
  const [evil, ann, ben] = phones as [typeof phones[0], typeof phones[0], typeof phones[0]];
  const q = [game.options(0), game.options(1)];
  await game.start();
  await game.answer(ann, 0, q[0]!.right, 4_000);
  await game.answer(ben, 0, q[0]!.wrong, 5_000);
  await game.answer(evil, 0, q[0]!.wrong, 6_000);
  await game.next('reveal', 0);
  await game.answer(ann, 1, q[1]!.right, 2_000); // Ben and "=cmd()" never answer
  await game.next('question', 1);
  await game.next('reveal', 1);
});

describe('CSV downloads', () => {
  test('answers: an attachment with a BOM, a header and one row per player per question, quoted so it reads back intact', async () => {
    const response = await answersCsv(new Request('http://test'), params(game.gameId));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="cramjam-\d{4}-\d{2}-\d{2}-room-\d{6}-answers\.csv"$/);
    const text = await bytesAsText(response);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);

    const [header, ...rows] = parse(text.slice(1));
    expect(header).toEqual(['Game id', 'Question number', 'Section', 'Question', 'Player', 'Picked', 'Correct', 'Confidence', 'Response time (ms)', 'Points']);
    expect(rows).toHaveLength(3 * 2);
    expect(rows.map((r) => r[3])).toEqual([STEMS[0], STEMS[0], STEMS[0], STEMS[1], STEMS[1], STEMS[1]]);
    expect(rows.every((r) => r[0] === game.gameId && r[2] === 'Quoting, "escaping"')).toBe(true);
    // Ann 900, then 950 + 100 for a streak of two; Ben and "=cmd()" tie on 0 and keep join order.
    // The game did not ask how sure: the confidence column (r[7]) is empty.
    expect(rows.map((r) => [r[1], r[4], r[5], r[6], r[7], r[8], r[9]])).toEqual([
      ['1', 'Ann', 'Yes, "really"', 'yes', '', '4000', '900'],
      ['1', "'=cmd()", 'No', 'no', '', '6000', '0'],
      ['1', 'Ben', 'No', 'no', '', '5000', '0'],
      ['2', 'Ann', 'Yes, "really"', 'yes', '', '2000', '1050'],
      ['2', "'=cmd()", '', 'no', '', '', '0'],
      ['2', 'Ben', '', 'no', '', '', '0'],
    ]);
  });

  test('standings: rank, player, score, correct answers, average response time', async () => {
    const response = await standingsCsv(new Request('http://test'), params(game.gameId));
    expect(response.headers.get('content-disposition')).toMatch(/standings\.csv"$/);
    expect(parse((await bytesAsText(response)).slice(1))).toEqual([
      ['Rank', 'Player', 'Score', 'Correct answers', 'Average response time (ms)'],
      ['1', 'Ann', '1950', '2', '3000'],
      ['2', "'=cmd()", '0', '0', '6000'],
      ['2', 'Ben', '0', '0', '5000'],
    ]);
  });

  test('an unknown or malformed game id is a 404', async () => {
    expect((await answersCsv(new Request('http://test'), params('no-such-game-000000'))).status).toBe(404);
    expect((await standingsCsv(new Request('http://test'), params('../etc'))).status).toBe(404);
  });
});

/** The database, noting each model call as "model.method", with the relations it selected. */
function recording(target: Db) {
  const calls: string[] = [];
  const db = new Proxy(target, {
    get(client, model) {
      const delegate: unknown = Reflect.get(client, model);
      if (typeof model !== 'string' || model.startsWith('$') || typeof delegate !== 'object' || delegate === null) return delegate;
      return new Proxy(delegate, {
        get(d, method) {
          const fn: unknown = Reflect.get(d, method);
          if (typeof fn !== 'function') return fn;
          return (...args: [{ select?: Record<string, unknown> }?]) => {
            const relations = Object.entries(args[0]?.select ?? {}).filter(([, v]) => typeof v === 'object').map(([k]) => k);
            calls.push(`${model}.${String(method)}${relations.length ? ` +${relations.join('+')}` : ''}`);
            return (fn as (...a: unknown[]) => unknown).apply(d, args);
          };
        },
      });
    },
  });
  return { db, calls };
}

describe("a player's review", () => {
  test('the token holder gets every played question with picks, right answers, points and explanations', async () => {
    const ben = phones[2]!;
    const response = await review(post({ playerToken: ben.me.playerToken }), params(game.gameId));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Review;
    expect(body).toMatchObject({ gameId: game.gameId, nickname: 'Ben', rank: 2, players: 3, score: 0, correctCount: 0, inProgress: false });
    expect(body.questions.map((q) => [q.number, q.outcome, q.points, q.responseMs])).toEqual([[1, 'incorrect', 0, 5_000], [2, 'missed', 0, null]]);
    expect(body.questions[0]!.options).toEqual([
      { id: expect.any(String), text: 'Yes, "really"', correct: true, picked: false },
      { id: expect.any(String), text: 'No', correct: false, picked: true },
    ]);
    expect(body.questions[1]).toMatchObject({ stem: STEMS[1], explanation: 'Because 1.', links: [{ title: 'Docs', url: 'https://example.com/docs' }] });
  });

  test('refuses a token from another game, a malformed body and an unknown game, with a message', async () => {
    const wrong = await review(post({ playerToken: 'x'.repeat(32) }), params(game.gameId));
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({ error: 'This browser did not play in this game.' });
    const malformed = await review(post('not json'), params(game.gameId));
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: string }).error).toMatch(/playerToken/);
    const unknown = await review(post({ playerToken: phones[0]!.me.playerToken }), params('no-such-game-000000'));
    expect(unknown.status).toBe(404);
  });

  test('checks the token before reading the game: a stranger or a removed player costs one or two small reads', async () => {
    const stranger = recording(db);
    expect(await playerReview(stranger.db, game.gameId, hashToken('y'.repeat(32)))).toEqual({ ok: false, reason: 'not_a_player' });
    expect(stranger.calls).toEqual(['player.findUnique', 'game.findUnique']);

    const elsewhere = recording(db);
    expect(await playerReview(elsewhere.db, 'no-such-game-000000', hashToken(phones[1]!.me.playerToken))).toEqual({ ok: false, reason: 'no_game' });
    expect(elsewhere.calls).toEqual(['player.findUnique', 'game.findUnique']);

    const server = await startRealtimeServer(db);
    const other = await scriptedGame(server, db, { count: 1 });
    const [gil] = [await other.join('Gil'), await other.join('Hal')];
    await other.kick(gil!);
    const removed = recording(db);
    expect(await playerReview(removed.db, other.gameId, hashToken(gil!.me.playerToken))).toEqual({ ok: false, reason: 'removed' });
    expect(removed.calls).toEqual(['player.findUnique']);

    const ann = recording(db);
    expect(await playerReview(ann.db, game.gameId, hashToken(phones[1]!.me.playerToken))).toMatchObject({ ok: true, review: { nickname: 'Ann' } });
    expect(ann.calls).toEqual(['player.findUnique', 'game.findUnique +bank+rounds+players', 'answer.findMany']);
  });

  test('a player the host removed has nothing to review', async () => {
    const server = await startRealtimeServer(db);
    const other = await scriptedGame(server, db, { count: 1 });
    const [eve] = [await other.join('Eve'), await other.join('Fay')];
    await other.kick(eve!);
    const response = await review(post({ playerToken: eve!.me.playerToken }), params(other.gameId));
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: string }).error).toMatch(/removed you/);
  });
});

describe('games hosted from this browser', () => {
  test('lists them newest first with players, winner and whether they ended', async () => {
    const server = await startRealtimeServer(db);
    const running = await scriptedGame(server, db, { count: 2, deviceId: device });
    await running.join('Gus');
    await running.start();

    const response = await hosted(post({ deviceId: device }));
    expect(response.status).toBe(200);
    const { games } = (await response.json()) as { games: HostedGame[] };
    expect(games.map((g) => [g.id, g.ended, g.players, g.questionsPlayed, g.winners])).toEqual([
      [running.gameId, false, 1, 0, []],
      [game.gameId, true, 3, 2, ['Ann']],
    ]);
    expect(games[1]).toMatchObject({ bankTitle: trickyBank.title, status: 'ended' });
    expect(Date.parse(games[0]!.playedAt)).toBeGreaterThanOrEqual(Date.parse(games[1]!.playedAt));
  });

  test('another browser sees none of them; a missing device id is a 400', async () => {
    const other = await hosted(post({ deviceId: `someone-else-${run}` }));
    expect(await other.json()).toEqual({ games: [] });
    expect((await hosted(post({}))).status).toBe(400);
  });
});

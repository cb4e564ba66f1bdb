// Uploads are read in a child process: a child that is killed mid-parse, or runs
// out of memory, is a 422 with a message for that upload alone, and a live
// game's answers go on being acknowledged. (In a worker thread, a heap abort
// ended the whole server, every game with it.) No timing is asserted.
import { expect, test } from 'vitest';
import { previewUploadRequest, type UploadRefusal } from '../server/banks/upload';
import { PreviewImages } from '../server/banks/preview-images';
import { parseBankOffThread, type ParseJob } from '../server/banks/parse/off-thread';
import { useTestDb } from './support/db';
import { linkMarkdown } from './support/hostile-files';
import { ask, next, startRealtimeServer } from './support/realtime-server';

const db = useTestDb();

/** 5,000 questions: seconds of reading in the child, after its start. */
const BIG_BANK = Array.from({ length: 5000 }, (_, i) => `${i + 1}. Which service handles workload ${i} best?\n\n    *Service ${i % 997} handles it, because it scales.*\n`).join('\n');

function upload(name: string, content: string | Uint8Array<ArrayBuffer>): Request {
  const form = new FormData();
  form.set('file', new File([content], name, { type: 'text/markdown' }));
  return new Request('http://localhost/api/banks/preview', { method: 'POST', body: form });
}

/** A game in its first round with 10 phones; `answer(i)` sends phone i's answer and resolves with the ack. */
async function liveGame() {
  const server = await startRealtimeServer(db);
  const { host, gameId, hostToken, code } = await server.hostCreates({ count: 2, secondsPerQuestion: 60 });
  const phones = await Promise.all(Array.from({ length: 10 }, (_, i) => server.phoneJoins(code, `Phone ${i}`)));
  const opened = Promise.all(phones.map((p) => next(p.phone, 'player:screen', (s) => s.screen === 'question')));
  await ask(host, 'host:start', { gameId, hostToken });
  const [screen] = await opened;
  if (screen?.screen !== 'question') throw new Error('expected a question');
  return (i: number) => ask(phones[i]!.phone, 'player:answer', { index: 0, optionIds: [screen.round.options[i % 4]!.id] });
}

const firstMessage = (body: unknown) => (body as UploadRefusal).errors[0]?.message;

test('a parse child killed mid-parse is a 422 for its upload, and the game keeps acknowledging answers', async () => {
  const answer = await liveGame();
  let started!: (pid: number) => void;
  const child = new Promise<number>((resolve) => (started = resolve));
  const parse = (job: ParseJob) => parseBankOffThread(job, { onChild: started });
  const reply = previewUploadRequest(upload('big.md', BIG_BANK), parse, new PreviewImages());

  const pid = await child;
  const before = await Promise.all([0, 1, 2, 3, 4].map(answer));
  await new Promise((resolve) => setTimeout(resolve, 1000)); // into its start or its reading of the 5,000 questions
  process.kill(pid, 'SIGKILL');
  const refused = await reply;
  const after = await Promise.all([5, 6, 7, 8, 9].map(answer));

  expect(refused.status).toBe(422);
  expect(firstMessage(refused.body)).toBe('the reader stopped unexpectedly (SIGKILL), so this file was not read; try again, or split it into smaller files');
  expect([...before, ...after].map((ack) => ack.ok)).toEqual(Array(10).fill(true));
}, 120_000);

test('a parse child that runs out of memory is a 422 for its upload, not an abort, and the game goes on', async () => {
  const answer = await liveGame();
  const parse = (job: ParseJob) => parseBankOffThread(job, { memoryMb: 64 });
  const reply = previewUploadRequest(upload('links.md', linkMarkdown()), parse, new PreviewImages());
  const during = await Promise.all([0, 1, 2, 3, 4].map(answer));
  const refused = await reply;
  const after = await Promise.all([5, 6, 7, 8, 9].map(answer));

  expect(refused.status).toBe(422);
  expect(firstMessage(refused.body)).toBe('reading this file needed over 64 MB of memory, so it was stopped; split it into smaller files');
  expect([...during, ...after].map((ack) => ack.ok)).toEqual(Array(10).fill(true));
}, 120_000);

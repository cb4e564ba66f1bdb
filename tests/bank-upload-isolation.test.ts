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
import { generatedBank, liveGame, previewRequest } from './support/live-upload';

const db = useTestDb();

/** 5,000 questions: seconds of reading in the child, after its start. */
const BIG_BANK = generatedBank(5000);

const firstMessage = (body: unknown) => (body as UploadRefusal).errors[0]?.message;

test('a parse child killed mid-parse is a 422 for its upload, and the game keeps acknowledging answers', async () => {
  const answer = await liveGame(db);
  let started!: (pid: number) => void;
  const child = new Promise<number>((resolve) => (started = resolve));
  const parse = (job: ParseJob) => parseBankOffThread(job, { onChild: started });
  const reply = previewUploadRequest(previewRequest('big.md', BIG_BANK), parse, new PreviewImages());

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
  const answer = await liveGame(db);
  const parse = (job: ParseJob) => parseBankOffThread(job, { memoryMb: 64 });
  const reply = previewUploadRequest(previewRequest('links.md', linkMarkdown()), parse, new PreviewImages());
  const during = await Promise.all([0, 1, 2, 3, 4].map(answer));
  const refused = await reply;
  const after = await Promise.all([5, 6, 7, 8, 9].map(answer));

  expect(refused.status).toBe(422);
  expect(firstMessage(refused.body)).toBe('reading this file needed over 64 MB of memory, so it was stopped; split it into smaller files');
  expect([...during, ...after].map((ack) => ack.ok)).toEqual(Array(10).fill(true));
}, 120_000);

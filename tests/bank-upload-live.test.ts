// A big upload is read in a child process: while it parses, a live game's
// answers are acknowledged as usual, long before the upload's reply. (Parsed on
// the event loop, every ack would wait for the whole parse.) No timing is asserted:
// the order of events is. `npm run bench:parse` prints the event loop's delay.
import { expect, test } from 'vitest';
import { previewUploadRequest, type PreviewBody } from '../server/banks/upload';
import { PreviewImages } from '../server/banks/preview-images';
import { parseBankOffThread } from '../server/banks/parse/off-thread';
import { useTestDb } from './support/db';
import { generatedBank, liveGame, previewRequest } from './support/live-upload';

const db = useTestDb();

/** 2,000 questions with generated options: a second or more of parsing, plus the child's start. */
const BIG_BANK = generatedBank(2000);

test("a live game's answers are acknowledged while a 2,000-question upload is being parsed", async () => {
  const answer = await liveGame(db);

  let uploadDone = false;
  const preview = previewUploadRequest(previewRequest('big.md', BIG_BANK), parseBankOffThread, new PreviewImages()).then((reply) => {
    uploadDone = true;
    return reply;
  });
  // Let the request be read and handed to the child before the phones answer.
  await new Promise((resolve) => setTimeout(resolve, 50));

  const acks = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(answer));
  const answeredBeforeUploadDone = !uploadDone;
  expect(acks.every((ack) => ack.ok)).toBe(true);
  expect(answeredBeforeUploadDone).toBe(true);

  const reply = await preview;
  expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(200);
  expect((reply.body as PreviewBody).bank.questions).toHaveLength(2000);
}, 120_000);

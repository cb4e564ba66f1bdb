// A big upload is read in a child process: while it parses, a live game's
// answers are acknowledged as usual, long before the upload's reply. (Parsed on
// the event loop, every ack would wait for the whole parse.) No timing is asserted:
// the order of events is. `npm run bench:parse` prints the event loop's delay.
import { expect, test } from 'vitest';
import { previewUploadRequest, type PreviewBody } from '../server/banks/upload';
import { PreviewImages } from '../server/banks/preview-images';
import { parseBankOffThread } from '../server/banks/parse/off-thread';
import { useTestDb } from './support/db';
import { ask, next, startRealtimeServer } from './support/realtime-server';

const db = useTestDb();

/** 2,000 questions with generated options: a second or more of parsing, plus the child's start. */
const BIG_BANK = Array.from({ length: 2000 }, (_, i) => `${i + 1}. Which service handles workload ${i} best?\n\n    *Service ${i % 997} handles it, because it scales.*\n`).join('\n');

function upload(name: string, text: string): Request {
  const form = new FormData();
  form.set('file', new File([text], name, { type: 'text/markdown' }));
  return new Request('http://localhost/api/banks/preview', { method: 'POST', body: form });
}

test("a live game's answers are acknowledged while a 2,000-question upload is being parsed", async () => {
  const server = await startRealtimeServer(db);
  const { host, gameId, hostToken, code } = await server.hostCreates({ count: 2, secondsPerQuestion: 60 });
  const phones = await Promise.all(Array.from({ length: 10 }, (_, i) => server.phoneJoins(code, `Phone ${i}`)));
  const opened = Promise.all(phones.map((p) => next(p.phone, 'player:screen', (s) => s.screen === 'question')));
  await ask(host, 'host:start', { gameId, hostToken });
  const [screen] = await opened;
  if (screen?.screen !== 'question') throw new Error('expected a question');

  let uploadDone = false;
  const preview = previewUploadRequest(upload('big.md', BIG_BANK), parseBankOffThread, new PreviewImages()).then((reply) => {
    uploadDone = true;
    return reply;
  });
  // Let the request be read and handed to the child before the phones answer.
  await new Promise((resolve) => setTimeout(resolve, 50));

  const acks = await Promise.all(phones.map((p, i) => ask(p.phone, 'player:answer', { index: 0, optionIds: [screen.round.options[i % 4]!.id] })));
  const answeredBeforeUploadDone = !uploadDone;
  expect(acks.every((ack) => ack.ok)).toBe(true);
  expect(answeredBeforeUploadDone).toBe(true);

  const reply = await preview;
  expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(200);
  expect((reply.body as PreviewBody).bank.questions).toHaveLength(2000);
}, 120_000);

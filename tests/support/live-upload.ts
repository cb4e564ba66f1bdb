// For the tests that upload a bank while a game is being played
// (bank-upload-live.test.ts, bank-upload-isolation.test.ts).
import type { Db } from '../../server/store/db';
import { ask, next, startRealtimeServer } from './realtime-server';

/** `count` questions with generated options: seconds of reading for a few thousand. */
export const generatedBank = (count: number) =>
  Array.from({ length: count }, (_, i) => `${i + 1}. Which service handles workload ${i} best?\n\n    *Service ${i % 997} handles it, because it scales.*\n`).join('\n');

/** POST /api/banks/preview with `content` as the uploaded file. */
export function previewRequest(name: string, content: string | Uint8Array<ArrayBuffer>): Request {
  const form = new FormData();
  form.set('file', new File([content], name, { type: 'text/markdown' }));
  return new Request('http://localhost/api/banks/preview', { method: 'POST', body: form });
}

/** A game in its first round with 10 phones; `answer(i)` sends phone i's answer and resolves with the ack. */
export async function liveGame(db: Db) {
  const server = await startRealtimeServer(db);
  const { host, gameId, hostToken, code } = await server.hostCreates({ count: 2, secondsPerQuestion: 60 });
  const phones = await Promise.all(Array.from({ length: 10 }, (_, i) => server.phoneJoins(code, `Phone ${i}`)));
  const opened = Promise.all(phones.map((p) => next(p.phone, 'player:screen', (s) => s.screen === 'question')));
  await ask(host, 'host:start', { gameId, hostToken });
  const [screen] = await opened;
  if (screen?.screen !== 'question') throw new Error('expected a question');
  return (i: number) => ask(phones[i]!.phone, 'player:answer', { index: 0, optionIds: [screen.round.options[i % 4]!.id] });
}

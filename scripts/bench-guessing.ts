/**
 * Room-code guessing against the real server with its rate limits on.
 *
 *   npm run bench:guessing -- [--seconds 20] [--sockets 4] [--rooms 5]
 *
 * Builds if stale, starts the server (a scratch database on DATABASE_URL's
 * server, else the embedded one in .data/bench), opens --rooms lobbies, then
 * --sockets connections from one address send room:check with codes no room
 * has, as fast as their acks come back, for --seconds. Prints how many guesses
 * the server looked up per second (the rest were told to wait), and the time to
 * find a live code at that pace: a million codes, --rooms of them live.
 */
import { parseArgs } from 'node:util';
import { benchDatabase, embeddedDatabaseUrl, findShippedBank } from './bench/database';
import { ask, connectSocket, openSocket, type ClientSocket } from './bench/clients';
import { buildIfStale, ROOT, startServer } from './bench/server';
import path from 'node:path';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '20' }, sockets: { type: 'string', default: '4' }, rooms: { type: 'string', default: '5' } },
});
const SECONDS = Number(values.seconds);
const SOCKETS = Number(values.sockets);
const ROOMS = Number(values.rooms);
const DATA_DIR = '.data/bench';

buildIfStale();
const scratch = process.env.DATABASE_URL ? await benchDatabase(process.env.DATABASE_URL) : null;
const server = await startServer({ env: { CRAMJAM_RATE_LIMITS: 'on', ...(scratch ? { DATABASE_URL: scratch.url } : { CRAMJAM_DATA_DIR: DATA_DIR }) }, profileDir: null });
const sockets: ClientSocket[] = [];
const connect = async (): Promise<ClientSocket> => {
  const socket = openSocket(server.url);
  sockets.push(socket);
  await connectSocket(socket);
  return socket;
};
try {
  const bank = await findShippedBank(scratch ? scratch.url : embeddedDatabaseUrl(path.join(ROOT, DATA_DIR)));
  const live = new Set<string>();
  for (let i = 0; i < ROOMS; i++) {
    const created = await ask(await connect(), 'host:create', {
      bankId: bank.id, sections: [], count: 1, secondsPerQuestion: 20, shuffleQuestions: false, shuffleOptions: false,
      showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: `bench-guessing-${i}`,
    }, 30_000);
    if (!created.ok) throw new Error(`host:create: ${created.error}`);
    live.add(created.data.code);
  }
  const counts = { lookedUp: 0, waited: 0, other: 0 };
  let next = 0;
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: SOCKETS }, async () => {
      const socket = await connect();
      while (performance.now() < deadline) {
        let code: string;
        do code = String(next++ % 1_000_000).padStart(6, '0');
        while (live.has(code));
        const reply = await ask(socket, 'room:check', { code }, 10_000);
        if (!reply.ok && reply.code === 'not_found') counts.lookedUp += 1;
        else if (!reply.ok && reply.code === 'rate_limited') counts.waited += 1;
        else counts.other += 1;
      }
    }),
  );
  const sent = counts.lookedUp + counts.waited + counts.other;
  const steady = counts.lookedUp / SECONDS;
  // Expected guesses to hit one of ROOMS live codes among a million, drawing without repeats: (N+1)/(k+1).
  const guesses = (1_000_000 + 1) / (ROOMS + 1);
  const days = guesses / (10 / 60) / 86_400; // at the steady allowance of 10 a minute per address
  console.log(`\nroom-code guessing from one address, ${SOCKETS} sockets, ${SECONDS} s, ${ROOMS} live rooms\n`);
  console.log(`sent                  ${sent} (${(sent / SECONDS).toFixed(0)}/s)`);
  console.log(`looked up             ${counts.lookedUp} (${steady.toFixed(2)}/s over the run: the first 10 are a burst, then 10 a minute)`);
  console.log(`told to wait          ${counts.waited}`);
  console.log(`other replies         ${counts.other}`);
  console.log(`time to find a code   ${guesses.toFixed(0)} guesses expected at 10 a minute: ${days.toFixed(1)} days from one address`);
} finally {
  for (const socket of sockets) socket.disconnect();
  await server.stop();
  await scratch?.drop();
}

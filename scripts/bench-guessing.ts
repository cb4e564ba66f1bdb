/**
 * Room-code guessing against the real server with its rate limits on.
 *
 *   npm run bench:guessing -- [--seconds 20] [--sockets 4] [--rooms 5] [--live 50]
 *
 * Builds if stale, starts the server (a scratch database on DATABASE_URL's
 * server, else the embedded one in .data/bench), opens --rooms lobbies, then
 * --sockets connections from one address send room:check with codes no room
 * has, as fast as their acks come back, for --seconds. Prints how many guesses
 * the server looked up (the rest were told to wait), and the expected time to
 * find a live code with --live of them live, from the limiter's settings
 * (server/limits/guessing.ts), for 6- and 8-digit codes, from one address and
 * from 256 (in one /24, and in 256 different /24s).
 */
import { parseArgs } from 'node:util';
import { benchDatabase, embeddedDatabaseUrl, findShippedBank } from './bench/database';
import { ask, connectSocket, openSocket, type ClientSocket } from './bench/clients';
import { buildIfStale, ROOT, startServer } from './bench/server';
import { table } from './bench/stats';
import path from 'node:path';
import { guessingOdds } from '../server/limits/guessing';
import { RATE_LIMITS } from '../server/realtime/rate-limit';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '20' }, sockets: { type: 'string', default: '4' }, rooms: { type: 'string', default: '5' }, live: { type: 'string', default: '50' } },
});
const SECONDS = Number(values.seconds);
const SOCKETS = Number(values.sockets);
const ROOMS = Number(values.rooms);
const LIVE = Number(values.live);
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
  const { burst, refillMs } = RATE_LIMITS.wrongCodes;
  console.log(`\nroom-code guessing from one address, ${SOCKETS} sockets, ${SECONDS} s, ${ROOMS} live rooms\n`);
  console.log(`sent                  ${sent} (${(sent / SECONDS).toFixed(0)}/s)`);
  console.log(`looked up             ${counts.lookedUp} (a burst of ${burst}, then ${(burst * 3_600_000) / refillMs} an hour)`);
  console.log(`told to wait          ${counts.waited}`);
  console.log(`other replies         ${counts.other}`);
  const layouts = { '1 address': [1], '256 addresses in one /24': [256], '256 addresses in 256 /24s': Array<number>(256).fill(1) };
  const rows = [6, 8].flatMap((digits) =>
    Object.entries(layouts).map(([who, addressesPerBlock]) => {
      const odds = guessingOdds({ codes: 10 ** digits, liveRooms: LIVE, perAddress: RATE_LIMITS.wrongCodes, perBlock: RATE_LIMITS.wrongCodesPerBlock, addressesPerBlock });
      const time = odds.expectedHours >= 48 ? `${(odds.expectedHours / 24).toFixed(1)} days` : `${odds.expectedHours.toFixed(1)} hours`;
      return [`${digits} digits, ${who}`, String(odds.burst), String(odds.perHour), `${(odds.foundInBurst * 100).toFixed(2)} %`, time];
    }),
  );
  console.log(`\ntime to find one of ${LIVE} live codes (one node; n nodes allow n times the guesses)\n`);
  console.log(table(['guesser', 'burst', 'then /hour', 'found at once', 'expected time'], rows));
} finally {
  for (const socket of sockets) socket.disconnect();
  await server.stop();
  await scratch?.drop();
}

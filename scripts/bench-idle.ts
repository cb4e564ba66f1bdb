/**
 * Memory of idle rooms and idle players, measured in the real server process.
 *
 *   npm run bench:idle -- [--rooms 200] [--players 1000] [--settle 125]
 *
 * Builds if stale and starts the server (rate limits off, a scratch database on
 * DATABASE_URL's server, else the embedded one in .data/bench) with a probe that
 * collects garbage and reports the heap on request. After a warm-up (one-off
 * costs), opens --rooms lobbies (each with its host's socket connected, every
 * question of the shipped bank planned), then joins --players phones to one more
 * lobby, and prints the heap each added, per idle room and per idle connected
 * player. Each reading waits --settle seconds (default 125) first: Socket.IO
 * keeps every broadcast for 2 minutes to replay after a drop, which is memory of
 * a busy room, not an idle one. Heap, not RSS: V8 keeps freed pages. About 8
 * minutes with the defaults.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { benchDatabase, embeddedDatabaseUrl, findShippedBank } from './bench/database';
import { checkFileLimit } from './bench/limits';
import { ask, connectSocket, openSocket, type ClientSocket } from './bench/clients';
import { buildIfStale, ROOT, startServer } from './bench/server';
import { table } from './bench/stats';

const { values } = parseArgs({
  options: { rooms: { type: 'string', default: '200' }, players: { type: 'string', default: '1000' }, settle: { type: 'string', default: '125' } },
});
const ROOMS = Number(values.rooms);
const PLAYERS = Number(values.players);
/** Socket.IO keeps each broadcast for 2 minutes to replay after a drop (connection state recovery): wait that out. */
const SETTLE_MS = Number(values.settle) * 1000;
const DATA_DIR = '.data/bench';
checkFileLimit(ROOMS + PLAYERS);

interface Heap {
  heapUsed: number;
  rss: number;
  external: number;
}

buildIfStale();
const scratch = process.env.DATABASE_URL ? await benchDatabase(process.env.DATABASE_URL) : null;
const server = await startServer({
  env: scratch ? { DATABASE_URL: scratch.url } : { CRAMJAM_DATA_DIR: DATA_DIR },
  profileDir: null,
  nodeArgs: ['--expose-gc', '--import', './scripts/bench/heap-probe.mjs'],
  ipc: true,
});
const sockets: ClientSocket[] = [];
try {
  const bank = await findShippedBank(scratch ? scratch.url : embeddedDatabaseUrl(path.join(ROOT, DATA_DIR)));
  const heap = (): Promise<Heap> =>
    new Promise((resolve) => {
      server.child.once('message', (m) => resolve(m as Heap));
      server.child.send('heap');
    });
  const connect = async (): Promise<ClientSocket> => {
    const socket = openSocket(server.url);
    sockets.push(socket);
    await connectSocket(socket);
    return socket;
  };
  const openLobby = async (i: number) => {
    const host = await connect();
    const created = await ask(host, 'host:create', {
      bankId: bank.id, sections: [], count: null, secondsPerQuestion: null, shuffleQuestions: true, shuffleOptions: true,
      showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: `bench-idle-host-${i}`,
    }, 30_000);
    if (!created.ok) throw new Error(`host:create: ${created.error}`);
    return created.data;
  };

  const settled = async () => {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return heap();
  };
  const join = async (code: string, i: number) => {
    const phone = await connect();
    const joined = await ask(phone, 'player:join', { code, nickname: `Idle ${i}` }, 30_000);
    if (!joined.ok) throw new Error(`player:join: ${joined.error}`);
  };
  // Warm-up: code compiled and optimised, pools and caches filled, costs paid once and not per item.
  const warm = await openLobby(-1);
  for (let i = 0; i < 20; i++) await openLobby(-2 - i);
  for (let i = 0; i < 50; i++) await join(warm.code, -1 - i);
  const before = await settled();
  for (let i = 0; i < ROOMS; i++) await openLobby(i);
  const withRooms = await settled();
  const { code } = await openLobby(ROOMS);
  const beforePlayers = await heap();
  for (let i = 0; i < PLAYERS; i++) await join(code, i);
  const withPlayers = await settled();
  const [rooms, players] = [ROOMS, PLAYERS];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`\nidle memory, server pid ${server.pid}, bank ${bank.sourceName} (${bank.questions} questions planned per room)\n`);
  console.log(table(['what', 'n', 'heap added', 'per item', 'RSS added'], [
    ['idle room (lobby, host connected)', String(rooms), kb(withRooms.heapUsed - before.heapUsed), kb((withRooms.heapUsed - before.heapUsed) / rooms), kb(withRooms.rss - before.rss)],
    ['idle player (in a lobby, connected)', String(players), kb(withPlayers.heapUsed - beforePlayers.heapUsed), kb((withPlayers.heapUsed - beforePlayers.heapUsed) / players), kb(withPlayers.rss - beforePlayers.rss)],
  ]));
  console.log('\ngoal: at most 100 KB per idle room');
} finally {
  for (const socket of sockets) socket.disconnect();
  await server.stop();
  await scratch?.drop();
}

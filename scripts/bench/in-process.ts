import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { Server } from 'socket.io';
import { monotonicClock } from '../../server/game/clock';
import type { GameServer } from '../../server/realtime/game-room';
import { attachRealtime } from '../../server/realtime/handlers';
import type { RateLimitSettings } from '../../server/realtime/rate-limit';
import type { Db } from '../../server/store/db';
import { connectSocket, openSocket, type ClientSocket } from './clients';

/**
 * The realtime layer on a free port of this process, without Next.js (no build
 * needed), for the benches that watch this process's own memory and event loop:
 * `connect()` opens a client socket, `close()` ends every socket and room.
 */
export async function startInProcessRealtime(db: Db, limits: RateLimitSettings | null) {
  const http = createServer();
  const io: GameServer = new Server(http);
  const rooms = attachRealtime(io, { db, clock: monotonicClock, log: pino({ level: 'warn' }), lanOrigin: null }, { limits });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const sockets: ClientSocket[] = [];
  return {
    async connect(): Promise<ClientSocket> {
      const socket = openSocket(url);
      sockets.push(socket);
      await connectSocket(socket);
      return socket;
    },
    async close(): Promise<void> {
      for (const socket of sockets) socket.disconnect();
      for (const room of rooms.all()) rooms.remove(room);
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}

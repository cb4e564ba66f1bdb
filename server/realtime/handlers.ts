import type { RoomDeps, GameServer } from './game-room';
import { clientAddress } from '../limits/client-address';
import type { RoomCodeDigits } from '../../common/room-code';
import { Connection, type GameSocket, type Realtime } from './connection';
import { capConnectionsPerAddress } from './connection-cap';
import { issueDeviceCookies } from './device-cookie';
import { serveTable } from './event-table';
import { guestEvents } from './guest-events';
import { hostEvents } from './host-events';
import { keepLifetimes } from './lifetimes';
import { playerEvents } from './player-events';
import { MAX_CONNECTIONS_PER_ADDRESS, RateLimits, type RateLimitSettings } from './rate-limit';
import { Rooms } from './rooms';

export interface RealtimeOptions {
  /** null: no rate limits (tests and benches whose clients all share one address) */
  limits?: RateLimitSettings | null;
  /** how many proxies in front of us to trust for X-Forwarded-For (see limits/client-address.ts) */
  trustedProxies?: number;
  /** open connections one address may hold, with limits on (default MAX_CONNECTIONS_PER_ADDRESS) */
  connectionsPerAddress?: number;
  /** digits of new room codes (default 6); codes of every allowed length are accepted */
  codeDigits?: RoomCodeDigits;
  /**
   * several nodes: takes the connections and serves each event on the game's owner
   * (server/cluster/router.ts), asking `mayGuess` before it looks up whose a room code is
   */
  route?: (serve: (socket: GameSocket) => void, mayGuess: (socket: GameSocket) => void) => void;
}

/**
 * The realtime boundary: every connection is served the events of each role's
 * table (guests, hosts, players), each rate-limited, validated (zod),
 * authorized, run through the game room, and answered with an ack the client
 * can show (event-table.ts). With several nodes, `options.route` takes the
 * connections instead.
 */
export function attachRealtime(io: GameServer, deps: Omit<RoomDeps, 'io'>, options: RealtimeOptions = {}): Rooms {
  const rooms = new Rooms();
  const limits = options.limits === null ? null : new RateLimits(options.limits, deps.clock);
  const addressOf = ({ handshake }: GameSocket) => clientAddress(handshake.address, handshake.headers['x-forwarded-for'], options.trustedProxies ?? 0);
  keepLifetimes(rooms, deps.clock, deps.log);
  issueDeviceCookies(io);
  if (limits) capConnectionsPerAddress(io, options.connectionsPerAddress ?? MAX_CONNECTIONS_PER_ADDRESS, (peer, forwardedFor) => clientAddress(peer, forwardedFor, options.trustedProxies ?? 0));

  const realtime: Realtime = { rooms, roomDeps: { ...deps, io }, limits, codeDigits: options.codeDigits ?? 6, log: deps.log };
  const serve = (socket: GameSocket) => {
    const connection = new Connection(socket, realtime, addressOf(socket));
    for (const table of [guestEvents, hostEvents, playerEvents]) serveTable(connection, table);
    socket.on('disconnect', () => connection.closed());
  };
  if (options.route) options.route(serve, (socket) => limits?.mayGuess(addressOf(socket)));
  else io.on('connection', serve);

  return rooms;
}

import type { GameServer } from './game-room';

/** What a transport connection tells about its client (an engine.io socket). */
interface Connection {
  remoteAddress: string;
  request: { headers: { 'x-forwarded-for'?: string | string[] } };
  once(event: 'close', listener: () => void): void;
}

/**
 * At most `cap` open connections per address. Counted per transport connection,
 * whether or not it went on to open the game's namespace, and refused when it
 * does, with a message (a connection that never does is closed by Socket.IO
 * after its connect timeout). A classroom of 200 phones with a few tabs each and
 * its host stay far below the default 1,000.
 */
export function capConnectionsPerAddress(io: GameServer, cap: number, addressOf: (peer: string, forwardedFor: string | string[] | undefined) => string): void {
  const open = new Map<string, number>();
  io.engine.on('connection', (connection: Connection) => {
    const address = addressOf(connection.remoteAddress, connection.request.headers['x-forwarded-for']);
    open.set(address, (open.get(address) ?? 0) + 1);
    connection.once('close', () => {
      const left = open.get(address)! - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
  io.use((socket, next) => {
    const address = addressOf(socket.handshake.address, socket.handshake.headers['x-forwarded-for']);
    if ((open.get(address) ?? 0) <= cap) return next();
    next(new Error(`Too many connections from your network (${cap.toLocaleString('en')} are open): close some tabs and try again.`));
  });
}

import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { GameSocket } from './connection';

/** What a phone is told for a command the process will not take (it is starting or stopping); the phone shows it. */
export const RESTARTING = { ok: false, code: 'restarting', error: 'The server is restarting; try again in a moment.' } as const;

type AllowRequest = (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => void;

/**
 * Whether this process takes new work. Shut until the node is ready (its port
 * bound first, then its games restored or its place in the cluster taken), and
 * shut again from SIGTERM on, while the commands already queued are stored and
 * acknowledged: meanwhile a page or a new socket gets 503 or a refused
 * handshake (browsers and phones try again), and an event on an open socket
 * gets RESTARTING as its ack.
 */
export class Gate {
  private isOpen = false;
  private handler: RequestListener | undefined;

  get open(): boolean {
    return this.isOpen;
  }

  /** Ready: everything this process serves is in place, pages by `handler`. */
  openUp(handler: RequestListener): void {
    this.handler = handler;
    this.isOpen = true;
  }

  /** Stopping: nothing new from now on. */
  shut(): void {
    this.isOpen = false;
  }

  /** The HTTP server's listener: the handler given to openUp while open, 503 otherwise. */
  readonly requests = (req: IncomingMessage, res: ServerResponse): void => {
    if (this.isOpen && this.handler) return void this.handler(req, res);
    res.statusCode = 503;
    res.setHeader('retry-after', '1');
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(JSON.stringify({ error: RESTARTING.error }));
  };

  /** Socket.IO's allowRequest, behind the gate. */
  allowRequest(next: AllowRequest): AllowRequest {
    return (req, callback) => (this.isOpen ? next(req, callback) : callback(RESTARTING.error, false));
  }

  /** One node: answers every event RESTARTING while shut, before any handler sees it (several nodes: the router asks `open`). */
  guard(socket: GameSocket): void {
    socket.use((packet, next) => {
      if (this.isOpen) return next();
      const ack = packet.at(-1);
      if (typeof ack === 'function') (ack as (reply: unknown) => void)(RESTARTING);
    });
  }
}

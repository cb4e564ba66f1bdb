/** Typed Socket.IO events, imported by the server and the browser alike. */

export interface ServerToClientEvents {
  noop: () => void;
}

export interface ClientToServerEvents {
  ping: (ack: (reply: { serverTime: number }) => void) => void;
}

import type { ManagerOptions, SocketOptions } from 'socket.io-client';

/**
 * The web app's Socket.IO options. WebSocket first; where a network blocks it,
 * long-polling (tryAllTransports: without it the client retries WebSocket
 * forever). It retries quickly, because a phone back from sleep should be in the
 * game again within a second, not after Socket.IO's default back-off.
 */
export const SOCKET_OPTIONS = {
  transports: ['websocket', 'polling'],
  tryAllTransports: true,
  reconnectionDelay: 250,
  reconnectionDelayMax: 2000,
} satisfies Partial<ManagerOptions & SocketOptions>;

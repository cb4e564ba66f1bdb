'use client';

import { useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { sendUntilServed } from './retry';
import { SOCKET_OPTIONS } from './socket-options';
import type { Ack, ClientToServerEvents, Result, ServerToClientEvents } from '@/common/protocol';

export type GameSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let shared: GameSocket | undefined;

/** One Socket.IO connection per tab, to the server that served the page (options: socket-options.ts). */
export function getSocket(): GameSocket {
  if (!shared) {
    const socket: GameSocket = io(SOCKET_OPTIONS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && !socket.connected) socket.connect();
    });
    shared = socket;
  }
  return shared;
}

type Payload<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[0];
type Reply<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[1] extends Ack<infer T> ? Result<T> : never;

/**
 * Emits with an ack and a timeout, so a dropped connection becomes a message
 * instead of a hang; a "try again" while the game moves between nodes is sent
 * again within the same time.
 */
export async function call<E extends keyof ClientToServerEvents>(event: E, payload: Payload<E>, timeoutMs = 8000): Promise<Reply<E>> {
  return sendUntilServed(async (msLeft) => {
    const withTimeout = getSocket().timeout(msLeft);
    const emit = withTimeout.emitWithAck as (e: E, p: Payload<E>) => Promise<Reply<E>>;
    try {
      return await emit.call(withTimeout, event, payload);
    } catch {
      return { ok: false, code: 'timeout', error: 'No answer from the server: check your connection and try again.' } as Reply<E>;
    }
  }, timeoutMs);
}

/** Live connection status, for the "reconnecting" banner. */
export function useConnected(): boolean {
  const [connected, setConnected] = useState(true);
  useEffect(() => {
    const socket = getSocket();
    const update = () => setConnected(socket.connected);
    update();
    socket.on('connect', update);
    socket.on('disconnect', update);
    return () => {
      socket.off('connect', update);
      socket.off('disconnect', update);
    };
  }, []);
  return connected;
}

/**
 * Runs `resync` now if connected, after every (re)connect, and whenever the tab
 * becomes visible again (a phone waking up): state recovery is not guaranteed,
 * a full resync is.
 */
export function useOnConnect(resync: () => void): void {
  useEffect(() => {
    const socket = getSocket();
    const onVisible = () => {
      if (document.visibilityState === 'visible' && socket.connected) resync();
    };
    if (socket.connected) resync();
    socket.on('connect', resync);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      socket.off('connect', resync);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [resync]);
}

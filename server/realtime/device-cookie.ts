import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import type { GameServer } from './game-room';
import { newToken } from './tokens';

/**
 * Which browser a phone is, for the host's kicks: a random id the server sets
 * in an HttpOnly cookie, so the page's script can neither read nor replace it,
 * and a kicked player's tab, reloaded or renamed, still sends it. A client that
 * drops its cookies is a new browser; nothing budgets by this id (rate limits
 * count addresses), so a made-up value gains nothing.
 */
export const DEVICE_COOKIE = 'cramjam_device';
/** newToken(): 24 random bytes, base64url */
const DEVICE_ID = /^[A-Za-z0-9_-]{32}$/;
/** the longest browsers keep a cookie */
const MAX_AGE_S = 400 * 24 * 60 * 60;

/** The device id in a Cookie header, when it has the shape of one this server issues. */
export function deviceInCookies(header: string | undefined): string | undefined {
  for (const pair of header?.split(';') ?? []) {
    const [name, value] = pair.trim().split('=', 2);
    if (name === DEVICE_COOKIE && value && DEVICE_ID.test(value)) return value;
  }
  return undefined;
}

/** A Set-Cookie value with a new device id, for a response to a request that had none. */
export function newDeviceCookie(): string {
  return `${DEVICE_COOKIE}=${newToken()}; Path=/; Max-Age=${MAX_AGE_S}; HttpOnly; SameSite=Lax`;
}

/**
 * Every Socket.IO handshake without a device cookie gets one. The handshake's
 * own Cookie header is given it too, so the connection is that device from its
 * first event on, and deviceInCookies(socket.handshake.headers.cookie) is the
 * one place a device is read.
 */
export function issueDeviceCookies(io: GameServer): void {
  io.engine.on('initial_headers', (headers: OutgoingHttpHeaders, request: { headers: IncomingHttpHeaders }) => {
    if (deviceInCookies(request.headers.cookie)) return;
    const cookie = newDeviceCookie();
    headers['set-cookie'] = cookie;
    request.headers.cookie = [request.headers.cookie, cookie.split(';', 1)[0]].filter(Boolean).join('; ');
  });
}

import { DEVICE_COOKIE } from '../../server/realtime/device-cookie';
import { newToken } from '../../server/realtime/tokens';

/** The Cookie header of one browser that the server once gave its device id (server/realtime/device-cookie.ts). */
export function browserCookie(): { cookie: string } {
  return { cookie: `${DEVICE_COOKIE}=${newToken()}` };
}

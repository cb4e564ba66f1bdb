import { z } from 'zod';
import { DeviceId, Token } from '../validation/ids';

/** What the results pages and their route handlers accept from a URL or a body. */

/** Game ids are base64url (128 random bits); anything else is turned away before a query. */
export { GameId } from '../validation/ids';

export const ReviewRequest = z.object({ playerToken: Token });

export const HostedRequest = z.object({ deviceId: DeviceId });

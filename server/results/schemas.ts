import { z } from 'zod';

/** What the results pages and their route handlers accept from a URL or a body. */

/** Game ids are base64url (128 random bits); anything else is turned away before a query. */
export const GameId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const ReviewRequest = z.object({ playerToken: z.string().min(16).max(200) });

export const HostedRequest = z.object({ deviceId: z.string().min(8).max(100) });

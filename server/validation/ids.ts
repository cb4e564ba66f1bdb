import { z } from 'zod';

/**
 * The shapes of the ids clients send back, checked before any lookup: an id
 * that could not have come from us ("__proto__", "constructor", 10 KB of text)
 * is refused as invalid and never reaches a map, the engine or a query.
 */

/** Game ids are base64url of 128 random bits (see realtime/tokens.ts). */
export const GameId = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'That is not a game id.');
/** Study groups' ids are base64url of 128 random bits too. */
export const GroupId = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'That is not a study group id.');
/** Players, banks and stored rows have UUIDs. */
export const PlayerId = z.uuid({ message: 'That is not a player id.' });
export const BankId = z.uuid({ message: 'That is not a question bank id.' });
/** Options are named by their place in this game's question: o0, o1…; a matching question's answers m0, m1… */
export const OptionId = z.string().regex(/^[om]\d{1,2}$/, 'That is not an option of this question.');
/** Secret tokens are base64url; only their hashes are looked up. */
export const Token = z.string().regex(/^[A-Za-z0-9_-]{16,200}$/, 'That is not a valid token.');
/** A browser's own random id (a UUID in practice). */
export const DeviceId = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, 'That is not a valid device id.');

import { getAppContext } from '../context';
import { CLIENT_ADDRESS_HEADER } from '../limits/client-address';
import { Refusal } from '../realtime/refusal';
import type { Db } from '../store/db';
import { readJsonAtMost, TOO_LARGE, tooLargeResponse } from '../http/request-guard';
import type { Reply } from './routes';

type Logic<P> = (db: Db, json: unknown, now: Date, params: P) => Promise<Reply>;

/**
 * A group route's POST handler: the body read within the size limit, passed
 * with the database, the time and the path's params to the route's logic
 * (routes.ts), answered as JSON that no cache keeps (it holds people's data).
 * `secret`: the body carries a secret to try (an invite, a link code), so each
 * 404 costs the address a guess, counted as wrong room codes are; once its
 * guesses are used up even a right secret waits, so waiting tells nothing.
 */
export function groupRoute<P extends Record<string, string> = Record<string, never>>(logic: Logic<P>, { secret = false } = {}) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const guesses = secret ? getAppContext().guessLimits : undefined;
    const address = request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
    try {
      guesses?.mayGuess(address);
    } catch (refusal) {
      if (!(refusal instanceof Refusal)) throw refusal;
      return Response.json({ error: refusal.message }, { status: 429, headers: { 'cache-control': 'no-store' } });
    }
    const json = await readJsonAtMost(request);
    if (json === TOO_LARGE) return tooLargeResponse();
    const { status, body } = await logic(getAppContext().db, json, new Date(), await context.params);
    if (status === 404) guesses?.guessedWrong(address);
    return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
  };
}

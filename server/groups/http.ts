import { getAppContext } from '../context';
import type { Db } from '../store/db';
import { readJsonAtMost, TOO_LARGE, tooLargeResponse } from '../http/request-guard';
import type { Reply } from './routes';

type Logic<P> = (db: Db, json: unknown, now: Date, params: P) => Promise<Reply>;

/**
 * A group route's POST handler: the body read within the size limit, passed
 * with the database, the time and the path's params to the route's logic
 * (routes.ts), answered as JSON that no cache keeps (it holds people's data).
 */
export function groupRoute<P extends Record<string, string> = Record<string, never>>(logic: Logic<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const json = await readJsonAtMost(request);
    if (json === TOO_LARGE) return tooLargeResponse();
    const { status, body } = await logic(getAppContext().db, json, new Date(), await context.params);
    return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
  };
}

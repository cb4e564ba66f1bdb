import { getAppContext } from '@/server/context';
import { readJsonAtMost, TOO_LARGE, tooLargeResponse } from '@/server/http/request-guard';
import { hashToken } from '@/server/realtime/tokens';
import { HostedRequest } from '@/server/results/schemas';
import { hostedGames } from '@/server/store/hosted-games';

export const dynamic = 'force-dynamic';

/** Games hosted from the browser with this device id, newest first. */
export async function POST(request: Request) {
  const json = await readJsonAtMost(request);
  if (json === TOO_LARGE) return tooLargeResponse();
  const body = HostedRequest.safeParse(json);
  if (!body.success) return Response.json({ error: 'Send this browser\'s device id as JSON: {"deviceId": "..."}.' }, { status: 400 });
  const games = await hostedGames(getAppContext().db, hashToken(body.data.deviceId));
  return Response.json({ games }, { headers: { 'cache-control': 'no-store' } });
}

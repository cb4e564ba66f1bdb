import { getAppContext } from '@/server/context';
import { readJsonAtMost, TOO_LARGE, tooLargeResponse } from '@/server/http/request-guard';
import { hashToken } from '@/server/realtime/tokens';
import { GameId, ReviewRequest } from '@/server/results/schemas';
import { playerReview } from '@/server/store/results';

export const dynamic = 'force-dynamic';

const REFUSALS = {
  no_game: { status: 404, error: 'There is no game with this id.' },
  not_a_player: { status: 403, error: 'This browser did not play in this game.' },
  removed: { status: 403, error: 'The host removed you from this game, so there are no answers to review.' },
} as const;

function reply(body: object, status = 200) {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

/**
 * A player's own answers ("My answers"). A POST with the player token in the
 * body, so the token never appears in a URL, a log line or a Referer header.
 */
export async function POST(request: Request, { params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  if (!GameId.safeParse(gameId).success) return reply({ error: REFUSALS.no_game.error }, 404);
  const json = await readJsonAtMost(request);
  if (json === TOO_LARGE) return tooLargeResponse();
  const body = ReviewRequest.safeParse(json);
  if (!body.success) return reply({ error: 'Send your player token as JSON: {"playerToken": "..."}.' }, 400);
  const result = await playerReview(getAppContext().db, gameId, hashToken(body.data.playerToken));
  if (!result.ok) return reply({ error: REFUSALS[result.reason].error }, REFUSALS[result.reason].status);
  return reply(result.review);
}

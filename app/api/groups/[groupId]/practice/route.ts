import { groupRoute } from '@/server/groups/http';
import * as routes from '@/server/groups/routes';

export const dynamic = 'force-dynamic';

/** One practice answer: judged by the game's rules, recorded into the member's memory. */
export const POST = groupRoute<{ groupId: string }>((db, json, now, { groupId }) => routes.practise(db, groupId, json, now));

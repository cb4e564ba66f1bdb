import { groupRoute } from '@/server/groups/http';
import * as routes from '@/server/groups/routes';

export const dynamic = 'force-dynamic';

/** A member's one-time code to move to another phone. */
export const POST = groupRoute<{ groupId: string }>((db, json, now, { groupId }) => routes.linkCode(db, groupId, json, now));

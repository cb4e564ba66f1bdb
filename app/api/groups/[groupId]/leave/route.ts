import { groupRoute } from '@/server/groups/http';
import * as routes from '@/server/groups/routes';

export const dynamic = 'force-dynamic';

/** A member leaves the group: everything stored about them is deleted. */
export const POST = groupRoute<{ groupId: string }>((db, json, _now, { groupId }) => routes.remove(db, groupId, json));

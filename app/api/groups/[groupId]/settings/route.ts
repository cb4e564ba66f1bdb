import { groupRoute } from '@/server/groups/http';
import * as routes from '@/server/groups/routes';

export const dynamic = 'force-dynamic';

/** The organizer's settings: the shared board and the target mastery. */
export const POST = groupRoute<{ groupId: string }>((db, json, _now, { groupId }) => routes.settings(db, groupId, json));

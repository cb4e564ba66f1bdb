import { groupRoute } from '@/server/groups/http';
import * as routes from '@/server/groups/routes';

export const dynamic = 'force-dynamic';

/** The group's page for the key in the body: the organizer's view or a member's. */
export const POST = groupRoute<{ groupId: string }>((db, json, now, { groupId }) => routes.overview(db, groupId, json, now));

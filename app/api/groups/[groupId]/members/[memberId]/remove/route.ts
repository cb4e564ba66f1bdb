import { groupRoute } from '@/server/groups/http';
import * as routes from '@/server/groups/routes';

export const dynamic = 'force-dynamic';

/** The organizer removes a member, and everything stored about them. */
export const POST = groupRoute<{ groupId: string; memberId: string }>((db, json, _now, { groupId, memberId }) => routes.remove(db, groupId, json, memberId));

import { groupRoute } from '@/server/groups/http';
import * as routes from '@/server/groups/routes';

export const dynamic = 'force-dynamic';

/** The organizer re-issues a member's link (a lost phone): a one-time code for the member's new phone. */
export const POST = groupRoute<{ groupId: string; memberId: string }>((db, json, now, { groupId, memberId }) => routes.linkCode(db, groupId, json, now, memberId));

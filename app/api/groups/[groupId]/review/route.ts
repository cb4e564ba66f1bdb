import { groupRoute } from '@/server/groups/http';
import * as routes from '@/server/groups/routes';

export const dynamic = 'force-dynamic';

/** The organizer's review game: the questions the group most needs now, each with why. */
export const POST = groupRoute<{ groupId: string }>((db, json, now, { groupId }) => routes.review(db, groupId, json, now));

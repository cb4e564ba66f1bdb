import { groupRoute } from '@/server/groups/http';
import * as routes from '@/server/groups/routes';

export const dynamic = 'force-dynamic';

/** A member's due questions, in the practice screens' shape. */
export const POST = groupRoute<{ groupId: string }>((db, json, now, { groupId }) => routes.due(db, groupId, json, now));

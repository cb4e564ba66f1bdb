import { groupRoute } from '@/server/groups/http';
import * as routes from '@/server/groups/routes';

export const dynamic = 'force-dynamic';

/** A phone with the invite token and a name becomes a member: the reply holds its member key. */
export const POST = groupRoute((db, json) => routes.join(db, json), { secret: true });

import { groupRoute } from '@/server/groups/http';
import * as routes from '@/server/groups/routes';

export const dynamic = 'force-dynamic';

/** Creates a study group: the reply holds the organizer's key, shown this once. */
export const POST = groupRoute((db, json) => routes.create(db, json));

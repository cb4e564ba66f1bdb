import { groupRoute } from '@/server/groups/http';
import * as routes from '@/server/groups/routes';

export const dynamic = 'force-dynamic';

/** A new phone redeems a one-time link code for the member's new key. */
export const POST = groupRoute((db, json, now) => routes.redeem(db, json, now), { secret: true });

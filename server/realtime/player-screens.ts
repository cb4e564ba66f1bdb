import type { Server } from 'socket.io';
import { playerOf } from '../game/engine';
import type { GameState } from '../game/types';
import { ownFields } from '../../common/player-screen-parts';
import type { ClientToServerEvents, PlayerScreen, ServerToClientEvents } from '../../common/protocol';
import { splicer, SplicingEncoder } from './spliced-json';
import { ownPart, playerScreen, sharedPlayerScreen, type ViewContext } from './views';

/** The Socket.IO room of one player's sockets (every tab and phone that plays as them). */
export const playerRoom = (playerId: string) => `player:${playerId}`;

/**
 * A reveal or the end, to every player of a room. What they all see is
 * serialised once. On one node each player is sent their whole screen in one
 * message: that JSON with their own few fields spliced in (one socket write per
 * phone). With several nodes (a Redis adapter, no splicing encoder) the shared
 * part is broadcast once (player:shared) and each player sent only their own
 * fields (player:own), which the phone joins: a whole screen per phone would
 * carry the room's reveal through Redis 2,000 times. A player the shared screen
 * has no own part for is sent their whole screen. Kicked players have left the
 * room and are sent nothing.
 */
export function sendToEachPlayer(io: Server<ClientToServerEvents, ServerToClientEvents>, playersRoom: string, state: GameState, ctx: ViewContext): void {
  const shared = sharedPlayerScreen(state, ctx);
  const whole = shared && io.encoder instanceof SplicingEncoder ? splicer(shared) : null;
  if (shared && !whole) io.to(playersRoom).emit('player:shared', shared);
  for (const id of state.joinOrder) {
    const player = playerOf(state, id)!;
    if (player.kicked) continue;
    const own = shared && ownPart(state, player, shared);
    if (!own) io.to(playerRoom(id)).emit('player:screen', playerScreen(state, ctx, player));
    // The encoder writes the spliced text as the PlayerScreen it is.
    else if (whole) io.to(playerRoom(id)).emit('player:screen', whole(ownFields(own)) as unknown as PlayerScreen);
    else io.to(playerRoom(id)).emit('player:own', own);
  }
}

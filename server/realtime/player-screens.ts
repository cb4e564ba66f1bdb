import type { Server } from 'socket.io';
import type { GameState } from '../game/types';
import type { ClientToServerEvents, ServerToClientEvents } from '../protocol';
import { ownPart, playerScreen, sharedPlayerScreen, type ViewContext } from './views';

/** The Socket.IO room of one player's sockets (every tab and phone that plays as them). */
export const playerRoom = (playerId: string) => `player:${playerId}`;

/**
 * A reveal or the end, to every player of a room: what they all see is built and
 * serialised once and broadcast to the room (player:shared), then each player is
 * sent only their own few fields (player:own), which the phone joins to it. A
 * player the shared screen has no own part for is sent their whole screen.
 * Kicked players have left the room and are sent nothing.
 */
export function sendToEachPlayer(io: Server<ClientToServerEvents, ServerToClientEvents>, playersRoom: string, state: GameState, ctx: ViewContext): void {
  const shared = sharedPlayerScreen(state, ctx);
  if (shared) io.to(playersRoom).emit('player:shared', shared);
  for (const id of state.joinOrder) {
    const player = state.players[id]!;
    if (player.kicked) continue;
    const own = shared && ownPart(state, player, shared);
    if (own) io.to(playerRoom(id)).emit('player:own', own);
    else io.to(playerRoom(id)).emit('player:screen', playerScreen(state, ctx, player));
  }
}

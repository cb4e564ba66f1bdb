import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, OwnPlayerPart, PlayerScreen, ServerToClientEvents, SharedPlayerScreen } from './protocol';

/**
 * A player's screen from its two parts (see SharedPlayerScreen in protocol.ts),
 * shared by the server, which builds every whole screen this way, and the phone,
 * which joins the parts it is sent.
 */

/** The whole screen; null when the own part belongs to another screen than the shared one. */
export function joinPlayerScreen(shared: SharedPlayerScreen, own: OwnPlayerPart): PlayerScreen | null {
  if (shared.screen === 'reveal' && own.screen === 'reveal' && own.index === shared.round.index) return { ...shared, you: own.you };
  if (shared.screen === 'ended' && own.screen === 'ended') return { ...shared, rank: own.rank, score: own.score, correctCount: own.correctCount };
  return null;
}

/** The fields an own part adds to its shared part, as joinPlayerScreen adds them: what the server splices into a reveal or an end. */
export function ownFields(own: OwnPlayerPart): object {
  return own.screen === 'reveal' ? { you: own.you } : { rank: own.rank, score: own.score, correctCount: own.correctCount };
}

type ScreenSocket = Pick<Socket<ServerToClientEvents, ClientToServerEvents>, 'on' | 'off'>;

/**
 * Calls `show` with every whole screen this socket is sent: a player:screen as
 * it comes, a player:shared once this player's player:own completes it.
 * Returns the function that stops listening.
 */
export function onPlayerScreen(socket: ScreenSocket, show: (screen: PlayerScreen) => void): () => void {
  let shared: SharedPlayerScreen | null = null;
  const whole = (screen: PlayerScreen) => {
    shared = null;
    show(screen);
  };
  const keep = (screen: SharedPlayerScreen) => void (shared = screen);
  const own = (part: OwnPlayerPart) => {
    const screen = shared && joinPlayerScreen(shared, part);
    if (screen) whole(screen);
  };
  socket.on('player:screen', whole);
  socket.on('player:shared', keep);
  socket.on('player:own', own);
  return () => {
    socket.off('player:screen', whole);
    socket.off('player:shared', keep);
    socket.off('player:own', own);
  };
}

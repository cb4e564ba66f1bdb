import { io, type Socket } from 'socket.io-client';
import { baseURL } from '../../playwright.config';
import { browserCookie } from '../../tests/support/browser-cookie';
import type { ClientToServerEvents, PlayerScreen, ServerToClientEvents } from '../../common/protocol';

/** A player who joined over a bare socket, as a phone would: a big room without a browser per player. */
export interface SocketPlayer {
  nickname: string;
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  /** the last whole screen the server sent it */
  screen: () => PlayerScreen | null;
}

/** Each nickname joins room `code` from its own "browser" (a device cookie of its own), in order. */
export async function joinSockets(code: string, nicknames: string[]): Promise<SocketPlayer[]> {
  const players: SocketPlayer[] = [];
  for (const nickname of nicknames) {
    const socket: SocketPlayer['socket'] = io(baseURL, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: browserCookie() });
    let last: PlayerScreen | null = null;
    socket.on('player:screen', (screen) => (last = screen));
    const joined = await socket.timeout(5000).emitWithAck('player:join', { code, nickname });
    if (!joined.ok) throw new Error(`${nickname} could not join: ${joined.error}`);
    players.push({ nickname, socket, screen: () => last });
  }
  return players;
}

/** The player answers the open question with the options whose text is given. */
export async function answerBySocket(player: SocketPlayer, texts: string[]): Promise<void> {
  const deadline = Date.now() + 5000;
  let screen = player.screen();
  while (screen?.screen !== 'question' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    screen = player.screen();
  }
  if (screen?.screen !== 'question') throw new Error(`${player.nickname} has no question to answer`);
  const optionIds = screen.round.options.filter((o) => texts.includes(o.text)).map((o) => o.id);
  const answered = await player.socket.timeout(5000).emitWithAck('player:answer', { index: screen.round.index, optionIds });
  if (!answered.ok) throw new Error(answered.error);
}

export const leave = (players: SocketPlayer[]) => players.forEach((p) => p.socket.close());

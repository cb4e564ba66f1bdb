import { RESTARTING } from './gate';
import type { GameServer } from './game-room';
import { Refusal } from './refusal';
import type { Rooms } from './rooms';

/**
 * How long a stopping process waits for the commands it had queued to be
 * stored; past it, those not yet begun are refused. Under the 15 s after which
 * shutdown gives up, with room to finish the batches being written and to
 * send the acks.
 */
export const SETTLE_MS = 9_000;

/**
 * Shutdown, once the gate is shut: every command already queued is stored and
 * acknowledged while the sockets are still open. When the database stalls past
 * `budgetMs`, the commands not yet begun are refused instead (RESTARTING: not
 * stored, the phone sends it again), and the batches being written finish.
 * Then every room is closed: the sockets closing after this change nothing.
 */
export async function settleRooms(rooms: Rooms, budgetMs = SETTLE_MS): Promise<void> {
  const settled = rooms.settle();
  let timer: NodeJS.Timeout | undefined;
  const late = await Promise.race([settled.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), budgetMs)))]);
  clearTimeout(timer);
  for (const room of rooms.all()) room.close(new Refusal(RESTARTING.error, RESTARTING.code));
  if (late) await settled;
}

/**
 * Closes this process's sockets once what was sent to them went out (the acks
 * of the last commands among it), then the server. io.close alone drops what a
 * socket has not written yet.
 */
export async function closeSockets(io: GameServer, waitMs = 2_000): Promise<void> {
  io.local.disconnectSockets(true); // this node's only: with several, io.disconnectSockets reaches every node's
  const until = performance.now() + waitMs;
  while (io.engine.clientsCount > 0 && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise<void>((resolve) => io.close(() => resolve()));
}

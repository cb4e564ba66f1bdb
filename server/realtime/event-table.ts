import type { z } from 'zod';
import type { GameError } from '../game/types';
import type { Ack, ClientToServerEvents } from '../../common/protocol';
import { LeaseLost } from '../store/leases';
import type { Connection } from './connection';
import { Refusal, StorageFailure } from './refusal';

/** Several nodes: the game moved to another node while this command was on its way; sending it again reaches the new one. */
export const MOVED = { ok: false, code: 'retry', error: 'The game moved to another server. Try again.' } as const;

type Event = keyof ClientToServerEvents;

/** What an event's ack carries when it succeeds (protocol.ts). */
type AckData<E extends Event> = Parameters<ClientToServerEvents[E]>[1] extends Ack<infer T> ? T : never;

/** An event's payload schema and its handler, which gets the parsed payload and the connection. */
export interface Validated<T> {
  schema: z.ZodType;
  handler: (input: never, connection: Connection) => Promise<T>;
}

/** A role's events (host-events.ts, player-events.ts, guest-events.ts), each answered with its ack's data. */
export type EventTable = { [E in Event]?: Validated<AckData<E>> };

/** A table entry: the handler runs only on a payload the schema accepts. */
export function validate<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>, connection: Connection) => Promise<T>): Validated<T> {
  return { schema, handler };
}

/** Throws a game refusal as a Refusal, which reaches the client as its ack. */
export function unwrap(verdict: { ok: true } | { ok: false; error: GameError }): void {
  if (!verdict.ok) throw new Refusal(verdict.error.message, verdict.error.code);
}

/** What a client is told when the database did not store its command: nothing changed, and it may send it again. */
function storageMessage(event: Event): string {
  return event === 'player:answer'
    ? 'The server cannot save answers right now. Send your answer again in a moment.'
    : 'The server cannot save right now. Try again in a moment.';
}

/**
 * Serves a table's events on one connection, the one place every event goes
 * through: rate-limited, its payload parsed (zod), its handler run, and every
 * refusal and crash turned into an ack the client can show.
 */
export function serveTable(connection: Connection, table: EventTable): void {
  const { socket, realtime } = connection;
  const { limits, log } = realtime;
  for (const [event, { schema, handler }] of Object.entries(table) as [Event, Validated<unknown>][]) {
    (socket.on as (event: string, listener: (...args: unknown[]) => void) => void)(event, (...args) => {
      // Every client call carries an ack, last; a call without a payload is answered too, not left to time out.
      const ack = args.at(-1);
      if (typeof ack !== 'function') return;
      const input = args.length > 1 ? args[0] : undefined;
      const reply = ack as Ack<unknown>;
      try {
        limits?.take('events', socket.id);
        if (event.startsWith('host:')) limits?.take('hostCommands', socket.id);
      } catch (error) {
        reply({ ok: false, code: (error as Refusal).code, error: (error as Refusal).message });
        return;
      }
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        reply({ ok: false, code: 'invalid', error: parsed.error.issues[0]?.message ?? 'Invalid request.' });
        return;
      }
      handler(parsed.data as never, connection).then(
        (data) => reply({ ok: true, data }),
        (error: unknown) => {
          if (error instanceof Refusal) return reply({ ok: false, code: error.code, error: error.message });
          if (error instanceof StorageFailure) return reply({ ok: false, code: 'storage', error: storageMessage(event) });
          if (error instanceof LeaseLost) return reply(MOVED);
          log.error({ err: error, event }, 'realtime handler failed');
          reply({ ok: false, code: 'server', error: 'Something went wrong on the server. Try again.' });
        },
      );
    });
  }
}

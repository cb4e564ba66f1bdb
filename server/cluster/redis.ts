import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { Logger } from 'pino';
import type { RedisKeys } from './redis-keys';

// Reconnect quickly: a restarted Redis should cost a second, not a minute.
const newClient = (url: string) => createClient({ url, socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 1000) } });

export type RedisClient = ReturnType<typeof newClient>;

/** A Redis connection that reconnects by itself and logs its troubles instead of crashing the node. */
export async function connectRedis(url: string, log: Logger, name: string): Promise<RedisClient> {
  const client = newClient(url);
  let down = false;
  client.on('error', (error: unknown) => {
    if (!down) log.warn({ err: error, client: name }, 'Redis connection lost; reconnecting');
    down = true;
  });
  client.on('ready', () => {
    if (down) log.info({ client: name }, 'Redis connection back');
    down = false;
  });
  await client.connect();
  return client;
}

/** The Socket.IO adapter that carries emits between the nodes of one deployment (its keys: RedisKeys). */
export function streamsAdapter(client: RedisClient, keys: RedisKeys) {
  return createAdapter(client, { ...keys.adapter, maxLen: 100_000, readCount: 500 });
}

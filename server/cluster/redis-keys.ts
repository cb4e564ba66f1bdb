/**
 * Every Redis key and channel of one deployment, under its prefix
 * (CRAMJAM_REDIS_PREFIX): two deployments sharing a Redis never read each
 * other's emits, commands or presence, even when their nodes have the same names.
 */
export function redisKeys(prefix: string) {
  return {
    /** the Socket.IO adapter: its stream (emits between nodes), its channels and its saved sessions */
    adapter: { streamName: prefix, channelPrefix: prefix, sessionKeyPrefix: `${prefix}:session:` },
    /** "this game moved": every node binds its sockets in it again */
    moved: `${prefix}:moved`,
    /** one node's channel: commands forwarded to it, and their replies */
    node: (nodeId: string) => `${prefix}:node:${nodeId}`,
    /** set, with an expiry, while a node is alive */
    alive: (nodeId: string) => `${prefix}:alive:${nodeId}`,
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;

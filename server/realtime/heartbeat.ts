/**
 * Socket.IO's heartbeat: notice a phone that vanished (no close frame) within
 * 15 s rather than 45 s. A proxy in front must keep a quiet socket open longer
 * than interval plus timeout (scripts/cluster/nginx.ts).
 */
export const HEARTBEAT = { pingInterval: 10_000, pingTimeout: 5_000 } as const;

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { Server } from 'socket.io';
import { afterAll, expect, test } from 'vitest';
import { NodeChannel } from '../server/cluster/forward';
import type { LeaseKeeper } from '../server/cluster/leases';
import { connectRedis, streamsAdapter, type RedisClient } from '../server/cluster/redis';
import { redisKeys } from '../server/cluster/redis-keys';
import type { Router } from '../server/cluster/router';
import { Sweeper } from '../server/cluster/sweeper';
import type { Rooms } from '../server/realtime/rooms';
import { useTestDb } from './support/db';
import { connectClient } from './support/realtime-server';

// Two deployments on one Redis (issue 18, item 7), each with its own CRAMJAM_REDIS_PREFIX and nodes of the same
// names (containers are often named alike): neither sees the other's commands, presence or emits.
// Each test also runs both on one prefix, to show what they would see of each other without it.

const REDIS_URL = 'redis://127.0.0.1:6379';
const log = pino({ level: 'silent' });
const [A, B] = [`test-${process.pid}-a`, `test-${process.pid}-b`];
const db = useTestDb();
const clients: RedisClient[] = [];
async function redis(): Promise<RedisClient> {
  const client = await connectRedis(REDIS_URL, log, 'test');
  clients.push(client);
  return client;
}
afterAll(async () => {
  const [client] = clients;
  if (client) for (const prefix of [A, B]) await client.sendCommand(['DEL', prefix, redisKeys(prefix).alive('web-1'), redisKeys(prefix).alive('web-2')]);
  await Promise.all(clients.map((c) => c.quit()));
});

test('a command forwarded to node web-1 reaches the web-1 of its own deployment only', async () => {
  const served = async (prefixOfOther: string) => {
    const pub = await redis();
    const heard: string[] = [];
    const node = async (prefix: string, nodeId: string, name: string) => {
      const channel = new NodeChannel(pub, await redis(), nodeId, redisKeys(prefix), log, async () => {
        heard.push(name);
        return name;
      }, () => {});
      await channel.start();
      return channel;
    };
    const sender = await node(A, 'web-2', 'A/web-2');
    await node(A, 'web-1', 'A/web-1');
    await node(prefixOfOther, 'web-1', 'other/web-1');
    const reply = await sender.request('web-1', { event: 'player:answer' });
    await new Promise((resolve) => setTimeout(resolve, 200)); // for a second receiver, if any
    return { reply, heard };
  };
  expect(await served(B)).toEqual({ reply: 'A/web-1', heard: ['A/web-1'] });
  expect((await served(A)).heard.sort()).toEqual(['A/web-1', 'other/web-1']); // one prefix: both serve it
});

test('a node that died is found silent, though a node of the same name lives in the other deployment', async () => {
  /** Deployment A's web-1 holds a connection served for its web-2, which died; the other deployment's web-2 lives. */
  const closesDeadNodesConnections = async (prefixOfOther: string) => {
    const closed: string[] = [];
    const sweeper = (prefix: string, nodeId: string, served: Map<string, string[]>) => new Sweeper(db, clients[0]!, redisKeys(prefix),
      { nodeId, leaseMs: 5_000, owns: () => [] } as unknown as LeaseKeeper,
      { takeOver: async () => false, servedOrigins: () => served, closeServed: (id: string) => closed.push(id) } as unknown as Router,
      { get: () => undefined } as unknown as Rooms, log);
    const alive = sweeper(prefixOfOther, 'web-2', new Map());
    const web1 = sweeper(A, 'web-1', new Map([['web-2', ['socket-1']]]));
    for (let i = 0; i < 2; i++) {
      await alive.sweep();
      await web1.sweep(); // silent twice: its connections close
    }
    return closed;
  };
  await redis();
  expect(await closesDeadNodesConnections(B)).toEqual(['socket-1']);
  expect(await closesDeadNodesConnections(A)).toEqual([]); // one prefix: the other web-2 keeps it alive
});

test('an emit to a room reaches the sockets of its own deployment only', async () => {
  const servers: Server[] = [];
  const node = async (prefix: string) => {
    const http = createServer();
    const io = new Server(http);
    io.adapter(streamsAdapter(await redis(), redisKeys(prefix)));
    io.on('connection', (socket) => void socket.join('game:1:players'));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    servers.push(io);
    return { io, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
  };
  const reaches = async (prefixOfOther: string) => {
    const sender = await node(A);
    const other = await node(prefixOfOther);
    const phone = await connectClient(other.url);
    await new Promise((resolve) => setTimeout(resolve, 300)); // joined, and the adapters read their streams
    const got = new Promise<boolean>((resolve) => {
      phone.once('host:answered' as never, () => resolve(true));
      setTimeout(() => resolve(false), 1_000);
    });
    sender.io.to('game:1:players').emit('host:answered' as never, { index: 0, answered: 1, expected: 1 } as never);
    const reached = await got;
    phone.disconnect();
    return reached;
  };
  try {
    expect(await reaches(B)).toBe(false);
    expect(await reaches(A)).toBe(true); // one prefix: it crosses
  } finally {
    await Promise.all(servers.map((io) => new Promise((resolve) => io.close(resolve))));
  }
});

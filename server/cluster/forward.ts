import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { RedisClient } from './redis';
import type { RedisKeys } from './redis-keys';

/**
 * Node-to-node requests on a per-node Redis channel: a command from a socket on
 * one node goes to the node that owns its game, and the answer comes back on the
 * sender's channel. One hop, one receiver, a short timeout (unlike
 * serverSideEmitWithAck, which asks every node, waits for all, and waits 5 s).
 */

export const FORWARD_TIMEOUT_MS = 2000;

type Message =
  | { kind: 'request'; id: string; from: string; body: unknown }
  | { kind: 'reply'; id: string; body: unknown }
  | { kind: 'notice'; from: string; body: unknown };

export class NodeChannel {
  private readonly waiting = new Map<string, { resolve(body: unknown): void; timer: NodeJS.Timeout }>();

  constructor(
    private readonly pub: RedisClient,
    private readonly sub: RedisClient,
    private readonly nodeId: string,
    private readonly keys: RedisKeys,
    private readonly log: Logger,
    /** serves a request from another node; its result is the reply */
    private readonly onRequest: (body: unknown, from: string) => Promise<unknown>,
    /** a one-way message from another node */
    private readonly onNotice: (body: unknown, from: string) => void,
  ) {}

  async start(): Promise<void> {
    await this.sub.subscribe(this.keys.node(this.nodeId), (raw) => {
      this.receive(raw).catch((error: unknown) => this.log.error({ err: error }, 'a message from another node could not be handled'));
    });
  }

  /** Resolves with the owner's reply, or 'timeout' after FORWARD_TIMEOUT_MS (the owner may be gone). */
  request(to: string, body: unknown): Promise<unknown> {
    const id = randomUUID();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        resolve('timeout');
      }, FORWARD_TIMEOUT_MS);
      this.waiting.set(id, { resolve, timer });
      this.send(to, { kind: 'request', id, from: this.nodeId, body }).catch(() => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve('timeout'); // Redis is away: the same as no answer
      });
    });
  }

  notify(to: string, body: unknown): void {
    this.send(to, { kind: 'notice', from: this.nodeId, body }).catch((error: unknown) => this.log.warn({ err: error, to }, 'could not notify a node'));
  }

  stop(): void {
    for (const { timer, resolve } of this.waiting.values()) {
      clearTimeout(timer);
      resolve('timeout');
    }
    this.waiting.clear();
  }

  private async send(to: string, message: Message): Promise<void> {
    await this.pub.publish(this.keys.node(to), JSON.stringify(message));
  }

  private async receive(raw: string): Promise<void> {
    const message = JSON.parse(raw) as Message;
    if (message.kind === 'reply') {
      const waiter = this.waiting.get(message.id);
      if (!waiter) return; // it timed out: the sender answered "try again" already
      clearTimeout(waiter.timer);
      this.waiting.delete(message.id);
      waiter.resolve(message.body);
    } else if (message.kind === 'notice') {
      this.onNotice(message.body, message.from);
    } else {
      let body: unknown;
      try {
        body = await this.onRequest(message.body, message.from);
      } catch (error) {
        this.log.error({ err: error }, 'a forwarded command failed');
        body = 'failed';
      }
      await this.send(message.from, { kind: 'reply', id: message.id, body }).catch((error: unknown) =>
        this.log.warn({ err: error, to: message.from }, 'could not answer a forwarded command'));
    }
  }
}

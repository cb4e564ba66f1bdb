import { hostname } from 'node:os';
import { z } from 'zod';
import { MAX_CONNECTIONS_PER_ADDRESS, ROOMS_PER_HOUR } from './realtime/rate-limit';

/** Every environment variable Cramjam reads; the configuration table in docs/operations.md mirrors this. */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  CRAMJAM_DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** proxies in front of the server whose X-Forwarded-For is believed (0: none, the header is ignored) */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** off only for benchmarks whose thousands of clients share one address */
  CRAMJAM_RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  /** digits of new room codes: 8 on a public server makes guessing 100 times slower; rooms of either length keep working */
  CRAMJAM_ROOM_CODE_DIGITS: z.enum(['6', '8']).default('6').transform((d) => (d === '6' ? 6 : 8)),
  /** open Socket.IO connections one address may hold (with rate limits on) */
  CRAMJAM_MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(MAX_CONNECTIONS_PER_ADDRESS),
  /** rooms one address may create, at once and then per hour (with rate limits on): a school's teachers share one address */
  CRAMJAM_ROOMS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(ROOMS_PER_HOUR),
  /** other origins (comma-separated, e.g. https://quiz.example.org) allowed to open sockets and post, when a proxy changes the Host */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean)),
  /** names (comma-separated, e.g. quiz.example.org) this server answers to besides IP addresses, localhost, its host name and ALLOWED_ORIGINS' */
  ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((h) => h.trim().toLowerCase().replace(/:\d+$/, '')).filter(Boolean)),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** set: several nodes share the games through this Redis (server/cluster); unset: one process, no Redis */
  REDIS_URL: z.string().url().optional(),
  /** this node's name in game leases; unique per running process */
  CRAMJAM_NODE_ID: z.string().regex(/^[\w.-]{1,64}$/, 'letters, digits, ".", "_" or "-", at most 64').default(`${hostname()}-${process.pid}`),
  /** how long a node owns a game without renewing (renewed every third of it) */
  CRAMJAM_LEASE_MS: z.coerce.number().int().min(1000).max(120_000).default(10_000),
  /** the start of every Redis key and channel: deployments sharing one Redis each need their own */
  CRAMJAM_REDIS_PREFIX: z.string().regex(/^[\w.-]{1,64}$/, 'letters, digits, ".", "_" or "-", at most 64').default('cramjam'),
  /** MiB of saved bank images kept in memory once read (0: none kept; each request reads the database) */
  CRAMJAM_IMAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
}).refine((env) => !env.REDIS_URL || env.DATABASE_URL, {
  path: ['REDIS_URL'],
  message: 'several nodes need one shared PostgreSQL: set DATABASE_URL too (the embedded database belongs to one machine)',
});

export type Config = z.infer<typeof Env>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

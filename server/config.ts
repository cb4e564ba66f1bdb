import { hostname } from 'node:os';
import { z } from 'zod';

/** Every environment variable Cramjam reads; the README's configuration table mirrors this. */
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
  /** other origins (comma-separated, e.g. https://quiz.example.org) allowed to open sockets and post, when a proxy changes the Host */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean)),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** set: several nodes share the games through this Redis (server/cluster); unset: one process, no Redis */
  REDIS_URL: z.string().url().optional(),
  /** this node's name in game leases; unique per running process */
  CRAMJAM_NODE_ID: z.string().regex(/^[\w.-]{1,64}$/, 'letters, digits, ".", "_" or "-", at most 64').default(`${hostname()}-${process.pid}`),
  /** how long a node owns a game without renewing (renewed every third of it) */
  CRAMJAM_LEASE_MS: z.coerce.number().int().min(1000).max(120_000).default(10_000),
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

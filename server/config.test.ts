import { expect, test } from 'vitest';
import { loadConfig as load } from './config';

const loadConfig = (vars: Record<string, string>) => load(vars as NodeJS.ProcessEnv);

test('no configuration: one process, no Redis, a node id and a lease all the same', () => {
  const config = loadConfig({});
  expect(config.REDIS_URL).toBeUndefined();
  expect(config.CRAMJAM_NODE_ID).toMatch(/^[\w.-]+-\d+$/);
  expect(config.CRAMJAM_LEASE_MS).toBe(10_000);
});

test('several nodes without DATABASE_URL are refused with a message that says why', () => {
  expect(() => loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(
    'REDIS_URL: several nodes need one shared PostgreSQL: set DATABASE_URL too (the embedded database belongs to one machine)',
  );
  const config = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', DATABASE_URL: 'postgresql://db/cramjam', CRAMJAM_NODE_ID: 'web-2', CRAMJAM_LEASE_MS: '5000' });
  expect(config).toMatchObject({ CRAMJAM_NODE_ID: 'web-2', CRAMJAM_LEASE_MS: 5000 });
  expect(() => loadConfig({ CRAMJAM_NODE_ID: 'has spaces' })).toThrow(/CRAMJAM_NODE_ID/);
});

test('new room codes have 6 digits, or 8 on a public server; an address holds at most 1,000 connections unless told otherwise', () => {
  expect(loadConfig({})).toMatchObject({ CRAMJAM_ROOM_CODE_DIGITS: 6, CRAMJAM_MAX_CONNECTIONS_PER_ADDRESS: 1_000, CRAMJAM_ROOMS_PER_HOUR: 20 });
  expect(loadConfig({ CRAMJAM_ROOMS_PER_HOUR: '200' })).toMatchObject({ CRAMJAM_ROOMS_PER_HOUR: 200 });
  expect(() => loadConfig({ CRAMJAM_ROOMS_PER_HOUR: '0' })).toThrow(/CRAMJAM_ROOMS_PER_HOUR/);
  expect(loadConfig({ CRAMJAM_ROOM_CODE_DIGITS: '8', CRAMJAM_MAX_CONNECTIONS_PER_ADDRESS: '50' })).toMatchObject({ CRAMJAM_ROOM_CODE_DIGITS: 8, CRAMJAM_MAX_CONNECTIONS_PER_ADDRESS: 50 });
  expect(() => loadConfig({ CRAMJAM_ROOM_CODE_DIGITS: '7' })).toThrow(/CRAMJAM_ROOM_CODE_DIGITS/);
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { CLIENT_ADDRESS_HEADER } from '../limits/client-address';
import { hardenedHandler } from './serve';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** The client address a route behind hardenedHandler reads, for a request with `headers`. */
async function addressSeen(trustedProxies: number, headers: Record<string, string>): Promise<string> {
  server = createServer(hardenedHandler(async (req, res) => void res.end(req.headers[CLIENT_ADDRESS_HEADER]), { dev: false, allowedOrigins: [], trustedProxies }));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers });
  return response.text();
}

test("routes read the client's address from the HTTP layer, never from what the client claims", async () => {
  expect(await addressSeen(0, { [CLIENT_ADDRESS_HEADER]: '203.0.113.5', 'x-forwarded-for': '203.0.113.6' })).toBe('127.0.0.1');
});

test('behind a trusted proxy, the address the proxy saw', async () => {
  expect(await addressSeen(1, { [CLIENT_ADDRESS_HEADER]: '203.0.113.5', 'x-forwarded-for': '198.51.100.1, 203.0.113.6' })).toBe('203.0.113.6');
});

import { expect, test } from 'vitest';
import { HEARTBEAT } from '../../server/realtime/heartbeat';
import { nginxConfig } from '../../scripts/cluster/nginx';

// The shipped proxy configuration (the one docs/operations.md says to deploy); nginx itself
// checks and runs it in three-nodes.test.ts.

const config = nginxConfig({ listenPort: 8080, nodes: ['10.0.0.1:3000', '10.0.0.2:3000'], prefix: '/tmp/cramjam-nginx', runAsRoot: false });
const seconds = (directive: string) => Number(new RegExp(`${directive} (\\d+)s;`).exec(config)?.[1]);

test('nginx keeps a quiet socket open longer than Socket.IO\'s ping interval plus timeout, and passes WebSocket upgrades', () => {
  expect(seconds('proxy_read_timeout') * 1000).toBeGreaterThan(HEARTBEAT.pingInterval + HEARTBEAT.pingTimeout);
  expect(seconds('proxy_send_timeout') * 1000).toBeGreaterThan(HEARTBEAT.pingInterval + HEARTBEAT.pingTimeout);
  expect(config).toContain('proxy_http_version 1.1;');
  expect(config).toContain('proxy_set_header Upgrade $http_upgrade;');
  expect(config).toContain('proxy_set_header Connection $connection_upgrade;');
});

test('a new WebSocket goes to any node; long-polling and its upgrade stick to one node by client address', () => {
  expect(config).toMatch(/upstream cramjam_any \{[^}]*least_conn;[^}]*server 10\.0\.0\.1:3000[^}]*server 10\.0\.0\.2:3000/);
  expect(config).toMatch(/upstream cramjam_sticky \{[^}]*hash \$remote_addr consistent;/);
  expect(config).toMatch(/"websocket:"\s+cramjam_any;\s+default\s+cramjam_sticky;/);
});

test('nginx passes the name the browser asked for: the nodes check it against their allowed hosts (DNS rebinding)', () => {
  expect(config).toContain('proxy_set_header Host $host;');
});

import type { NetworkInterfaceInfo } from 'node:os';
import { expect, test } from 'vitest';
import { lanOrigin, phoneOrigin } from './lan';

const v4 = (address: string, internal = false) => ({ family: 'IPv4', address, internal }) as NetworkInterfaceInfo;

test('phones are sent to the Wi-Fi address, not a container bridge or a VPN', () => {
  const interfaces = { lo: [v4('127.0.0.1', true)], docker0: [v4('172.17.0.1')], tun0: [v4('10.8.0.2')], wlan0: [v4('192.168.1.23')] };
  expect(lanOrigin(3000, interfaces)).toBe('http://192.168.1.23:3000');
});

test('a public address only when nothing private is there, and none on a machine with no network', () => {
  expect(lanOrigin(3000, { eth0: [v4('203.0.113.5')] })).toBe('http://203.0.113.5:3000');
  expect(lanOrigin(3000, { lo: [v4('127.0.0.1', true)] })).toBeNull();
});

test('phones join at the Wi-Fi address, unless the server listens on loopback only', () => {
  const interfaces = { lo: [v4('127.0.0.1', true)], wlan0: [v4('192.168.1.20')] };
  expect(phoneOrigin('0.0.0.0', 8080, interfaces)).toBe('http://192.168.1.20:8080');
  expect(phoneOrigin('127.0.0.1', 8080, interfaces)).toBeNull();
});

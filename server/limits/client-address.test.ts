import { describe, expect, it } from 'vitest';
import { addressBlock, clientAddress } from './client-address';

describe('client address', () => {
  it('is the peer address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', 0)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', undefined, 0)).toBe('203.0.113.7');
  });

  it('behind trusted proxies, is the address the outermost trusted proxy saw', () => {
    // client 198.51.100.1 -> nginx (appends it) -> us; a forged first entry is ignored
    expect(clientAddress('127.0.0.1', '6.6.6.6, 198.51.100.1', 1)).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', '6.6.6.6, 198.51.100.1, 10.0.0.2', 2)).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', ['198.51.100.1'], 1)).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', undefined, 1)).toBe('127.0.0.1');
  });

  it('keys an IPv6 client by its /64', () => {
    expect(clientAddress('2001:db8:1:2:aaaa::1', undefined, 0)).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8:1:2:bbbb:cccc:dddd:eeee', undefined, 0)).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8::1', undefined, 0)).toBe('2001:db8:0:0::/64');
    expect(clientAddress('::1', undefined, 0)).toBe('0:0:0:0::/64');
  });

  it('groups addresses by their /24 (IPv4) or /48 (IPv6) block', () => {
    expect(addressBlock(clientAddress('203.0.113.7', undefined, 0))).toBe('203.0.113.0/24');
    expect(addressBlock(clientAddress('203.0.113.250', undefined, 0))).toBe('203.0.113.0/24');
    expect(addressBlock(clientAddress('2001:db8:1:2:aaaa::1', undefined, 0))).toBe('2001:db8:1::/48');
    expect(addressBlock(clientAddress('2001:db8:1:ffff::1', undefined, 0))).toBe('2001:db8:1::/48');
    expect(addressBlock('unknown')).toBe('unknown');
  });
});

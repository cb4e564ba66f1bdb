import { isIPv6 } from 'node:net';

/**
 * The request header that carries clientAddress() to the app's route handlers. The HTTP
 * layer (http/serve.ts) always sets it, replacing whatever a client sent under this name.
 */
export const CLIENT_ADDRESS_HEADER = 'x-cramjam-client-address';

/**
 * Who a request comes from, for rate limits. The socket's own peer address,
 * unless `trustedProxies` proxies (nginx, a load balancer) stand in front: then
 * the address the outermost trusted proxy saw, from X-Forwarded-For. The header
 * is never read when no proxy is trusted, since any client can write it.
 * An IPv6 client is keyed by its /64, which one household or phone gets whole.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string {
  let address = peer ?? 'unknown';
  if (trustedProxies > 0 && forwardedFor) {
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map((h) => h.trim()).filter(Boolean);
    // Each trusted proxy appended the address it saw: the client is the one the outermost of them appended.
    address = hops[Math.max(0, hops.length - trustedProxies)] ?? address;
  }
  return addressKey(address);
}

/**
 * The block an address key belongs to: an IPv4 address's /24, an IPv6 /64's
 * /48. One holder (a school's range, a host's subnet) usually has a whole block,
 * so a budget per block makes its 256 addresses (or 65,536 /64s) count as one.
 */
export function addressBlock(key: string): string {
  const v4 = /^(\d+\.\d+\.\d+)\.\d+$/.exec(key);
  if (v4) return `${v4[1]}.0/24`;
  const v6 = /^([\da-f]+:[\da-f]+:[\da-f]+):[\da-f]+::\/64$/.exec(key);
  return v6 ? `${v6[1]}::/48` : key;
}

function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

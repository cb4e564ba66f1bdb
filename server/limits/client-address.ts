import { isIPv6 } from 'node:net';

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

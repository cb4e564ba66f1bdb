import os from 'node:os';

/** Interfaces that are not the Wi-Fi or Ethernet phones share: containers, VPNs, bridges. */
const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|tun|tap|utun|wg|zt|tailscale|lo)/i;
const PRIVATE = /^(192\.168\.|10\.|172\.(1[6-9]|2\d|3[01])\.)/;

/**
 * The address phones on the same network can use, when the host browses via
 * localhost: a private IPv4 address on a physical interface first.
 */
export function lanOrigin(port: number, interfaces = os.networkInterfaces()): string | null {
  const candidates = Object.entries(interfaces).flatMap(([name, addresses]) =>
    (addresses ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => ({ name, address: a.address })),
  );
  const rank = (c: { name: string; address: string }) => (VIRTUAL.test(c.name) ? 2 : 0) + (PRIVATE.test(c.address) ? 0 : 1);
  const best = candidates.sort((a, b) => rank(a) - rank(b))[0];
  return best ? `http://${best.address}:${port}` : null;
}

/** Where phones join this server: its Wi-Fi address, unless it listens on loopback only (HOST=127.0.0.1), where no phone reaches it. */
export function phoneOrigin(host: string, port: number, interfaces = os.networkInterfaces()): string | null {
  return host === '127.0.0.1' ? null : lanOrigin(port, interfaces);
}

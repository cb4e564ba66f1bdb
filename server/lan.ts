import os from 'node:os';

/** The address phones on the same network can use, when the host browses via localhost. */
export function lanOrigin(port: number): string | null {
  for (const addresses of Object.values(os.networkInterfaces())) {
    const v4 = addresses?.find((a) => a.family === 'IPv4' && !a.internal);
    if (v4) return `http://${v4.address}:${port}`;
  }
  return null;
}

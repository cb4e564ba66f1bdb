import { execFileSync } from 'node:child_process';

/**
 * Each player is one socket in the bench and one in the server. Node raises its
 * own soft open-file limit to the hard one when it starts (and the server it
 * spawns inherits that), so what a shell child reports here is the effective
 * limit. When it is too low only the user can raise it: say how. Connections
 * past the limit fail with EMFILE and show up in the connect row.
 */
export function checkFileLimit(players: number): void {
  const needed = players + 256;
  const text = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
  const limit = text === 'unlimited' ? Number.POSITIVE_INFINITY : Number(text);
  if (limit >= needed) return;
  console.warn(
    `warning: the open-file limit is ${limit}, but ${players} players need about ${needed} per process (bench and server).\n` +
      `  Raise it before running, e.g. \`ulimit -Hn ${needed} && ulimit -n ${needed}\` as root, or nofile in /etc/security/limits.conf.`,
  );
}

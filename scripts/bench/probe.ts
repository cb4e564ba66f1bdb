import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Resource use per phase, read from /proc: the server's resident memory and
 * CPU time, the CPU time of its child processes (the embedded Postgres), and
 * the bench's own CPU time and event-loop delay (when the bench's loop lags,
 * the latencies it measures include its own queueing, not only the server's).
 */

const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface Stat {
  ppid: number;
  cpuMs: number;
}

function readStat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' '); // fields from the 3rd (state) on
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return { ppid: Number(fields[1]), cpuMs: ((utime + stime) * 1000) / TICKS };
  } catch {
    return null; // gone, or not ours to read
  }
}

export function rssKb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Every process under `root`, found by walking /proc's parent links. */
function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = readStat(pid);
    if (stat) parents.set(pid, stat.ppid);
  }
  const found: number[] = [];
  const frontier = [root];
  while (frontier.length) {
    const parent = frontier.pop()!;
    for (const [pid, ppid] of parents) {
      if (ppid !== parent) continue;
      found.push(pid);
      frontier.push(pid);
    }
  }
  return found;
}

export interface Usage {
  wallMs: number;
  /** the phase on the monotonic clock in µs, as a V8 .cpuprofile's timestamps are */
  monotonicUs: [number, number];
  serverCpuMs: number | null;
  childrenCpuMs: number | null;
  benchCpuMs: number;
  benchLoopP99Ms: number;
  benchLoopMaxMs: number;
  serverRssKb: number | null;
  serverPeakRssKb: number | null;
}

interface Snapshot {
  at: number;
  monotonicUs: number;
  serverCpuMs: number | null;
  childrenCpuMs: number | null;
  benchCpuMs: number;
}

export class Probe {
  private last: Snapshot;
  private peakRssKb: number | null = null;
  private readonly sampler: NodeJS.Timeout;
  private readonly loop = monitorEventLoopDelay({ resolution: 1 });
  /** children's CPU is summed over the processes seen so far: backends come and go */
  private readonly childCpu = new Map<number, number>();

  constructor(private readonly serverPid: number | null) {
    this.loop.enable();
    this.last = this.snapshot();
    this.sampler = setInterval(() => this.sampleRss(), 250);
    this.sampler.unref();
  }

  /** Usage since the previous call. */
  phase(): Usage {
    this.sampleRss();
    const now = this.snapshot();
    const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
    const usage: Usage = {
      wallMs: now.at - this.last.at,
      monotonicUs: [this.last.monotonicUs, now.monotonicUs],
      serverCpuMs: diff(now.serverCpuMs, this.last.serverCpuMs),
      childrenCpuMs: diff(now.childrenCpuMs, this.last.childrenCpuMs),
      benchCpuMs: now.benchCpuMs - this.last.benchCpuMs,
      benchLoopP99Ms: this.loop.percentile(99) / 1e6,
      benchLoopMaxMs: this.loop.max / 1e6,
      serverRssKb: this.serverPid === null ? null : rssKb(this.serverPid),
      serverPeakRssKb: this.peakRssKb,
    };
    this.last = now;
    this.peakRssKb = usage.serverRssKb;
    this.loop.reset();
    return usage;
  }

  stop(): void {
    clearInterval(this.sampler);
    this.loop.disable();
  }

  private sampleRss(): void {
    if (this.serverPid === null) return;
    const kb = rssKb(this.serverPid);
    if (kb !== null) this.peakRssKb = Math.max(this.peakRssKb ?? 0, kb);
  }

  private snapshot(): Snapshot {
    const cpu = process.cpuUsage();
    const server = this.serverPid === null ? null : readStat(this.serverPid);
    return {
      at: performance.now(),
      monotonicUs: Number(process.hrtime.bigint() / 1000n),
      serverCpuMs: server?.cpuMs ?? null,
      childrenCpuMs: this.serverPid === null ? null : this.childrenCpuMs(this.serverPid),
      benchCpuMs: (cpu.user + cpu.system) / 1000,
    };
  }

  /** null while the server has no child processes (Postgres elsewhere) */
  private childrenCpuMs(pid: number): number | null {
    for (const child of descendants(pid)) {
      const stat = readStat(child);
      if (stat) this.childCpu.set(child, stat.cpuMs);
    }
    if (this.childCpu.size === 0) return null;
    let total = 0;
    for (const cpuMs of this.childCpu.values()) total += cpuMs;
    return total;
  }
}

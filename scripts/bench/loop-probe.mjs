// Loaded into the server by `npm run bench:images` (node --import): the server's
// own event-loop delay at 1 ms resolution. On 'loop' it answers with the longest
// delay and the 99th percentile since the last 'loop', and starts over.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 1 });
delay.enable();
process.on('message', (message) => {
  if (message !== 'loop') return;
  process.send({ loopMaxMs: delay.max / 1e6, loopP99Ms: delay.percentile(99) / 1e6 });
  delay.reset();
});

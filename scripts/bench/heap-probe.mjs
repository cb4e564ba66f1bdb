// Loaded into the server by `npm run bench:idle` (node --expose-gc --import): on the
// message 'heap' it collects garbage and answers with the process's memory, so the
// bench measures what idle rooms and players keep alive, not what is waiting for GC.
process.on('message', (message) => {
  if (message !== 'heap') return;
  globalThis.gc();
  globalThis.gc();
  const { heapUsed, rss, external } = process.memoryUsage();
  process.send({ heapUsed, rss, external });
});

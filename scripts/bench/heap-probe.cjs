// Loaded into the language server by the benchmark (NODE_OPTIONS="--expose-gc --require <this>"):
// on SIGUSR2 it collects garbage and writes the live heap in bytes to $SOURCECHECK_HEAP_FILE, so
// the benchmark can tell a leak (live heap growing) from V8 sizing its heap to the garbage rate.
const { writeFileSync } = require('node:fs');

process.on('SIGUSR2', () => {
  global.gc();
  writeFileSync(process.env.SOURCECHECK_HEAP_FILE, String(process.memoryUsage().heapUsed));
});

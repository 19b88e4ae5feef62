// Preloaded (node -r) into a process the CLI benchmark times: at exit it writes the process's
// CPU time (user + system, every thread: the JIT's and the garbage collector's helpers
// included) in milliseconds to the file named by ZIELWERK_BENCH_CPU. Changes nothing else.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  if (process.env.ZIELWERK_BENCH_CPU) writeFileSync(process.env.ZIELWERK_BENCH_CPU, String((user + system) / 1000));
});

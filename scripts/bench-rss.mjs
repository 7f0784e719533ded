// Preloaded by the render benchmark (node --import): writes the process's peak resident set size
// (worker threads included) in kB to BENCH_RSS_FILE when the process ends.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});

// The render rows of `npm run bench` (bench.mjs runs this after the check rows): `swa render` as a
// user calls it (one process, start-up included) on 342 copies of a complete agreements file,
// next to its floor measured in the same run: the docx library alone building a plain document of
// the same text (scripts/bench-docx-floor.mjs). Best of BENCH_RENDER_RUNS (3) interleaved runs;
// peak RSS is the process's own (worker threads included), read through scripts/bench-rss.mjs.
// Run after a build: node scripts/build.mjs && node scripts/bench-render.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RENDER_RUNS ?? 3);
const count = Number(process.env.BENCH_RENDER_FILES ?? 342);
const work = mkdtempSync(join(tmpdir(), 'swa-bench-render-'));
const bin = join(root, 'bin/swa.js');
const floorScript = join(root, 'scripts/bench-docx-floor.mjs');
const rssFile = join(work, 'rss');

/** `count` copies of the complete test file, each with a gemeente name of its own (so its own document). */
function copies(dir) {
  const text = readFileSync(join(root, 'test/fixtures/check/compleet/afspraken.yaml'), 'utf8');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i += 1) writeFileSync(join(dir, `gm${String(i).padStart(4, '0')}.yaml`), text.replace(/naam: ([^\n]*)/, `naam: $1 ${i + 1}`));
}

/** One process from start to end: wall time (ms) and peak RSS (MB). */
function timed(args, env = {}) {
  rmSync(join(work, 'uit'), { recursive: true, force: true });
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', join(root, 'scripts/bench-rss.mjs'), ...args], {
    cwd: work,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, GITHUB_ACTIONS: undefined, BENCH_RSS_FILE: rssFile, ...env },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} gaf exitcode ${result.status}: ${result.stderr}`);
  return { ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

try {
  copies(join(work, 'in'));
  spawnSync(process.execPath, [floorScript, 'prepare', join(work, 'in'), join(work, 'inhoud.json')], { stdio: 'inherit' });
  const render = ['render', 'in', '--out', 'uit', '--quiet', '--datum', '2026-11-23'];
  const rows = [
    {
      label: `docx alleen: een eenvoudig document met dezelfde tekst, ${count} documenten (ondergrens)`,
      documents: count,
      args: [floorScript, 'build', 'inhoud.json', 'uit'],
    },
    { label: `swa render, ${count} bestanden in één aanroep`, documents: count, args: [bin, ...render] },
    { label: `idem, op één kern (--kernen 1)`, documents: count, args: [bin, ...render, '--kernen', '1'] },
    { label: `swa render --per-partner, ${count} bestanden (${count * 5} documenten)`, documents: count * 5, args: [bin, ...render, '--per-partner'] },
  ];
  const load = loadavg()[0];
  for (let run = 0; run < runs; run += 1) {
    for (const row of rows) (row.samples ??= []).push(timed(row.args));
  }
  const floor = Math.min(...rows[0].samples.map((s) => s.ms));
  console.log(
    `\nswa render — beste van ${runs} runs (om en om), Node ${process.version}, ${availableParallelism()} kernen (${cpus()[0]?.model.trim() ?? 'onbekend'}), belasting bij de start ${load.toFixed(1)}, aan het eind ${loadavg()[0].toFixed(1)}\n`,
  );
  console.log('| meting | beste | per document | piek-RSS | × ondergrens |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const best = Math.min(...row.samples.map((s) => s.ms));
    const rss = Math.max(...row.samples.map((s) => s.rssMb));
    console.log(
      `| ${row.label} | ${(best / 1000).toFixed(2)} s | ${(best / row.documents).toFixed(1)} ms | ${rss.toFixed(0)} MB | ${(best / floor).toFixed(2)} |`,
    );
  }
  console.log('');
} finally {
  rmSync(work, { recursive: true, force: true });
}

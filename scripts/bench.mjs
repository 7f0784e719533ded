// `npm run bench`: how long `swa check` takes, as a pipeline would call it (a new process each
// time), against the floor of starting Node at all. Medians of several runs; run it on the machine
// whose figures you want to quote. A render benchmark (scripts/bench-render.mjs) runs after it
// when it exists.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateGemeenten } from './generate-gemeenten.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 9);
const bin = join(root, 'bin/swa.js');
const work = mkdtempSync(join(tmpdir(), 'swa-bench-'));

function wallMs(args, expectCodes) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: work, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, GITHUB_ACTIONS: undefined } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!expectCodes.includes(result.status)) throw new Error(`${args.join(' ')} gaf exitcode ${result.status}: ${result.stderr}`);
  return ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measure(label, args, expectCodes = [0], count = runs) {
  wallMs(args, expectCodes); // one warm-up run: the file system cache, not the measurement
  const samples = Array.from({ length: count }, () => wallMs(args, expectCodes));
  return { label, median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

try {
  generateGemeenten(342, join(work, 'gemeenten'));
  const datum = ['--datum', '2026-11-23'];
  const rows = [
    measure("node -e ''  (ondergrens)", ['-e', '']),
    measure('swa check, 1 bestand', [bin, 'check', join(root, 'examples/voorbeeldstad.yaml'), ...datum]),
    measure('swa check, 342 bestanden', [bin, 'check', 'gemeenten', ...datum], [1]),
    measure('swa check, 342 bestanden, sarif', [bin, 'check', 'gemeenten', '--format', 'sarif', ...datum], [1]),
  ];
  // PDF/A through LibreOffice (a start per document), when it is installed: seconds per run, so fewer runs.
  if (spawnSync(process.env.SWA_SOFFICE || 'soffice', ['--version'], { stdio: 'ignore' }).status === 0) {
    const pdfRuns = Number(process.env.BENCH_PDF_RUNS ?? 3);
    const example = join(root, 'examples/voorbeeldstad.yaml');
    const regio = generateGemeenten(5, join(work, 'pdf-regio'));
    const pdfRows = [
      [1, measure('swa render --alleen-pdf, 1 document', [bin, 'render', example, '--alleen-pdf', '--force', '--out', 'pdf-1', ...datum], [0], pdfRuns)],
      [5, measure('swa render --per-partner --alleen-pdf, 5 documenten', [bin, 'render', example, '--per-partner', '--alleen-pdf', '--force', '--out', 'pdf-5', ...datum], [0], pdfRuns)],
      [5, measure('swa render --alleen-pdf, 5 gemeenten', [bin, 'render', ...regio, '--alleen-pdf', '--force', '--out', 'pdf-regio-uit', ...datum], [0], pdfRuns)],
    ];
    for (const [documents, row] of pdfRows) rows.push({ ...row, label: `${row.label}: ${(row.median / documents / 1000).toFixed(1)} s per document` });
  }
  const floor = rows[0].median;
  console.log(`\nswa check — mediaan van ${runs} runs, Node ${process.version}, ${availableParallelism()} kernen (${cpus()[0]?.model.trim() ?? 'onbekend'})\n`);
  console.log('| meting | mediaan | min – max | × ondergrens |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(`| ${row.label} | ${row.median.toFixed(0)} ms | ${row.min.toFixed(0)} – ${row.max.toFixed(0)} ms | ${(row.median / floor).toFixed(1)} |`);
  }
  console.log('');
} finally {
  rmSync(work, { recursive: true, force: true });
}

const renderBench = join(root, 'scripts/bench-render.mjs');
if (existsSync(renderBench)) spawnSync(process.execPath, [renderBench], { stdio: 'inherit' });

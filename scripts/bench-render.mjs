// Benchmark of `swa render` in one process, after start-up: the bundled example rendered
// repeatedly, then the 342 generated gemeente files (every third a draft). Reports medians.
// Run after a build: node scripts/build.mjs && node scripts/bench-render.mjs
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateGemeenten } from './generate-gemeenten.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const today = '2026-11-23';

const startImport = performance.now();
const { checkSource } = await import(join(root, 'dist/core/check.js'));
const { loadTemplates } = await import(join(root, 'dist/render/load-templates.js'));
const { compileTemplates } = await import(join(root, 'dist/render/template-set.js'));
const { renderFile } = await import(join(root, 'dist/render/render-document.js'));
const templates = compileTemplates(await loadTemplates(null));
const startup = performance.now() - startImport;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (value) => `${value.toFixed(1)} ms`;

async function renderOnce(file, bytes, perPartner) {
  const t0 = performance.now();
  const check = checkSource(file, bytes, { today, readFile: (path) => readFileSync(path) });
  const t1 = performance.now();
  const result = await renderFile(check, templates, { perPartner, generator: 'swa bench' });
  const t2 = performance.now();
  return { check: t1 - t0, render: t2 - t1, total: t2 - t0, documents: result.documents.length };
}

const example = join(root, 'examples/voorbeeldstad.yaml');
const exampleBytes = readFileSync(example);
const first = await renderOnce(example, exampleBytes, false);
const runs = [];
for (let i = 0; i < 30; i += 1) runs.push(await renderOnce(example, exampleBytes, false));
const perPartnerRuns = [];
for (let i = 0; i < 10; i += 1) perPartnerRuns.push(await renderOnce(example, exampleBytes, true));

const dir = mkdtempSync(join(tmpdir(), 'swa-bench-'));
const files = generateGemeenten(342, dir);
const batchStart = performance.now();
const batch = [];
for (const file of files) batch.push(await renderOnce(file, readFileSync(file), false));
const batchTotal = performance.now() - batchStart;
rmSync(dir, { recursive: true, force: true });

console.log(`swa render benchmark (Node ${process.version}, één proces)`);
console.log(`  opstarten (docx, handlebars, sjablonen laden en compileren): ${ms(startup)}`);
console.log(`  voorbeeldstad, eerste document (koud):                      ${ms(first.total)}`);
console.log(`  voorbeeldstad, mediaan van 30 (check + render):             ${ms(median(runs.map((r) => r.total)))}  (check ${ms(median(runs.map((r) => r.check)))}, render ${ms(median(runs.map((r) => r.render)))})`);
console.log(`  voorbeeldstad --per-partner (5 documenten), mediaan van 10: ${ms(median(perPartnerRuns.map((r) => r.total)))}`);
console.log(`  342 gegenereerde gemeenten: totaal ${ms(batchTotal)}, mediaan ${ms(median(batch.map((r) => r.total)))} per document, p90 ${ms(percentile(batch.map((r) => r.total), 90))}`);

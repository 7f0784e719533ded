// `npm run bench`: how long `swa check` takes, as a pipeline would call it (a new process each
// time), side by side with a peer measured in the same run: ajv-cli validating the same files
// against the same JSON Schema (it does less: no positions, no completeness rules), and bare
// `node -e 0` for the cost of starting Node at all. The two commands of a row run in turn
// (peer, swa, peer, swa, …) so that a busy machine slows both alike; the table gives the best and
// the median of each and their ratio. Then `swa render` (and PDF/A when LibreOffice is installed).
// The README's table ("Snelheid") comes from this output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gemeenteName, generateGemeenten } from './generate-gemeenten.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 9);
const bin = join(root, 'bin/swa.js');
const ajvCli = join(root, 'node_modules/ajv-cli/dist/index.js');
const schema = join(root, 'schemas/samenwerkingsafspraken.schema.json');
const work = mkdtempSync(join(tmpdir(), 'swa-bench-'));
const today = '2026-11-23';
const datum = ['--datum', today];
// `node scripts/bench.mjs check`: only the check table (the render part takes minutes).
const onlyCheck = process.argv.slice(2).includes('check');

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

function summary(samples) {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

function measure(label, args, expectCodes = [0], count = runs) {
  wallMs(args, expectCodes); // one warm-up run: the file system cache, not the measurement
  const samples = Array.from({ length: count }, () => wallMs(args, expectCodes));
  return { label, ...summary(samples) };
}

/** Peer and swa in turn, `count` times each after one warm-up of both. */
function sideBySide(command, count = runs) {
  const { peer, swa } = command;
  wallMs(peer.args, peer.codes);
  wallMs(swa.args, swa.codes);
  const peerSamples = [];
  const swaSamples = [];
  for (let i = 0; i < count; i += 1) {
    peerSamples.push(wallMs(peer.args, peer.codes));
    swaSamples.push(wallMs(swa.args, swa.codes));
  }
  return { ...command, peer: { ...peer, ...summary(peerSamples) }, swa: { ...swa, ...summary(swaSamples) } };
}

/**
 * Copies of the complete example, each with its own name and CBS code. Dates are written between
 * quotes: ajv-cli reads YAML with js-yaml 3, which would turn a bare date into a Date object that
 * the schema (dates are text) refuses. `finding` puts the next evaluation in the past (before
 * `today`): exactly one finding per file, as on the day an evaluation date passes in every
 * gemeente of a region.
 */
function completeFiles(count, dir, { finding = false } = {}) {
  const template = readFileSync(join(root, 'examples/voorbeeldstad.yaml'), 'utf8').replace(/^( *[a-z_]+: )(\d{4}-\d\d-\d\d)$/gm, '$1"$2"');
  const text = finding ? template.replace('volgende: "2027-03-01"', 'volgende: "2026-09-01"') : template;
  if (finding && text === template) throw new Error('het voorbeeld heeft geen evaluatie.volgende meer: pas scripts/bench.mjs aan');
  mkdirSync(dir, { recursive: true });
  for (let index = 0; index < count; index += 1) {
    const name = gemeenteName(index);
    const code = `GM${String(index + 1).padStart(4, '0')}`;
    writeFileSync(join(dir, `${code.toLowerCase()}.yaml`), text.replaceAll('Voorbeeldstad', name).replaceAll('GM9999', code));
  }
  return dir;
}

const ajv = (data, codes = [0]) => ({
  name: 'ajv-cli',
  args: [ajvCli, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--all-errors', '-s', schema, '-d', data],
  codes,
});
const swa = (args, codes) => ({ name: 'swa', args: [bin, 'check', ...args, ...datum], codes });
const ms = (value) => `${value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`}`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

try {
  const complete = completeFiles(342, join(work, 'compleet'));
  const withFinding = completeFiles(342, join(work, 'een-melding'), { finding: true });
  const single = join(complete, 'gm0001.yaml');
  // The peer must really validate: an invalid file has to fail, a complete one to pass.
  const invalid = join(work, 'ongeldig.yaml');
  writeFileSync(invalid, readFileSync(single, 'utf8').replace('schema_versie: 1', 'schema_versie: zeven'));
  wallMs(ajv(invalid).args, [1]);
  wallMs(ajv(single).args, [0]);

  const load = loadavg()[0];
  const rows = [
    sideBySide({ label: 'check 342 bestanden, elk met één melding', target: 1.0, peer: ajv(join(withFinding, '*.yaml')), swa: swa([withFinding], [1]) }),
    sideBySide({ label: 'check 342 complete bestanden, één aanroep', target: 0.8, peer: ajv(join(complete, '*.yaml')), swa: swa([complete], [0]) }),
    sideBySide({ label: 'check 1 compleet bestand', target: 1.8, peer: { name: '`node -e 0`', args: ['-e', '0'], codes: [0] }, swa: swa([single], [0]) }),
    sideBySide({ label: 'check 1 compleet bestand', target: 1.0, peer: ajv(single), swa: swa([single], [0]) }),
    sideBySide({
      label: 'check 342 bestanden met één melding, `--format sarif`',
      peer: ajv(join(withFinding, '*.yaml')),
      swa: swa([withFinding, '--format', 'sarif'], [1]),
    }),
  ];
  console.log(
    `\nswa check naast ajv-cli en \`node -e 0\`: ${runs} runs om en om na één opwarmrun, Node ${process.version}, ${availableParallelism()} kernen (${cpus()[0]?.model.trim() ?? 'onbekend'}), belasting ${load.toFixed(2)} bij de start en ${loadavg()[0].toFixed(2)} aan het eind\n`,
  );
  console.log('| meting | swa best (mediaan) | peer | peer best (mediaan) | verhouding best (mediaan) | doel |');
  console.log('| --- | ---: | --- | ---: | ---: | ---: |');
  for (const row of rows) {
    const target = row.target === undefined ? '' : `≤ ${row.target.toFixed(1)}×`;
    console.log(
      `| ${row.label} | ${ms(row.swa.min)} (${ms(row.swa.median)}) | ${row.peer.name} | ${ms(row.peer.min)} (${ms(row.peer.median)}) | ${ratio(row.swa.min, row.peer.min)} (${ratio(row.swa.median, row.peer.median)}) | ${target} |`,
    );
  }
  console.log('');

  // PDF/A through LibreOffice (a start per document), when it is installed: seconds per run, so fewer runs.
  if (!onlyCheck && spawnSync(process.env.SWA_SOFFICE || 'soffice', ['--version'], { stdio: 'ignore' }).status === 0) {
    const pdfRuns = Number(process.env.BENCH_PDF_RUNS ?? 3);
    const example = join(root, 'examples/voorbeeldstad.yaml');
    const regio = generateGemeenten(5, join(work, 'pdf-regio'));
    const pdfRows = [
      [1, measure('swa render --alleen-pdf, 1 document', [bin, 'render', example, '--alleen-pdf', '--force', '--out', 'pdf-1', ...datum], [0], pdfRuns)],
      [
        5,
        measure(
          'swa render --per-partner --alleen-pdf, 5 documenten',
          [bin, 'render', example, '--per-partner', '--alleen-pdf', '--force', '--out', 'pdf-5', ...datum],
          [0],
          pdfRuns,
        ),
      ],
      [
        5,
        measure('swa render --alleen-pdf, 5 gemeenten', [bin, 'render', ...regio, '--alleen-pdf', '--force', '--out', 'pdf-regio-uit', ...datum], [0], pdfRuns),
      ],
    ];
    console.log(`swa render naar PDF/A — mediaan van ${pdfRuns} runs\n`);
    console.log('| meting | mediaan | min – max |');
    console.log('| --- | ---: | ---: |');
    for (const [documents, row] of pdfRows) {
      console.log(
        `| ${row.label}: ${(row.median / documents / 1000).toFixed(1)} s per document | ${row.median.toFixed(0)} ms | ${row.min.toFixed(0)} – ${row.max.toFixed(0)} ms |`,
      );
    }
    console.log('');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const renderBench = join(root, 'scripts/bench-render.mjs');
if (!onlyCheck && existsSync(renderBench)) spawnSync(process.execPath, [renderBench], { stdio: 'inherit' });

#!/usr/bin/env node
// Counts of one or more Stryker JSON reports (reports/mutation/mutation.json), as the README table
// in "Mutatietests" shows them, so that its numbers come from the report and not from reading the
// HTML by eye.
//
//   node scripts/mutation-table.mjs reports/mutation/mutation.json [more.json …] [--per-file] [--survivors]
//
// Score as Stryker computes it: killed (timeouts included) / (killed + survived + no coverage).
// "Geraakt" leaves out the mutants no test reaches. Mutants Stryker did not run (static ones under
// ignoreStatic, status Ignored) and those that did not compile are not counted.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const perFile = args.includes('--per-file');
const survivors = args.includes('--survivors');
if (files.length === 0) {
  console.error('Gebruik: node scripts/mutation-table.mjs <mutation.json> [meer.json …] [--per-file] [--survivors]');
  process.exit(2);
}

const empty = () => ({ mutants: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 });
const byFile = new Map();
for (const report of files) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  for (const [path, file] of Object.entries(json.files)) {
    // A later report wins for a file measured twice.
    const row = empty();
    for (const mutant of file.mutants) {
      if (mutant.status === 'Ignored') {
        row.ignored += 1;
        continue;
      }
      if (mutant.status === 'CompileError' || mutant.status === 'RuntimeError') {
        row.errors += 1;
        continue;
      }
      row.mutants += 1;
      if (mutant.status === 'Killed') row.killed += 1;
      else if (mutant.status === 'Timeout') {
        row.killed += 1;
        row.timeout += 1;
      } else if (mutant.status === 'Survived') row.survived += 1;
      else if (mutant.status === 'NoCoverage') row.noCoverage += 1;
      if (survivors && (mutant.status === 'Survived' || mutant.status === 'NoCoverage')) {
        const where = `${path}:${mutant.location.start.line}:${mutant.location.start.column}`;
        console.log(
          `${mutant.status === 'Survived' ? 'overleefd ' : 'niet geraakt'}  ${where}  ${mutant.mutatorName}  ${JSON.stringify(mutant.replacement ?? '')}`,
        );
      }
    }
    byFile.set(path, row);
  }
}

const pct = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1).replace('.', ',')}%`);
const line = (name, r) =>
  `| ${name} | ${r.mutants} | ${r.killed} (${r.timeout}) | ${r.survived} | ${r.noCoverage} | ${pct(r.killed, r.mutants)} | ${pct(r.killed, r.killed + r.survived)} |`;

const total = empty();
console.log('| Bestand | Mutanten | Gedood (time-outs) | Overleefd | Niet geraakt | Score | Geraakt |');
console.log('|---|---|---|---|---|---|---|');
for (const [path, row] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
  for (const key of Object.keys(total)) total[key] += row[key];
  if (perFile) console.log(line(`\`${path}\``, row));
}
console.log(line('**samen**', total));
if (total.ignored || total.errors) console.log(`(niet gerekend: ${total.ignored} static/overgeslagen, ${total.errors} compileer- of looptijdfouten)`);

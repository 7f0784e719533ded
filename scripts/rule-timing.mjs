// `node scripts/rule-timing.mjs` (after `npm run build`): the CPU time of each rule of `swa check`,
// in one process, over 342 copies of the complete example (as `npm run bench` checks them). The
// whole-process table of `npm run bench` says how swa compares; this says where the check spends.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gemeenteName } from './generate-gemeenten.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { checkSource } = await import(join(root, 'dist/core/check.js'));
const { RULES } = await import(join(root, 'dist/core/rules/index.js'));
const { INVOER_RULES } = await import(join(root, 'dist/core/rules/invoer.js'));

const rounds = Number(process.env.ROUNDS ?? 5);
const finding = process.argv.includes('--een-melding');
const template = readFileSync(join(root, 'examples/voorbeeldstad.yaml'), 'utf8');
const text = finding ? template.replace('volgende: 2027-03-01', 'volgende: 2026-09-01') : template;
const encoder = new TextEncoder();
const files = Array.from({ length: 342 }, (_, index) => {
  const code = `GM${String(index + 1).padStart(4, '0')}`;
  return { name: `${code.toLowerCase()}.yaml`, bytes: encoder.encode(text.replaceAll('Voorbeeldstad', gemeenteName(index)).replaceAll('GM9999', code)) };
});

// Time spent in each rule's own run(), counted once even when one rule runs others.
const spent = new Map();
let depth = 0;
for (const rule of [...RULES, ...INVOER_RULES]) {
  const run = rule.run;
  rule.run = (context) => {
    if (depth > 0) return run(context);
    depth += 1;
    const start = process.hrtime.bigint();
    try {
      return run(context);
    } finally {
      spent.set(rule.id, (spent.get(rule.id) ?? 0n) + (process.hrtime.bigint() - start));
      depth -= 1;
    }
  };
}

const totals = [];
const perRule = [];
for (let round = 0; round < rounds; round += 1) {
  spent.clear();
  const start = process.hrtime.bigint();
  for (const file of files) checkSource(file.name, file.bytes, { today: '2026-11-23' });
  totals.push(Number(process.hrtime.bigint() - start) / 1e6);
  perRule.push(new Map([...spent].map(([id, ns]) => [id, Number(ns) / 1e6])));
}
// The best round: the least disturbed by others on a shared machine.
const best = totals.indexOf(Math.min(...totals));
const rules = [...perRule[best]].sort((a, b) => b[1] - a[1]);
const ruleSum = rules.reduce((sum, [, ms]) => sum + ms, 0);
console.log(`342 bestanden${finding ? ' (elk één melding)' : ' (compleet)'}, ${rounds} rondes, load ${loadavg()[0].toFixed(2)}`);
console.log(`check totaal: beste ${totals[best].toFixed(0)} ms (alle rondes: ${totals.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`regels samen: ${ruleSum.toFixed(0)} ms`);
for (const [id, ms] of rules.slice(0, Number(process.env.TOP ?? 15))) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${id}`);

// Writes the rule table of the README from the rule catalogue (run after `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTableMarkdown } from '../dist/report/rule-table.js';

const readme = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const text = readFileSync(readme, 'utf8');
const updated = text.replace(/(<!-- regels:begin -->\n)[\s\S]*?(<!-- regels:end -->)/, `$1${ruleTableMarkdown()}\n$2`);
writeFileSync(readme, updated);
console.log(updated === text ? 'README: regeltabel was al actueel' : 'README: regeltabel bijgewerkt');

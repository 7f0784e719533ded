// Writes the README table "Welk onderdeel in welk partnerdocument" from PARTNER_ROUTES (run after `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { partnerTableMarkdown } from '../dist/render/partner-table.js';

const readme = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const text = readFileSync(readme, 'utf8');
const updated = text.replace(/(<!-- partnerdocumenten:begin -->\n)[\s\S]*?(<!-- partnerdocumenten:end -->)/, `$1${partnerTableMarkdown()}\n$2`);
writeFileSync(readme, updated);
console.log(updated === text ? 'README: partnertabel was al actueel' : 'README: partnertabel bijgewerkt');

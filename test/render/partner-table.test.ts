import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partnerTableMarkdown } from '../../src/render/partner-table.js';
import { ROOT } from '../helpers/cli.js';

describe('README table "Welk onderdeel in welk partnerdocument"', () => {
  it('is the table the code routes by (PARTNER_ROUTES)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- partnerdocumenten:begin -->\n([\s\S]*?)\n<!-- partnerdocumenten:end -->/.exec(readme)?.[1];
    expect(block, 'run: npm run build && node scripts/readme-partners.mjs').toBe(partnerTableMarkdown());
  });

  it('says where a missing partner is an error (a, c, g) and where a warning (d.i, d.iv)', () => {
    const rows = partnerTableMarkdown().split('\n');
    expect(rows.filter((r) => r.includes('`partner-niet-gedekt`')).map((r) => r.split(' ')[1])).toEqual(['a.', 'c.', 'g.']);
    expect(rows.filter((r) => r.includes('`partner-niet-gedekt-en-of`')).map((r) => r.split(' ')[1])).toEqual(['d.i', 'd.iv']);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, documentName, openPoints, renderMarkup } from '../property/documents.js';
import { ROOT } from '../helpers/cli.js';

const COMPLEET = readFileSync(join(ROOT, 'test/fixtures/check/compleet/afspraken.yaml'), 'utf8');

describe('an instrument used by a name that is no partner', () => {
  it('is shown as open in every document the instrument is in, as check reports it (seed 1196512009 of the compleet property)', async () => {
    const text = COMPLEET.replace('gebruikt_door: [rvdk]', 'gebruikt_door: [rvdk, partner.onbekend]');
    expect(text).not.toBe(COMPLEET);
    const result = check(text);
    expect(result.findings.filter((f) => f.severity === 'fout').map((f) => f.rule)).toEqual(['partner-onbekend']);
    const open = (await renderMarkup(result)).flatMap((d) => openPoints(d).map((point) => `${documentName(d.partner)}: ${point}`));
    expect(open).toEqual([
      'integraal document: [nog in te vullen: welke partner met ‘partner.onbekend’ bedoeld is]',
      'document rvdk: [nog in te vullen: welke partner met ‘partner.onbekend’ bedoeld is]',
    ]);
  });
});

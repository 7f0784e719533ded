import { describe, expect, it } from 'vitest';
import { overzichtCsv } from '../../src/overzicht/csv.js';
import { buildOverzicht, combined, KOLOMMEN } from '../../src/overzicht/model.js';
import { ONDERDEEL_GROUPS } from '../../src/core/domain/onderdelen.js';
import type { CheckedFile } from '../../src/core/run.js';

describe('combined status of b and d', () => {
  it('is compleet only when every sub-item is, ontbreekt only when every sub-item is', () => {
    expect(combined(['compleet', 'compleet'])).toBe('compleet');
    expect(combined(['ontbreekt', 'ontbreekt'])).toBe('ontbreekt');
    expect(combined(['compleet', 'ontbreekt'])).toBe('onvolledig');
    expect(combined(['onvolledig', 'compleet'])).toBe('onvolledig');
  });
});

describe('csv fields', () => {
  it('quotes ; and " and keeps a formula from being run', () => {
    const file: CheckedFile = { file: 'x.yaml', findings: [], onderdelen: null, data: { gemeente: { naam: '=HYPERLINK("x";"y")' } } };
    const csv = overzichtCsv(buildOverzicht([file], '2026-11-23'));
    const row = csv.split('\r\n')[1]!;
    expect(row.startsWith(`"'=HYPERLINK(""x"";""y"")";`)).toBe(true);
    expect(row).toContain('niet te controleren');
  });
});

describe('b and d as one column', () => {
  it('take their title and sub-items from the one list in core/domain/onderdelen', () => {
    const b = KOLOMMEN.find((k) => k.id === 'b')!;
    const d = KOLOMMEN.find((k) => k.id === 'd')!;
    expect(b.titel).toBe(`${ONDERDEEL_GROUPS.b.titel} (b.i en b.ii)`);
    expect(d.titel).toBe(`${ONDERDEEL_GROUPS.d.titel} (d.i t/m d.v)`);
    expect(d.onderdelen).toEqual(['d.i', 'd.ii', 'd.iii', 'd.iv', 'd.v']);
  });
});

describe('the overview reads the gemeente as the documents do', () => {
  const row = (data: unknown) => buildOverzicht([{ file: 'g/x.yaml', findings: [], onderdelen: null, data }], '2026-11-23');

  it('a placeholder or deferral is no name: the row says which file has no gemeente, as the document shows it open', () => {
    for (const naam of ['TODO', 'n.t.b.', '  ', '...']) {
      expect(row({ gemeente: { naam, cbs_code: 'nog invullen' } }).rijen[0]).toMatchObject({ gemeente: '(geen gemeente: g/x.yaml)', cbsCode: null });
    }
    expect(row({ regio: { naam: 'TODO' }, gemeente: { naam: 'Utrecht' } }).regio).toBeNull();
  });

  it('a filled-in name is shown trimmed, and a number as written', () => {
    expect(row({ regio: { naam: ' Regio Oost ' }, gemeente: { naam: '  Utrecht ', cbs_code: 'GM0344' } })).toMatchObject({
      regio: 'Regio Oost',
      rijen: [{ gemeente: 'Utrecht', cbsCode: 'GM0344' }],
    });
    expect(row({ gemeente: { naam: 1234 } }).rijen[0]!.gemeente).toBe('1234');
  });
});

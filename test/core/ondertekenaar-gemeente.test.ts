import { describe, expect, it } from 'vitest';
import type { Rule, RuleFinding } from '../../src/core/rules/define-rule.js';
import { gemeenteOntbreekt, ondertekenaarOntbreekt } from '../../src/core/rules/document.js';

// Who the agreements are for, and who signs them: without these the document has no title and
// empty signature blocks. The finding must point at the place to fill in.

function run(rule: Rule, data: Record<string, unknown>): RuleFinding[] {
  const found: RuleFinding[] = [];
  rule.run({ data, today: '2026-11-23', report: (f) => found.push(f) });
  return found;
}

describe('gemeente-ontbreekt', () => {
  it('points at gemeente.naam when the gemeente block is there, else at gemeente', () => {
    expect(run(gemeenteOntbreekt, { gemeente: { naam: '' } })).toEqual([expect.objectContaining({ path: ['gemeente', 'naam'], onderdeel: null })]);
    expect(run(gemeenteOntbreekt, { gemeente: { cbs_code: 'GM0363' } })).toEqual([expect.objectContaining({ path: ['gemeente', 'naam'] })]);
    expect(run(gemeenteOntbreekt, {})).toEqual([expect.objectContaining({ path: ['gemeente'] })]);
    expect(run(gemeenteOntbreekt, { gemeente: 'Toetsdorp' })).toEqual([expect.objectContaining({ path: ['gemeente'] })]);
  });

  it('says where to write the name, and is silent for a real name', () => {
    expect(run(gemeenteOntbreekt, { gemeente: { naam: 'TODO' } })[0]?.message).toContain('`gemeente.naam`');
    expect(run(gemeenteOntbreekt, { gemeente: { naam: 'Toetsdorp' } })).toEqual([]);
  });
});

describe('ondertekenaar-ontbreekt', () => {
  const signer = { naam: 'A. de Boer', functie: 'directeur' };

  it('is silent when every partner that is there has a naam and a functie', () => {
    expect(
      run(ondertekenaarOntbreekt, {
        partners: { lokaal_team: { ondertekenaar: signer }, rvdk: { ondertekenaar: signer }, gi: [{ id: 'jbt', ondertekenaar: signer }] },
      }),
    ).toEqual([]);
  });

  it('reports a partner whose ondertekenaar lacks the naam, the functie, or is not a block', () => {
    for (const ondertekenaar of [{ functie: 'directeur' }, { naam: 'A. de Boer', functie: 'TODO' }, 'A. de Boer', undefined]) {
      const found = run(ondertekenaarOntbreekt, { partners: { veilig_thuis: { naam: 'VT', ondertekenaar } } });
      expect(found, JSON.stringify(ondertekenaar)).toEqual([expect.objectContaining({ path: ['partners', 'veilig_thuis'], onderdeel: null })]);
      expect(found[0]!.message).toContain('`veilig_thuis`');
    }
  });

  it('names a GI by its id, or by its number when it has none', () => {
    const found = run(ondertekenaarOntbreekt, { partners: { gi: [{ id: 'jbt', ondertekenaar: signer }, { id: 'wss' }, { naam: 'Zonder id' }, { id: 7 }] } });
    expect(found.map((f) => f.path)).toEqual([
      ['partners', 'gi', 1],
      ['partners', 'gi', 2],
      ['partners', 'gi', 3],
    ]);
    expect(found[0]!.message).toContain('`gi.wss`');
    expect(found[1]!.message).toContain('`gi nr. 3`');
    expect(found[2]!.message).toContain('`gi nr. 4`');
  });

  it('does not report a partner that is not there (partner-ontbreekt does)', () => {
    expect(run(ondertekenaarOntbreekt, { partners: { rvdk: null, gi: 'geen lijst' } })).toEqual([]);
  });
});

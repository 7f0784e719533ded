import { describe, expect, it } from 'vitest';
import type { Rule, RuleFinding } from '../../src/core/rules/define-rule.js';
import { giDubbelId, giZonderAfspraken, partnerOnbekend, partnerOntbreekt } from '../../src/core/rules/partners.js';

// The four partners of §6c must be described, each GI by name and a unique id, and a GI that no
// afspraak mentions is worth a warning. Each finding must point at the place to fix.

function run(rule: Rule, data: Record<string, unknown>): RuleFinding[] {
  const found: RuleFinding[] = [];
  rule.run({ data, today: '2026-11-23', report: (f) => found.push(f) });
  return found;
}

const FIXED = { lokaal_team: { naam: 'Wijkteam' }, veilig_thuis: { naam: 'VT' }, rvdk: { naam: 'Raad' } };

describe('partner-ontbreekt', () => {
  it('points at the naam of a fixed partner that is there without one, else at the partner', () => {
    const found = run(partnerOntbreekt, { partners: { lokaal_team: { naam: '' }, veilig_thuis: 'VT', gi: [{ id: 'jbt', naam: 'JBT' }] } });
    expect(found.map((f) => f.path)).toEqual([
      ['partners', 'lokaal_team', 'naam'],
      ['partners', 'veilig_thuis'],
      ['partners', 'rvdk'],
    ]);
    expect(found[2]!.message).toBe('De naam van de Raad voor de Kinderbescherming ontbreekt onder `partners.rvdk`.');
  });

  it('reports a missing or empty GI list once, at partners.gi', () => {
    for (const gi of [undefined, [], 'JBT']) {
      const found = run(partnerOntbreekt, { partners: { ...FIXED, gi } });
      expect(found, JSON.stringify(gi)).toEqual([expect.objectContaining({ path: ['partners', 'gi'], onderdeel: 'voorwaarde.aansluiting' })]);
    }
  });

  it('reports each GI without a name by its number, at that GI', () => {
    const found = run(partnerOntbreekt, { partners: { ...FIXED, gi: [{ id: 'a', naam: 'A' }, { id: 'b' }, 'C', { id: 'd', naam: 'TODO' }] } });
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [['partners', 'gi', 1], 'De naam van GI nr. 2 ontbreekt.'],
      [['partners', 'gi', 2], 'De naam van GI nr. 3 ontbreekt.'],
      [['partners', 'gi', 3], 'De naam van GI nr. 4 ontbreekt.'],
    ]);
  });
});

describe('partner-onbekend', () => {
  it('says nothing while no GI is declared (partner-ontbreekt does)', () => {
    expect(run(partnerOnbekend, { partners: FIXED, afspraken: { c_taakverdeling: [{ tekst: 'x', verantwoordelijk: ['gi.jbt'] }] } })).toEqual([]);
  });
});

describe('gi-zonder-afspraken', () => {
  const partners = (gi: unknown[]) => ({ ...FIXED, gi });

  it('warns at the id of a GI that no afspraak names', () => {
    const found = run(giZonderAfspraken, {
      partners: partners([{ id: 'jbt' }, { id: 'wss' }]),
      afspraken: { h_methoden_en_instrumenten: [{ naam: 'x', gebruikt_door: ['gi.jbt'] }] },
    });
    expect(found).toEqual([expect.objectContaining({ path: ['partners', 'gi', 1, 'id'], onderdeel: 'voorwaarde.aansluiting' })]);
    expect(found[0]!.message).toContain('GI `wss`');
  });

  it('with a single GI, the general GI advice of onderdeel a covers it; with two it does not', () => {
    const advies = { a_advies_en_ondersteuning: { gi: 'De GI adviseert het lokaal team.' } };
    expect(run(giZonderAfspraken, { partners: partners([{ id: 'jbt' }]), afspraken: advies })).toEqual([]);
    expect(run(giZonderAfspraken, { partners: partners([{ id: 'jbt' }]), afspraken: {} })).toHaveLength(1);
    expect(run(giZonderAfspraken, { partners: partners([{ id: 'jbt' }, { id: 'wss' }]), afspraken: advies })).toHaveLength(2);
  });

  it('skips a GI without a text id', () => {
    expect(run(giZonderAfspraken, { partners: partners(['JBT', { id: 3 }, { naam: 'x' }]) })).toEqual([]);
  });
});

describe('gi-dubbel-id', () => {
  it('reports the second use of an id, at its value, and nothing for GIs without an id', () => {
    const found = run(giDubbelId, { partners: { gi: [{ id: 'jbt' }, { naam: 'x' }, { id: 'jbt' }, 'y', { id: 'wss' }] } });
    expect(found).toEqual([expect.objectContaining({ path: ['partners', 'gi', 2, 'id'], at: 'value' })]);
    expect(found[0]!.message).toContain('`jbt`');
  });
});

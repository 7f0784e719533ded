import { describe, expect, it } from 'vitest';
import type { Rule, RuleFinding } from '../../src/core/rules/define-rule.js';
import { instrumentenOntbreken, instrumentPerOrganisatie } from '../../src/core/rules/instrumenten.js';

// Onderdeel h: every organisation names at least one method or instrument it uses. The message
// tells the gemeente which organisation is missing and what to add, so it is asserted in full.

function run(rule: Rule, data: Record<string, unknown>): RuleFinding[] {
  const found: RuleFinding[] = [];
  rule.run({ data, today: '2026-11-23', report: (f) => found.push(f) });
  return found;
}

const H = ['afspraken', 'h_methoden_en_instrumenten'];
const withInstruments = (gebruikt: unknown[], gi?: unknown) => ({
  ...(gi === undefined ? {} : { partners: { gi } }),
  afspraken: { h_methoden_en_instrumenten: gebruikt.map((gebruikt_door, i) => ({ naam: `instrument ${i}`, gebruikt_door })) },
});
const missing = (data: Record<string, unknown>) => run(instrumentPerOrganisatie, data).map((f) => f.message);

describe('instrumenten-ontbreken', () => {
  it('is one finding at h when the list is missing or empty, none when it has an item', () => {
    expect(run(instrumentenOntbreken, {})).toEqual([expect.objectContaining({ path: H, onderdeel: 'h' })]);
    expect(run(instrumentenOntbreken, { afspraken: { h_methoden_en_instrumenten: [] } })).toHaveLength(1);
    expect(run(instrumentenOntbreken, withInstruments(['lokaal_team']))).toEqual([]);
  });
});

describe('instrument-per-organisatie', () => {
  it('says nothing when there is no list (instrumenten-ontbreken does)', () => {
    expect(missing({})).toEqual([]);
    expect(missing({ afspraken: { h_methoden_en_instrumenten: [] } })).toEqual([]);
  });

  it('names each organisation without an instrument, once, with the reference to add', () => {
    const found = run(instrumentPerOrganisatie, withInstruments([['lokaal_team'], ['lokaal_team']]));
    expect(found.map((f) => f.message)).toEqual([
      'In het overzicht van methoden en instrumenten staat niets dat Veilig Thuis gebruikt. Voeg een instrument toe met `gebruikt_door: [veilig_thuis]`.',
      'In het overzicht van methoden en instrumenten staat niets dat de Raad voor de Kinderbescherming gebruikt. Voeg een instrument toe met `gebruikt_door: [rvdk]`.',
      'In het overzicht van methoden en instrumenten staat niets dat de GI gebruikt. Voeg een instrument toe met `gebruikt_door: [gi]`.',
    ]);
    expect(found.every((f) => f.onderdeel === 'h' && JSON.stringify(f.path) === JSON.stringify(H))).toBe(true);
  });

  it('accepts one reference written as text instead of a list', () => {
    expect(missing(withInstruments(['lokaal_team', 'veilig_thuis', 'rvdk', 'gi']))).toEqual([]);
  });

  it('without declared GIs, any GI reference covers the GI; other text does not', () => {
    expect(missing(withInstruments([['lokaal_team', 'veilig_thuis', 'rvdk', 'gi.jbt']]))).toEqual([]);
    expect(missing(withInstruments([['lokaal_team', 'veilig_thuis', 'rvdk', 'gemeente.gi']]))).toHaveLength(1);
  });

  it('with declared GIs, checks each GI by id and names it by its naam', () => {
    const gi = [{ id: 'jbt', naam: '  Jeugdbescherming Toets ' }, { id: 'wss' }, { id: 'lsb', naam: '   ' }];
    expect(missing(withInstruments([['lokaal_team', 'veilig_thuis', 'rvdk', 'gi.jbt']], gi))).toEqual([
      'In het overzicht van methoden en instrumenten staat niets dat GI wss gebruikt. Voeg een instrument toe met `gebruikt_door: [gi.wss]`.',
      'In het overzicht van methoden en instrumenten staat niets dat GI lsb gebruikt. Voeg een instrument toe met `gebruikt_door: [gi.lsb]`.',
    ]);
    expect(missing(withInstruments([['lokaal_team', 'veilig_thuis', 'rvdk', 'gi.wss', 'gi.lsb']], gi))).toEqual([
      'In het overzicht van methoden en instrumenten staat niets dat Jeugdbescherming Toets (gi.jbt) gebruikt. Voeg een instrument toe met `gebruikt_door: [gi.jbt]`.',
    ]);
  });

  it('"gi" covers every declared GI', () => {
    expect(missing(withInstruments([['lokaal_team', 'veilig_thuis', 'rvdk', 'gi']], [{ id: 'jbt' }, { id: 'wss' }]))).toEqual([]);
  });
});

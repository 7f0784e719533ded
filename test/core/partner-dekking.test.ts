import { describe, expect, it } from 'vitest';
import type { Rule, RuleFinding } from '../../src/core/rules/define-rule.js';
import { partnerNietGedekt, partnerNietGedektEnOf } from '../../src/core/rules/partner-dekking.js';

// The message of a coverage gap names the partners left out the way the user knows them: by the
// name the file gives a GI (with its key, to put in `verantwoordelijk`), else by the key alone.

function run(rule: Rule, data: Record<string, unknown>): RuleFinding[] {
  const found: RuleFinding[] = [];
  rule.run({ data, today: '2026-11-23', report: (f) => found.push(f) });
  return found;
}

const gis = [{ id: 'a', naam: '  Jeugdbescherming Alfa ' }, { id: 'b' }, 'los', { id: 'c', naam: '   ' }, { id: 'd', naam: 7 }];
const vtOnly = { afspraak: 'Veilig Thuis doet het.', verantwoordelijk: 'veilig_thuis' };

describe('partner-niet-gedekt', () => {
  it('names Veilig Thuis and the Raad by name, a GI by its trimmed naam and key, or by key when it has no usable naam', () => {
    const data = {
      partners: { gi: gis },
      afspraken: {
        c_taakverdeling: {
          veiligheidsplannen: { afspraak: 'De Raad doet het.', verantwoordelijk: 'rvdk' },
          informeren_betrokkenen: vtOnly,
          wachtlijsten: vtOnly,
        },
      },
    };
    const found = run(partnerNietGedekt, data);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: ['afspraken', 'c_taakverdeling'], onderdeel: 'c' });
    expect(found[0]!.message).toBe(
      'Onderdeel c (Taakverdeling) heeft geen afspraak voor Jeugdbescherming Alfa (`gi.a`), GI `gi.b`, GI `gi.c` en GI `gi.d`: elke afspraak noemt bij `verantwoordelijk` alleen andere partners. De leidraad vraagt hier afspraken met elk van deze partners. Noem de partner bij `verantwoordelijk`, of laat `verantwoordelijk` weg bij een afspraak die voor alle partners geldt.',
    );
  });

  it('names the fixed partners by their Dutch names', () => {
    const data = {
      partners: { gi: [{ id: 'a', naam: 'Alfa' }] },
      afspraken: {
        c_taakverdeling: {
          veiligheidsplannen: { afspraak: 'GI.', verantwoordelijk: 'gi' },
          informeren_betrokkenen: { afspraak: 'GI.', verantwoordelijk: 'gi.a' },
          wachtlijsten: { afspraak: 'GI.', verantwoordelijk: 'gi' },
        },
      },
    };
    expect(run(partnerNietGedekt, data)[0]!.message).toContain('heeft geen afspraak voor Veilig Thuis en de Raad voor de Kinderbescherming: ');
  });

  it("says nothing about an onderdeel that is not there at all (that is onderdeel-ontbreekt's finding)", () => {
    expect(run(partnerNietGedekt, { partners: { gi: gis }, afspraken: {} })).toEqual([]);
    expect(run(partnerNietGedekt, { partners: { gi: gis } })).toEqual([]);
  });
});

describe('partner-niet-gedekt-en-of', () => {
  it('asks to check, not to add, where the leidraad says "en/of"', () => {
    const data = { afspraken: { d_betrokkenheid: { start_en_beeindiging: vtOnly } } };
    const found = run(partnerNietGedektEnOf, data);
    expect(found).toMatchObject([{ onderdeel: 'd.i', path: ['afspraken', 'd_betrokkenheid', 'start_en_beeindiging'] }]);
    expect(found[0]!.message).toContain('heeft geen afspraak voor de Raad voor de Kinderbescherming: ');
    expect(found[0]!.message).toContain(' De leidraad zegt hier "en/of": ga na of een afspraak met deze partner nodig is. Noem de partner');
    expect(found[0]!.message).not.toContain('elk van deze partners');
  });
});

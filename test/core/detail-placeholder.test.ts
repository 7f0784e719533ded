import { describe, expect, it } from 'vitest';
import type { RuleFinding } from '../../src/core/rules/define-rule.js';
import { detailPlaceholder } from '../../src/core/rules/detail-placeholder.js';

function run(data: Record<string, unknown>): RuleFinding[] {
  const found: RuleFinding[] = [];
  detailPlaceholder.run({ data, today: '2026-11-23', report: (f) => found.push(f) });
  return found;
}

describe('detail-placeholder', () => {
  it('finds afspraak groups in lists and in i.acuut, with the onderdeel they belong to', () => {
    const found = run({
      afspraken: {
        b_informeren_betrokkenen: {
          verzoek_tot_onderzoek: { wie: [{ afspraak: 'Het wijkteam informeert.' }, { afspraak: 'De GI informeert.', termijn: 'TBD' }] },
        },
        i_escalatie: { acuut: { afspraak: 'De managers beslissen dezelfde dag.', toelichting: 'n.t.b.' } },
      },
    });
    expect(found.map((f) => [f.path.join('.'), f.onderdeel])).toEqual([
      ['afspraken.b_informeren_betrokkenen.verzoek_tot_onderzoek.wie.1.termijn', 'b.ii'],
      ['afspraken.i_escalatie.acuut.toelichting', 'i'],
    ]);
    expect(found.every((f) => f.at === 'value')).toBe(true);
  });

  it('leaves details alone when the item itself is still open or lies outside any onderdeel', () => {
    expect(
      run({
        afspraken: {
          e_nieuwe_zorgen_na_ots: { afspraak: 'nog invullen', termijn: 'n.t.b.' },
          onbekend: { afspraak: 'Iets dat wel is ingevuld.', termijn: 'TODO' },
          h_methoden_en_instrumenten: [{ naam: 'TODO', doel: 'TODO' }],
          i_escalatie: { stappen: [{ wie: '', niveau: 'TODO' }] },
        },
        partners: { rvdk: { naam: '...', contactpersoon: { functie: 'TODO' } } },
      }),
    ).toEqual([]);
  });

  it('for the name of a contact person, suggests removing the contact person rather than the name', () => {
    const [finding] = run({ partners: { gi: [{ id: 'jbt', naam: 'Jeugdbescherming Toets', contactpersoon: { naam: 'n.t.b.' } }] } });
    expect(finding).toMatchObject({ path: ['partners', 'gi', 0, 'contactpersoon', 'naam'], onderdeel: null });
    expect(finding?.message).toContain('De naam van de contactpersoon van Jeugdbescherming Toets is nog niet ingevuld');
    expect(finding?.message).toContain('haal `contactpersoon` weg');
  });

  it('reads an empty detail as harmless: only placeholders are reported', () => {
    expect(run({ afspraken: { g_jeugdhulp_op_indicatie: { afspraak: 'De GI bepaalt.', termijn: '', toelichting: null } } })).toEqual([]);
  });
});

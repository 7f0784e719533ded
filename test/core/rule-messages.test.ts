import { describe, expect, it } from 'vitest';
import { onderdeelOntbreekt, afspraakOntbreekt } from '../../src/core/rules/afspraken-compleet.js';
import type { Rule, RuleFinding } from '../../src/core/rules/define-rule.js';
import { detailPlaceholder } from '../../src/core/rules/detail-placeholder.js';
import { escalatieTeKort } from '../../src/core/rules/escalatie.js';
import { evaluatieOntbreekt, evaluatieVolgorde } from '../../src/core/rules/evaluatie.js';
import { evaluatieRitme } from '../../src/core/rules/evaluatie-ritme.js';
import { instrumentenOntbreken } from '../../src/core/rules/instrumenten.js';
import { partnerOnbekend, partnerOntbreekt } from '../../src/core/rules/partners.js';
import { visieOntbreekt } from '../../src/core/rules/visie.js';
import { ONDERDEEL_INFO } from '../../src/core/domain/onderdelen.js';

// The words of the findings a gemeente acts on: what is missing, where, and what to write. Each
// text here is built from the input (names, numbers, dates), so a wrong value shows.

function run(rule: Rule, data: Record<string, unknown>): RuleFinding[] {
  const found: RuleFinding[] = [];
  rule.run({ data, today: '2026-11-23', report: (f) => found.push(f) });
  return found;
}
const messages = (rule: Rule, data: Record<string, unknown>): string[] => run(rule, data).map((f) => f.message);

describe('missing onderdelen and agreements', () => {
  it("an onderdeel: its title and the leidraad's words", () => {
    expect(messages(onderdeelOntbreekt, { afspraken: {} })[0]).toBe(
      `Onderdeel a (Advies en ondersteuning) ontbreekt. De leidraad noemt: "${ONDERDEEL_INFO.a.leidraad}"`,
    );
    expect(messages(instrumentenOntbreken, { afspraken: {} })).toEqual([
      `Onderdeel h (methoden en instrumenten) ontbreekt of is leeg. De leidraad noemt: "${ONDERDEEL_INFO.h.leidraad}"`,
    ]);
  });

  it('an agreement within a present onderdeel: what it is about', () => {
    expect(messages(afspraakOntbreekt, { afspraken: { c_taakverdeling: {} } })).toEqual([
      'Er is nog geen afspraak over wie welke taak heeft bij het opstellen van veiligheidsplannen.',
      'Er is nog geen afspraak over wie welke taak heeft bij het informeren van direct betrokkenen.',
      'Er is nog geen afspraak over de taakverdeling in het geval van wachtlijsten.',
    ]);
  });

  it('an escalation ladder of one step', () => {
    expect(messages(escalatieTeKort, { afspraken: { i_escalatie: { stappen: [{ wie: 'a', termijn: 'b' }] } } })).toEqual([
      'De escalatieladder heeft 1 stap; spreek er minstens 2 af (bijvoorbeeld professionals → teamleiders → managers → bestuurders), elk met wie en een termijn.',
    ]);
  });

  it('a vision document', () => {
    expect(messages(visieOntbreekt, {})).toEqual([
      'Noem onder `visie.documenten` minstens één visiedocument (bijvoorbeeld de regiovisie huiselijk geweld en kindermishandeling). De leidraad vraagt dat de afspraken in lijn zijn met de gezamenlijke integrale visie van de gemeente.',
    ]);
  });
});

describe('evaluation', () => {
  it('what to write under evaluatie, and dates in the wrong order', () => {
    expect(messages(evaluatieOntbreekt, { evaluatie: {} })).toEqual([
      'Zeg onder `evaluatie.frequentie` hoe vaak de afspraken samen worden geëvalueerd, bijvoorbeeld `jaarlijks`.',
      'Zet onder `evaluatie.volgende` de datum van de volgende gezamenlijke evaluatie (JJJJ-MM-DD).',
    ]);
    expect(messages(evaluatieVolgorde, { evaluatie: { laatste: '2026-05-01', volgende: '2026-04-01' } })).toEqual([
      'De volgende evaluatie (1 april 2026) ligt niet na de laatste (1 mei 2026). Klopt een van de twee datums niet?',
    ]);
  });

  it('a rhythm that the dates do not keep: the months between them, and when the evaluation is due', () => {
    expect(messages(evaluatieRitme, { evaluatie: { frequentie: 'jaarlijks', laatste: '2026-01-10', volgende: '2027-06-20' } })).toEqual([
      'Volgens `evaluatie.frequentie` evalueren de partners jaarlijks, maar tussen de laatste evaluatie (10 januari 2026) en de volgende (20 juni 2027) zitten ruim 17 maanden. Plan de volgende evaluatie rond 10 januari 2027, of pas de frequentie aan.',
    ]);
    expect(messages(evaluatieRitme, { evaluatie: { frequentie: 'halfjaarlijks', laatste: '2025-01-10', volgende: '2027-01-10' } })).toEqual([
      'Volgens `evaluatie.frequentie` evalueren de partners halfjaarlijks, maar tussen de laatste evaluatie (10 januari 2025) en de volgende (10 januari 2027) zitten 24 maanden. Volgens dat ritme was de evaluatie rond 10 juli 2025 aan de beurt: plan haar zo snel mogelijk, of pas de frequentie aan.',
    ]);
  });
});

describe('partners', () => {
  it('a missing name, per partner and per GI by number; an unknown GI with the known ones', () => {
    expect(messages(partnerOntbreekt, { partners: { gi: [{ id: 'a', naam: 'A' }, { id: 'b' }] } })).toEqual([
      'De naam van het lokaal team ontbreekt onder `partners.lokaal_team`.',
      'De naam van Veilig Thuis ontbreekt onder `partners.veilig_thuis`.',
      'De naam van de Raad voor de Kinderbescherming ontbreekt onder `partners.rvdk`.',
      'De naam van GI nr. 2 ontbreekt.',
    ]);
    expect(
      messages(partnerOnbekend, {
        partners: { gi: [{ id: 'a' }, { id: 'b' }] },
        afspraken: { c_taakverdeling: { wachtlijsten: { afspraak: 'x', verantwoordelijk: 'gi.c' } } },
      }),
    ).toEqual(["`gi.c` verwijst naar een GI die niet onder `partners.gi` staat. Bedoelde u `gi.a`? Bekende GI's: gi.a, gi.b."]);
  });
});

describe('detail-placeholder', () => {
  it('quotes the agreement and the hint, and says "die" or "dat" as the field\'s article asks', () => {
    expect(
      messages(detailPlaceholder, { afspraken: { e_nieuwe_zorgen_na_ots: { afspraak: 'De Raad belt.', termijn: 'TODO', toelichting: 'n.t.b.' } } }),
    ).toEqual([
      'De termijn bij de afspraak "De Raad belt." is nog niet ingevuld: er staat `TODO`. Vul de termijn in, of haal `termijn` weg als die niet nodig is.',
      'De toelichting bij de afspraak "De Raad belt." is nog niet ingevuld: er staat `n.t.b.`. Vul de toelichting in, of haal `toelichting` weg als die niet nodig is.',
    ]);
    const instrument = messages(detailPlaceholder, { afspraken: { h_methoden_en_instrumenten: [{ naam: 'LIRIK', doel: 'TODO' }] } });
    expect(instrument).toHaveLength(1);
    expect(instrument[0]).toMatch(/^Het doel .* is nog niet ingevuld: er staat `TODO`\. Vul het doel in, of haal `doel` weg als dat niet nodig is\.$/);
  });
});

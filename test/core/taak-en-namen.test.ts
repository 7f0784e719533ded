import { describe, expect, it } from 'vitest';
import type { Rule, RuleFinding } from '../../src/core/rules/define-rule.js';
import { giBestandsnaamDubbel } from '../../src/core/rules/gi-bestandsnaam.js';
import { looptijdVolgorde } from '../../src/core/rules/looptijd.js';
import { taakZonderVerantwoordelijke } from '../../src/core/rules/taakverdeling.js';

// The messages of three rules, each telling the user exactly what to change where.

function run(rule: Rule, data: Record<string, unknown>): RuleFinding[] {
  const found: RuleFinding[] = [];
  rule.run({ data, today: '2026-11-23', report: (f) => found.push(f) });
  return found;
}

const C = ['afspraken', 'c_taakverdeling'];
const EXAMPLE = 'bijvoorbeeld `verantwoordelijk: [veilig_thuis, lokaal_team]`.';

describe('taak-zonder-verantwoordelijke', () => {
  it('says what to add for an empty verantwoordelijk, a group without it, and a bare text', () => {
    const found = run(taakZonderVerantwoordelijke, {
      afspraken: {
        c_taakverdeling: {
          veiligheidsplannen: { afspraak: 'Het plan wordt opgesteld.', verantwoordelijk: ['  ', 7] },
          informeren_betrokkenen: [{ afspraak: 'De ouders worden geïnformeerd.' }, { afspraak: 'Ook de school.', verantwoordelijk: [' ', 'rvdk'] }],
          wachtlijsten: 'Er wordt gebeld.',
        },
      },
    });
    expect(found).toEqual([
      {
        path: [...C, 'veiligheidsplannen', 'verantwoordelijk'],
        onderdeel: 'c',
        at: 'value',
        message: `Bij de afspraak over wie welke taak heeft bij het opstellen van veiligheidsplannen is \`verantwoordelijk\` leeg. Noem de partner(s) die deze taak uitvoeren, ${EXAMPLE}`,
      },
      {
        path: [...C, 'informeren_betrokkenen', 0, 'afspraak'],
        onderdeel: 'c',
        at: 'value',
        message: expect.stringMatching(
          /^Bij de afspraak over .+ staat niet wie verantwoordelijk is\. Voeg `verantwoordelijk:` toe met de partner\(s\) die deze taak uitvoeren, bijvoorbeeld/,
        ),
      },
      {
        path: [...C, 'wachtlijsten'],
        onderdeel: 'c',
        at: 'value',
        message: expect.stringMatching(
          /^Bij de afspraak over .+ staat niet wie verantwoordelijk is\. Schrijf de afspraak als groep: de tekst onder `afspraak:` en daarnaast wie de taak uitvoert, bijvoorbeeld/,
        ),
      },
    ]);
  });
});

describe('gi-bestandsnaam-dubbel', () => {
  it('names the first GI with that file name and the one that clashes, for each later clash', () => {
    const found = run(giBestandsnaamDubbel, { partners: { gi: [{ id: 7 }, { id: 'a_b' }, 'los', { id: 'a-b' }, { id: 'a__b' }] } });
    expect(found.map((f) => f.path)).toEqual([
      ['partners', 'gi', 3, 'id'],
      ['partners', 'gi', 4, 'id'],
    ]);
    expect(found[0]).toMatchObject({ onderdeel: 'voorwaarde.aansluiting', at: 'value' });
    expect(found[0]!.message).toBe(
      "De GI's `a_b` en `a-b` krijgen allebei het document …-gi-a-b.docx, zodat het ene het andere zou vervangen. Geef deze GI een id dat meer verschilt dan een _ of -.",
    );
    expect(found[1]!.message).toContain("De GI's `a_b` en `a__b` krijgen");
  });
});

describe('looptijd-volgorde', () => {
  it('gives both dates in Dutch and asks whether they were swapped', () => {
    const found = run(looptijdVolgorde, { document: { looptijd: { van: '2027-03-01', tot: '2026-02-01' } } });
    expect(found).toEqual([
      {
        path: ['document', 'looptijd', 'tot'],
        onderdeel: null,
        at: 'value',
        message: 'De looptijd eindigt op 1 februari 2026, vóór hij begint (1 maart 2027). Zijn `van` en `tot` verwisseld?',
      },
    ]);
  });
});

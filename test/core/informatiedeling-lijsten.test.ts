import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { INFORMATIEDELING_LEIDRAAD } from '../../src/core/domain/onderdelen.js';
import type { Rule, RuleFinding } from '../../src/core/rules/define-rule.js';
import { informatiedelingOnvolledig, informatiedelingOntbreekt, piaOntbreekt } from '../../src/core/rules/informatiedeling.js';
import { begripOnvolledig, bijlageZonderTitel, meldcodeOntbreekt } from '../../src/core/rules/lijsten.js';
import { lineOf } from '../regio/memory-files.js';

// Informatiedeling (§6a.3), the meldcode, begrippen and bijlagen: what a gemeente reads, and which
// line it points at. Each message is built from the input (numbers, names, the fields left open).

function run(rule: Rule, data: Record<string, unknown>): RuleFinding[] {
  const found: RuleFinding[] = [];
  rule.run({ data, today: '2026-11-23', report: (f) => found.push(f) });
  return found;
}
const CITAAT = `De leidraad (§6a.3) vraagt: "${INFORMATIEDELING_LEIDRAAD.tekst}"`;
const COMPLETE_STROOM = {
  moment: 'melding',
  wat: 'de melding',
  van: 'veilig_thuis',
  naar: ['rvdk'],
  grondslag: 'art. 4.1.1 Wmo',
  toestemming: 'zonder',
  gezin_informeren: 'VT belt het gezin',
};

describe('informatiedeling-ontbreekt', () => {
  const ONTBREEKT = `Er zijn nog geen afspraken over informatiedeling. Noem onder \`informatiedeling.stromen\` welke informatie van wie naar wie gaat, op welke grondslag, met of zonder toestemming van het gezin, en hoe het gezin dat hoort. ${CITAAT}`;

  it.each([
    ['no informatiedeling', {}],
    ['no stromen', { informatiedeling: { pia: { status: 'gepland' } } }],
    ['an empty list', { informatiedeling: { stromen: [] } }],
    ['stromen that is no list', { informatiedeling: { stromen: { wat: 'x' } } }],
  ])('%s: one waarschuwing at informatiedeling.stromen', (_, data) => {
    expect(run(informatiedelingOntbreekt, data)).toEqual([{ path: ['informatiedeling', 'stromen'], onderdeel: null, message: ONTBREEKT }]);
  });

  it('one flow, even an incomplete one, is enough for this rule', () => {
    expect(run(informatiedelingOntbreekt, { informatiedeling: { stromen: [{}] } })).toEqual([]);
  });
});

describe('informatiedeling-onvolledig', () => {
  const message = (nr: number, moment: string, missing: string): string =>
    `Informatiestroom nr. ${nr}${moment} noemt nog niet: ${missing}. Het document laat dat weg. ${CITAAT}`;

  it('a complete flow, with van/naar as one partner or a list, gives nothing', () => {
    expect(
      run(informatiedelingOnvolledig, {
        informatiedeling: { stromen: [COMPLETE_STROOM, { ...COMPLETE_STROOM, van: ['gi'], naar: 'lokaal_team', toestemming: 'met' }] },
      }),
    ).toEqual([]);
  });

  it('an empty flow names all six fields, in the order a flow is read', () => {
    expect(run(informatiedelingOnvolledig, { informatiedeling: { stromen: [COMPLETE_STROOM, {}] } })).toEqual([
      {
        path: ['informatiedeling', 'stromen', 1],
        onderdeel: null,
        message: message(
          2,
          '',
          'welke informatie (`wat`), van wie (`van`), aan wie (`naar`), de grondslag (`grondslag`), of het met of zonder toestemming gaat (`toestemming`) en hoe het gezin het hoort (`gezin_informeren`)',
        ),
      },
    ]);
  });

  it.each([
    ['wat', 'TODO', 'welke informatie (`wat`)'],
    ['wat', '   ', 'welke informatie (`wat`)'],
    ['van', [], 'van wie (`van`)'],
    ['van', ['  '], 'van wie (`van`)'],
    ['naar', '', 'aan wie (`naar`)'],
    ['naar', null, 'aan wie (`naar`)'],
    ['grondslag', 'n.t.b.', 'de grondslag (`grondslag`)'],
    ['toestemming', null, 'of het met of zonder toestemming gaat (`toestemming`)'],
    ['gezin_informeren', 'Volgt.', 'hoe het gezin het hoort (`gezin_informeren`)'],
  ])('%s = %j is open, and the message says which moment', (key, value, missing) => {
    expect(
      run(informatiedelingOnvolledig, { informatiedeling: { stromen: [{ ...COMPLETE_STROOM, moment: '  overdracht  ', [key]: value }] } }).map(
        (f) => f.message,
      ),
    ).toEqual([message(1, ' (overdracht)', missing)]);
  });

  it("a toestemming of another word is the schema's finding, not an open field; a moment that is open is left out of the message", () => {
    for (const toestemming of ['soms', 'TODO', true])
      expect(run(informatiedelingOnvolledig, { informatiedeling: { stromen: [{ ...COMPLETE_STROOM, toestemming }] } }), String(toestemming)).toEqual([]);
    expect(run(informatiedelingOnvolledig, { informatiedeling: { stromen: [{ ...COMPLETE_STROOM, moment: 'TODO', wat: '' }] } }).map((f) => f.message)).toEqual(
      [message(1, '', 'welke informatie (`wat`)')],
    );
  });

  it("entries that are no map, and stromen that is no list, are the schema's findings", () => {
    expect(run(informatiedelingOnvolledig, { informatiedeling: { stromen: ['tekst', 3, null] } })).toEqual([]);
    expect(run(informatiedelingOnvolledig, { informatiedeling: { stromen: { wat: '' } } })).toEqual([]);
    expect(run(informatiedelingOnvolledig, {})).toEqual([]);
  });
});

describe('pia-ontbreekt', () => {
  const PIA =
    'Noem onder `informatiedeling.pia.status` of er een privacy impact assessment (PIA) op de samenwerking is gedaan: `uitgevoerd`, `gepland` of `niet_nodig`. De leidraad (§6a.3) noemt de PIA als manier om leemtes te vinden in de voorwaarden die de AVG stelt.';

  it('only once there are flows: without them informatiedeling-ontbreekt says it all', () => {
    expect(run(piaOntbreekt, {})).toEqual([]);
    expect(run(piaOntbreekt, { informatiedeling: { stromen: [] } })).toEqual([]);
    expect(run(piaOntbreekt, { informatiedeling: { stromen: 'x' } })).toEqual([]);
  });

  it('flows without pia: at informatiedeling.pia; a pia without status: at its status', () => {
    expect(run(piaOntbreekt, { informatiedeling: { stromen: [COMPLETE_STROOM] } })).toEqual([
      { path: ['informatiedeling', 'pia'], onderdeel: null, message: PIA },
    ]);
    expect(run(piaOntbreekt, { informatiedeling: { stromen: [COMPLETE_STROOM], pia: { datum: '2026-01-01' } } })).toEqual([
      { path: ['informatiedeling', 'pia', 'status'], onderdeel: null, message: PIA },
    ]);
    expect(run(piaOntbreekt, { informatiedeling: { stromen: [COMPLETE_STROOM], pia: 'ja' } }).map((f) => f.path)).toEqual([['informatiedeling', 'pia']]);
  });

  it("any status is an answer (a wrong word is the schema's finding)", () => {
    for (const status of ['uitgevoerd', 'gepland', 'niet_nodig', 'anders'])
      expect(run(piaOntbreekt, { informatiedeling: { stromen: [COMPLETE_STROOM], pia: { status } } }), status).toEqual([]);
  });
});

describe('meldcode-ontbreekt', () => {
  const MELDCODE =
    'Noem onder `meldcode.naam` de meldcode waarop de afspraken over advies (onderdeel a) en melden (onderdeel b) rusten; zonder naam noemt het document de wettelijke Meldcode huiselijk geweld en kindermishandeling in algemene woorden.';

  it('a named meldcode is enough', () => {
    expect(run(meldcodeOntbreekt, { meldcode: { naam: 'Meldcode Regio Noord' } })).toEqual([]);
  });

  it('no meldcode: at meldcode; one without a name (or a placeholder): at its naam', () => {
    expect(run(meldcodeOntbreekt, {})).toEqual([{ path: ['meldcode'], onderdeel: null, message: MELDCODE }]);
    expect(run(meldcodeOntbreekt, { meldcode: 'ja' })).toEqual([{ path: ['meldcode'], onderdeel: null, message: MELDCODE }]);
    expect(run(meldcodeOntbreekt, { meldcode: { naam: 'TODO' } })).toEqual([{ path: ['meldcode', 'naam'], onderdeel: null, message: MELDCODE }]);
    expect(run(meldcodeOntbreekt, { meldcode: { aandachtsfunctionaris: 'X' } }).map((f) => f.path)).toEqual([['meldcode', 'naam']]);
  });
});

describe('begrip-onvolledig', () => {
  it('a complete begrip, or an entry that is no map, gives nothing', () => {
    expect(run(begripOnvolledig, { begrippen: [{ begrip: 'OTS', betekenis: 'ondertoezichtstelling' }, 'los', null] })).toEqual([]);
    expect(run(begripOnvolledig, { begrippen: { begrip: 'x' } })).toEqual([]);
  });

  it('a begrip without betekenis is named by its words; at betekenis when that key is there', () => {
    expect(
      run(begripOnvolledig, {
        begrippen: [
          { begrip: 'OTS', betekenis: 'ondertoezichtstelling' },
          { begrip: '  Inkennisstelling ', betekenis: 'TODO' },
        ],
      }),
    ).toEqual([
      {
        path: ['begrippen', 1, 'betekenis'],
        onderdeel: null,
        message: 'Het begrip ‘Inkennisstelling’ (nr. 2) heeft nog geen `betekenis`; het document laat deze regel weg tot beide zijn ingevuld.',
      },
    ]);
    expect(run(begripOnvolledig, { begrippen: [{ begrip: 'OTS' }] }).map((f) => f.path)).toEqual([['begrippen', 0]]);
  });

  it('a betekenis without begrip (or neither) is named by its number', () => {
    expect(run(begripOnvolledig, { begrippen: [{ betekenis: 'een maatregel' }, { begrip: '', betekenis: '' }] })).toEqual([
      { path: ['begrippen', 0], onderdeel: null, message: 'Begrip nr. 1 heeft nog geen `begrip`; het document laat deze regel weg tot beide zijn ingevuld.' },
      {
        path: ['begrippen', 1, 'begrip'],
        onderdeel: null,
        message: 'Begrip nr. 2 heeft nog geen `begrip`; het document laat deze regel weg tot beide zijn ingevuld.',
      },
    ]);
  });
});

describe('bijlage-zonder-titel', () => {
  it('a bijlage with a title, or no map, gives nothing; without one, by its number', () => {
    expect(run(bijlageZonderTitel, { bijlagen: [{ titel: 'Formulier' }, 'los'] })).toEqual([]);
    expect(run(bijlageZonderTitel, { bijlagen: { titel: '' } })).toEqual([]);
    expect(run(bijlageZonderTitel, { bijlagen: [{ titel: 'Formulier' }, { titel: 'TODO', bestand: 'x.pdf' }, { url: 'https://example.org' }] })).toEqual([
      { path: ['bijlagen', 1, 'titel'], onderdeel: null, message: 'Bijlage nr. 2 heeft nog geen `titel`; het document laat haar weg tot die is ingevuld.' },
      { path: ['bijlagen', 2], onderdeel: null, message: 'Bijlage nr. 3 heeft nog geen `titel`; het document laat haar weg tot die is ingevuld.' },
    ]);
  });
});

describe('in a checked file: the line a gemeente is sent to', () => {
  it('each finding on its own line, as a waarschuwing (meldcode as info)', () => {
    const text = [
      'schema_versie: 1',
      'gemeente:',
      '  naam: G',
      'meldcode:',
      '  aandachtsfunctionaris: A. Jansen',
      'informatiedeling:',
      '  stromen:',
      '    - moment: melding',
      '      wat: de melding',
      '  pia:',
      '    datum: 2026-01-01',
      'begrippen:',
      '  - begrip: OTS',
      '    betekenis: ""',
      'bijlagen:',
      '  - url: https://example.org/x.pdf',
      '',
    ].join('\n');
    const found = checkSource('g.yaml', new TextEncoder().encode(text), { today: '2026-11-23' })
      .findings.filter((f) =>
        ['informatiedeling-onvolledig', 'pia-ontbreekt', 'meldcode-ontbreekt', 'begrip-onvolledig', 'bijlage-zonder-titel'].includes(f.rule),
      )
      .map((f) => [f.rule, f.severity, f.line]);
    expect(found).toEqual([
      ['meldcode-ontbreekt', 'info', lineOf(text, 'meldcode:')],
      ['informatiedeling-onvolledig', 'waarschuwing', lineOf(text, '- moment: melding')],
      ['pia-ontbreekt', 'waarschuwing', lineOf(text, 'pia:')],
      ['begrip-onvolledig', 'waarschuwing', lineOf(text, 'betekenis: ""')],
      ['bijlage-zonder-titel', 'waarschuwing', lineOf(text, '- url:')],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { openVelden } from '../../src/core/domain/open-punten.js';

// veld-ontbreekt's findings: each open field once, pointing at its key or, when the key is not
// there, at the nearest key that is; the message names the field so the user can add it.

const ACUUT = ['afspraken', 'i_escalatie', 'acuut'];
const LOOPTIJD =
  'Zet onder `document.looptijd` de looptijd van de afspraken: `van` en `tot` (JJJJ-MM-DD); het voorblad en het hoofdstuk Evaluatie en looptijd noemen die.';
const WIE = 'Zet onder `evaluatie.wie` wie de gezamenlijke evaluatie organiseert; het document noemt dat boven de ondertekening.';
const ACUUT_OPEN = 'De afspraak bij acute onveiligheid (`acuut`) is nog niet ingevuld. Schrijf haar uit, of haal `acuut` weg als er geen aparte afspraak is.';
const FILLED = { document: { looptijd: { van: '2026-01-01', tot: '2027-12-31' } }, evaluatie: { wie: 'De gemeente.' } };

describe('openVelden', () => {
  it('a missing looptijd points at document, or at the first key when there is no document', () => {
    expect(openVelden({ document: {}, evaluatie: FILLED.evaluatie })).toEqual([{ path: ['document'], onderdeel: 'voorwaarde.evaluatie', message: LOOPTIJD }]);
    expect(openVelden({ evaluatie: FILLED.evaluatie })).toEqual([{ path: ['document'], onderdeel: 'voorwaarde.evaluatie', message: LOOPTIJD }]);
  });

  it('a missing begin or end date is named, at its key when it is there', () => {
    expect(openVelden({ ...FILLED, document: { looptijd: { van: null } } })).toEqual([
      {
        path: ['document', 'looptijd', 'van'],
        onderdeel: 'voorwaarde.evaluatie',
        message:
          'Zet onder `document.looptijd.van` de begindatum van de looptijd (JJJJ-MM-DD); het voorblad en het hoofdstuk Evaluatie en looptijd noemen die.',
      },
      {
        path: ['document', 'looptijd'],
        onderdeel: 'voorwaarde.evaluatie',
        message: 'Zet onder `document.looptijd.tot` de einddatum van de looptijd (JJJJ-MM-DD); het voorblad en het hoofdstuk Evaluatie en looptijd noemen die.',
      },
    ]);
  });

  it('who organises the evaluation, at wie or at evaluatie', () => {
    expect(openVelden({ ...FILLED, evaluatie: {} })).toEqual([{ path: ['evaluatie'], onderdeel: 'voorwaarde.evaluatie', message: WIE }]);
    expect(openVelden({ ...FILLED, evaluatie: { wie: 'TODO' } })).toEqual([{ path: ['evaluatie', 'wie'], onderdeel: 'voorwaarde.evaluatie', message: WIE }]);
    expect(openVelden({ ...FILLED, evaluatie: { wie: 'De gemeente organiseert het.' } })).toEqual([]);
  });

  it('an acuut agreement that is not a text, pointing at afspraak when it is a key of a map, else at the item', () => {
    const paths = (acuut: unknown) =>
      openVelden({ ...FILLED, afspraken: { i_escalatie: { acuut } } }).map((v) => [v.path, v.onderdeel, v.message === ACUUT_OPEN]);
    expect(paths({ afspraak: null })).toEqual([[[...ACUUT, 'afspraak'], 'i', true]]);
    expect(paths({ wie: 'VT' })).toEqual([[ACUUT, 'i', true]]);
    expect(paths([{ afspraak: null }, null, 'TODO', { afspraak: 'Veilig Thuis komt direct.' }, { afspraak: 'TODO' }])).toEqual([
      [[...ACUUT, 0, 'afspraak'], 'i', true],
      [[...ACUUT, 1], 'i', true],
    ]);
    // A text, filled in or not, is the agreement rules' to judge; no acuut at all is fine.
    expect(paths('TODO')).toEqual([]);
    // A number is not an open text (whether its type is allowed is the schema's question).
    expect(paths(5)).toEqual([]);
    expect(paths('Veilig Thuis komt direct.')).toEqual([]);
    expect(paths(null)).toEqual([]);
  });

  it('a vision document without a title, numbered from 1', () => {
    const documenten = [{ titel: 'Visie 2026' }, { titel: 'TODO' }, 'los', { titel: 7 }, {}];
    expect(openVelden({ ...FILLED, visie: { documenten } })).toEqual([
      {
        path: ['visie', 'documenten', 1, 'titel'],
        onderdeel: 'voorwaarde.visie',
        message: 'Het visiedocument nr. 2 heeft nog geen titel; het document toont daar [nog af te spreken]. Vul `titel` in of haal de regel weg.',
      },
    ]);
    expect(openVelden({ ...FILLED, visie: { documenten: 'geen lijst' } })).toEqual([]);
  });
});

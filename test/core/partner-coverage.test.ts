import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { buildModel } from '../../src/core/model/build-model.js';
import { findingConcernsPartner, selectForPartner } from '../../src/core/model/per-partner.js';
import { afspraakItems, concerns, inPartnerDocument, uncoveredPartners } from '../../src/core/domain/partner-coverage.js';
import type { Finding } from '../../src/findings.js';
import { ROOT } from '../helpers/cli.js';

describe('when an agreement concerns a partner', () => {
  it.each([
    [[], 'rvdk', true],
    [['lokaal_team'], 'rvdk', true],
    [['gemeente', 'lokaal_team'], 'gi.wss', true],
    [['gi'], 'gi.wss', true],
    [['gi.jbrv'], 'gi.wss', false],
    [['gi.wss'], 'gi.wss', true],
    [['veilig_thuis', 'lokaal_team'], 'rvdk', false],
    [['veilig_thuis', 'rvdk'], 'rvdk', true],
  ] as const)('%j concerns %s: %s', (refs, key, expected) => {
    expect(concerns(refs, key)).toBe(expected);
  });
});

describe('inPartnerDocument', () => {
  it('puts an agreement that names a partner into its document in any onderdeel', () => {
    for (const onderdeel of ['b.i', 'b.ii', 'd.ii', 'd.v', 'e', 'f', 'g'] as const) {
      expect(inPartnerDocument(onderdeel, null, ['veilig_thuis', 'gi'], 'veilig_thuis'), onderdeel).toBe(true);
      expect(inPartnerDocument(onderdeel, null, ['veilig_thuis', 'gi'], 'gi.x'), onderdeel).toBe(true);
    }
  });

  it('keeps an onderdeel about one partner whole for it, but one GI out of another GI', () => {
    expect(inPartnerDocument('b.ii', null, ['veilig_thuis'], 'rvdk')).toBe(true);
    expect(inPartnerDocument('b.ii', null, [], 'veilig_thuis')).toBe(false);
    expect(inPartnerDocument('g', null, ['gi.a'], 'gi.b')).toBe(false);
    expect(inPartnerDocument('g', null, ['lokaal_team'], 'gi.b')).toBe(true);
  });

  it('routes a topic of onderdeel a to the partner it is about', () => {
    expect(inPartnerDocument('a', 'rvdk', [], 'rvdk')).toBe(true);
    expect(inPartnerDocument('a', 'rvdk', [], 'veilig_thuis')).toBe(false);
    expect(inPartnerDocument('a', 'gi', ['gi.a'], 'gi.b')).toBe(false);
  });
});

describe('afspraakItems: the topics as the documents and the coverage check read them', () => {
  it('reads absent, null and an empty list as one open agreement that names no one', () => {
    for (const value of [undefined, null, [], ''])
      expect(
        afspraakItems(value).map((i) => i.refs),
        JSON.stringify(value),
      ).toEqual([[]]);
  });
  it('reads a list item by item, with verantwoordelijk as a list', () => {
    expect(
      afspraakItems(['a', { afspraak: 'b', verantwoordelijk: 'rvdk' }, { afspraak: 'c', verantwoordelijk: ['gi', ''] }]).map((i) => [i.index, i.refs]),
    ).toEqual([
      [0, []],
      [1, ['rvdk']],
      [2, ['gi']],
    ]);
  });
});

describe('uncoveredPartners', () => {
  const partners = ['veilig_thuis', 'rvdk', 'gi.a', 'gi.b'] as const;
  const of = (refs: string[], onderwerpPartner: 'veilig_thuis' | 'rvdk' | 'gi' | null = null) => ({ onderwerpPartner, refs });
  it('names the partners no agreement of c goes to', () => {
    expect(uncoveredPartners('c', [of(['veilig_thuis']), of(['gi.a'])], partners)).toEqual(['rvdk', 'gi.b']);
    expect(uncoveredPartners('c', [of(['veilig_thuis']), of([])], partners)).toEqual([]);
  });
  it('asks nothing where the leidraad names no partner (d.iii, j)', () => {
    expect(uncoveredPartners('d.iii', [of(['veilig_thuis'])], partners)).toEqual([]);
  });
  it('asks for a per topic partner: a GI topic naming one GI leaves the other out', () => {
    const topics = [of([], 'veilig_thuis'), of([], 'rvdk'), of(['gi.a'], 'gi')];
    expect(uncoveredPartners('a', topics, partners)).toEqual(['gi.b']);
    expect(uncoveredPartners('a', [...topics, of([], 'gi')], partners)).toEqual([]);
  });
  it('asks for g only of the GIs', () => {
    expect(uncoveredPartners('g', [of(['gi.a'])], partners)).toEqual(['gi.b']);
  });
});

describe('per-partner selection of the example', () => {
  // Built inside each test, not in the describe body: mutation testing only sees work done in a test.
  const voorbeeldstad = () => {
    const file = join(ROOT, 'examples', 'voorbeeldstad.yaml');
    return buildModel(checkSource(file, readFileSync(file), { today: '2026-11-23' }).data);
  };
  const numbers = (model: ReturnType<typeof buildModel>, key: 'veilig_thuis' | 'rvdk' | `gi.${string}`, onderdeel: string) =>
    selectForPartner(model, key)
      .onderdelen.find((o) => o.onderdeel === onderdeel)
      ?.onderwerpen.flatMap((t) => t.afspraken.map((a) => a.nummer)) ?? [];

  it('puts the b.ii agreement naming Veilig Thuis and the GIs into their documents too', () => {
    const model = voorbeeldstad();
    const named = model.onderdelen
      .find((o) => o.onderdeel === 'b.ii')!
      .onderwerpen.flatMap((t) => t.afspraken)
      .filter((a) => a.verantwoordelijkRefs.includes('veilig_thuis'));
    expect(named.length).toBeGreaterThan(0);
    for (const key of ['veilig_thuis', 'rvdk', 'gi.jbrv', 'gi.wss'] as const) {
      for (const afspraak of named) expect(numbers(model, key, 'b.ii'), key).toContain(afspraak.nummer);
    }
  });

  it("keeps the lokaal team's instruments in every partner document", () => {
    const model = voorbeeldstad();
    const own = model.instrumenten.filter((i) => i.gebruiktDoorRefs.includes('lokaal_team')).map((i) => i.naam);
    expect(own.length).toBeGreaterThan(0);
    for (const key of ['veilig_thuis', 'rvdk', 'gi.jbrv', 'gi.wss'] as const)
      expect(
        selectForPartner(model, key).instrumenten.map((i) => i.naam),
        key,
      ).toEqual(expect.arrayContaining(own));
  });

  it('leaves out an onderdeel that does not concern the partner, instead of an empty pointer', () => {
    const model = voorbeeldstad();
    expect(selectForPartner(model, 'rvdk').onderdelen.map((o) => o.onderdeel)).not.toContain('d.iii');
    expect(selectForPartner(model, 'rvdk').onderdelen.every((o) => o.onderwerpen.length > 0)).toBe(true);
  });
});

describe('findingConcernsPartner: each partner concept lists its own open points', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    rule: 'x',
    severity: 'fout',
    onderdeel: null,
    message: '',
    path: [],
    file: 'f',
    line: 1,
    column: 1,
    ...over,
  });
  const data = {
    partners: { gi: [{ id: 'a' }, { id: 'b' }] },
    afspraken: {
      c_taakverdeling: {
        veiligheidsplannen: { afspraak: 'x', verantwoordelijk: 'veilig_thuis' },
        informeren_betrokkenen: [{ afspraak: 'TODO', verantwoordelijk: 'rvdk' }],
        wachtlijsten: 'y',
      },
    },
  };

  it('keeps a partner detail finding for that partner (and the lokaal team for all)', () => {
    expect(findingConcernsPartner(finding({ path: ['partners', 'rvdk'] }), 'rvdk', data)).toBe(true);
    expect(findingConcernsPartner(finding({ path: ['partners', 'rvdk'] }), 'veilig_thuis', data)).toBe(false);
    expect(findingConcernsPartner(finding({ path: ['partners', 'lokaal_team'] }), 'gi.a', data)).toBe(true);
    expect(findingConcernsPartner(finding({ path: ['partners', 'gi', 1, 'id'] }), 'gi.b', data)).toBe(true);
    expect(findingConcernsPartner(finding({ path: ['partners', 'gi', 1, 'id'] }), 'gi.a', data)).toBe(false);
  });

  it('keeps a finding in an agreement for the partners whose document holds it', () => {
    const open = finding({ onderdeel: 'c', path: ['afspraken', 'c_taakverdeling', 'informeren_betrokkenen', 0, 'afspraak'] });
    expect(findingConcernsPartner(open, 'rvdk', data)).toBe(true);
    expect(findingConcernsPartner(open, 'veilig_thuis', data)).toBe(false);
    expect(
      findingConcernsPartner(finding({ onderdeel: 'b.i', path: ['afspraken', 'b_informeren_betrokkenen', 'melding_veilig_thuis', 'wie'] }), 'rvdk', data),
    ).toBe(false);
    expect(findingConcernsPartner(finding({ onderdeel: 'voorwaarde.evaluatie', path: ['evaluatie', 'wie'] }), 'rvdk', data)).toBe(true);
  });

  it("gives an instrument gap to the organisation it names (and the lokaal team's to all)", () => {
    const gap = (ref: string) =>
      finding({
        rule: 'instrument-per-organisatie',
        onderdeel: 'h',
        path: ['afspraken', 'h_methoden_en_instrumenten'],
        message: `Voeg een instrument toe met \`gebruikt_door: [${ref}]\`.`,
      });
    expect(findingConcernsPartner(gap('rvdk'), 'rvdk', data)).toBe(true);
    expect(findingConcernsPartner(gap('rvdk'), 'gi.a', data)).toBe(false);
    expect(findingConcernsPartner(gap('gi.b'), 'gi.a', data)).toBe(false);
    expect(findingConcernsPartner(gap('lokaal_team'), 'gi.a', data)).toBe(true);
  });

  it('gives a coverage gap only to the partners that are missing', () => {
    const gap = finding({ rule: 'partner-niet-gedekt', onderdeel: 'c', path: ['afspraken', 'c_taakverdeling'] });
    const data2 = {
      ...data,
      afspraken: {
        c_taakverdeling: {
          veiligheidsplannen: { afspraak: 'x', verantwoordelijk: 'veilig_thuis' },
          informeren_betrokkenen: { afspraak: 'y', verantwoordelijk: 'gi.a' },
          wachtlijsten: { afspraak: 'z', verantwoordelijk: 'veilig_thuis' },
        },
      },
    };
    expect(['veilig_thuis', 'rvdk', 'gi.a', 'gi.b'].map((k) => findingConcernsPartner(gap, k as 'rvdk', data2))).toEqual([false, true, false, true]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/core/model/build-model.js';
import { findingConcernsPartner, selectForPartner } from '../../src/core/model/per-partner.js';
import type { Finding } from '../../src/findings.js';

// What each partner document holds, and which open points its concept appendix lists.

const DATA = {
  partners: { gi: [{ id: 'a', naam: 'GI Alfa' }, { naam: 'GI zonder id' }, { id: 'b', naam: 'GI Beta' }] },
  afspraken: {
    a_advies_en_ondersteuning: { rvdk: { wanneer: { afspraak: 'Bij twijfel.', verantwoordelijk: 'rvdk' } } },
    c_taakverdeling: {
      veiligheidsplannen: { afspraak: 'Veilig Thuis stelt het plan op.', verantwoordelijk: 'veilig_thuis' },
      informeren_betrokkenen: { afspraak: 'De GI informeert.', verantwoordelijk: 'gi' },
      wachtlijsten: { afspraak: 'Veilig Thuis houdt de lijst bij.', verantwoordelijk: 'veilig_thuis' },
    },
    d_betrokkenheid: { start_en_beeindiging: { afspraak: 'Veilig Thuis meldt start en einde.', verantwoordelijk: 'veilig_thuis' } },
    g_jeugdhulp_op_indicatie: { afspraak: 'GI Alfa stemt af.', verantwoordelijk: 'gi.a' },
    h_methoden_en_instrumenten: [
      { naam: 'Voor iedereen' },
      { naam: 'Van het lokaal team', gebruikt_door: ['lokaal_team'] },
      { naam: 'Van de Raad', gebruikt_door: ['rvdk'] },
      { naam: 'Van elke GI', gebruikt_door: ['gi'] },
    ],
    i_escalatie: { acuut: [{ afspraak: 'De Raad komt direct.', verantwoordelijk: 'rvdk' }, { afspraak: 'Iedereen belt 112.' }] },
  },
};

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

describe('selectForPartner', () => {
  it('refuses the lokaal team and what is no partner', () => {
    const model = buildModel(DATA);
    expect(() => selectForPartner(model, 'lokaal_team')).toThrow('Geen partnerrelatie voor lokaal_team');
    expect(() => selectForPartner(model, 'gemeente' as 'rvdk')).toThrow('Geen partnerrelatie voor gemeente');
    expect(() => selectForPartner(model, 'gi.a')).not.toThrow();
  });

  it('keeps an onderdeel without an agreement for the partner, empty, only where the leidraad asks one of every partner', () => {
    const rvdk = selectForPartner(buildModel(DATA), 'rvdk');
    expect(rvdk.onderdelen.find((o) => o.onderdeel === 'c')?.onderwerpen).toEqual([]);
    expect(rvdk.onderdelen.map((o) => o.onderdeel)).not.toContain('d.i');
  });

  it('keeps instruments with no user, of the lokaal team, or of the partner; and only its acute agreements', () => {
    const model = buildModel(DATA);
    expect(selectForPartner(model, 'veilig_thuis').instrumenten.map((i) => i.naam)).toEqual(['Voor iedereen', 'Van het lokaal team']);
    expect(selectForPartner(model, 'gi.b').instrumenten.map((i) => i.naam)).toEqual(['Voor iedereen', 'Van het lokaal team', 'Van elke GI']);
    expect(selectForPartner(model, 'veilig_thuis').escalatie.acuut.map((a) => a.tekst)).toEqual(['Iedereen belt 112.']);
    expect(selectForPartner(model, 'rvdk').escalatie.acuut.map((a) => a.tekst)).toEqual(['De Raad komt direct.', 'Iedereen belt 112.']);
  });
});

describe('verantwoordelijk in the model', () => {
  it('leaves out blank and non-text entries', () => {
    const model = buildModel({
      afspraken: { c_taakverdeling: { wachtlijsten: { afspraak: 'De Raad houdt de lijst bij.', verantwoordelijk: ['  ', 7, 'rvdk'] } } },
    });
    const c = model.onderdelen.find((o) => o.onderdeel === 'c')!;
    expect(c.onderwerpen.flatMap((o) => o.afspraken).map((a) => a.verantwoordelijkRefs)).toContainEqual(['rvdk']);
  });
});

describe('findingConcernsPartner', () => {
  it('gives a coverage gap to the partners missing in that onderdeel, not in another', () => {
    const gap = (onderdeel: 'c' | 'g') => finding({ rule: 'partner-niet-gedekt', onderdeel, path: [] });
    expect(findingConcernsPartner(gap('c'), 'rvdk', DATA)).toBe(true);
    expect(findingConcernsPartner(gap('c'), 'gi.b', DATA)).toBe(false);
    expect(findingConcernsPartner(gap('g'), 'gi.b', DATA)).toBe(true);
    expect(findingConcernsPartner(gap('g'), 'rvdk', DATA)).toBe(false);
  });

  it('reads the GI of a partners.gi finding from its index: by id, or every GI when it has none', () => {
    expect(findingConcernsPartner(finding({ path: ['partners', 'gi', 0, 'naam'] }), 'gi.a', DATA)).toBe(true);
    expect(findingConcernsPartner(finding({ path: ['partners', 'gi', 0, 'naam'] }), 'gi.b', DATA)).toBe(false);
    expect(findingConcernsPartner(finding({ path: ['partners', 'gi', 1, 'naam'] }), 'gi.b', DATA)).toBe(true);
    expect(findingConcernsPartner(finding({ path: ['partners', 'gi', 1, 'naam'] }), 'rvdk', DATA)).toBe(false);
    // The whole `partners` key is about everyone.
    expect(findingConcernsPartner(finding({ path: ['partners'] }), 'rvdk', DATA)).toBe(true);
  });

  it('gives an instrument gap without a gebruikt_door in its message to everyone', () => {
    expect(findingConcernsPartner(finding({ rule: 'instrument-per-organisatie', onderdeel: 'h', message: 'Geen instrument.' }), 'rvdk', DATA)).toBe(true);
  });

  it('gives a finding outside any onderdeel to everyone', () => {
    expect(findingConcernsPartner(finding({ onderdeel: null, path: ['document', 'titel'] }), 'gi.b', DATA)).toBe(true);
  });

  it('follows the agreement a finding lies in, a single one (a map) as well as one in a list, and a topic of a', () => {
    const inC = (path: (string | number)[]) => finding({ onderdeel: 'c', path: ['afspraken', 'c_taakverdeling', 'veiligheidsplannen', ...path] });
    expect(findingConcernsPartner(inC(['afspraak']), 'veilig_thuis', DATA)).toBe(true);
    expect(findingConcernsPartner(inC(['afspraak']), 'rvdk', DATA)).toBe(false);
    const inA = finding({ onderdeel: 'a', path: ['afspraken', 'a_advies_en_ondersteuning', 'rvdk', 'wanneer'] });
    expect(findingConcernsPartner(inA, 'rvdk', DATA)).toBe(true);
    expect(findingConcernsPartner(inA, 'veilig_thuis', DATA)).toBe(false);
    // A topic of a without an agreement yet belongs to its partner alone, not to everyone.
    const openInA = finding({ onderdeel: 'a', path: ['afspraken', 'a_advies_en_ondersteuning', 'rvdk', 'hoe'] });
    expect(findingConcernsPartner(openInA, 'rvdk', DATA)).toBe(true);
    expect(findingConcernsPartner(openInA, 'veilig_thuis', DATA)).toBe(false);
  });
});

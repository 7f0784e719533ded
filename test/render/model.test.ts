import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { buildModel, NA_AFLOOP_STANDAARD } from '../../src/core/model/build-model.js';
import { concerns, selectForPartner } from '../../src/core/model/per-partner.js';
import { ONDERDEEL_GROUPS } from '../../src/core/domain/onderdelen.js';
import { buildView } from '../../src/render/view.js';
import { ROOT } from '../helpers/cli.js';

const load = (name: string): unknown => {
  const file = join(ROOT, 'examples', name);
  return checkSource(file, readFileSync(file), { today: '2026-11-23' }).data;
};

// Built inside each test, not in the describe body: mutation testing only sees work done in a test.
const voorbeeldstad = () => buildModel(load('voorbeeldstad.yaml'));

describe('agreements model', () => {
  it('lists the partners in order: lokaal team, Veilig Thuis, Raad, then each GI', () => {
    const model = voorbeeldstad();
    expect(model.partners.map((p) => p.key)).toEqual(['lokaal_team', 'veilig_thuis', 'rvdk', 'gi.jbrv', 'gi.wss']);
    expect(model.partners[3]!.ondertekenaar).toEqual({ naam: 'Gert-Jan Mulder', functie: 'bestuurder', plaats: 'Randstad-Oost' });
  });

  it('turns every topic into a list of afspraken with names resolved from refs', () => {
    const model = voorbeeldstad();
    const c = model.onderdelen.find((o) => o.onderdeel === 'c')!;
    expect(c.onderwerpen.map((o) => o.titel)).toEqual(['Opstellen van veiligheidsplannen', 'Informeren van direct betrokkenen', 'Als er een wachtlijst is']);
    const [plannen, informeren, wachtlijsten] = c.onderwerpen;
    expect(plannen!.afspraken[0]!.verantwoordelijk).toEqual(['Veilig Thuis Waterland-Zuid', 'Sociaal Wijkteam Voorbeeldstad']);
    expect(informeren!.afspraken).toEqual([
      {
        nummer: 'c.2',
        // A topic with one agreement written as a map: the text stands under `afspraak`, without an index.
        herkomst: {
          pad: 'afspraken.c_taakverdeling.informeren_betrokkenen',
          label: 'c.2 Informeren betrokkenen',
          tekst: 'afspraken.c_taakverdeling.informeren_betrokkenen.afspraak',
        },
        tekst: expect.stringContaining('De casusregisseur'),
        verantwoordelijk: ['Sociaal Wijkteam Voorbeeldstad', 'de gecertificeerde instellingen'],
        verantwoordelijkRefs: ['lokaal_team', 'gi'],
        termijn: null,
        toelichting: null,
      },
    ]);
    expect(wachtlijsten!.afspraken.map((a) => a.nummer)).toEqual(['c.3', 'c.4', 'c.5']);
    expect(wachtlijsten!.afspraken.map((a) => a.herkomst.tekst)).toEqual([0, 1, 2].map((i) => `afspraken.c_taakverdeling.wachtlijsten.${i}.afspraak`));
    expect(wachtlijsten!.afspraken[2]!.verantwoordelijk).toEqual(['de gecertificeerde instellingen']);
  });

  it('treats empty and TODO-like texts as open (null), never as agreements', () => {
    const draft = buildModel(load('concept-middenwaard.yaml'));
    const a = draft.onderdelen.find((o) => o.onderdeel === 'a')!;
    expect(a.onderwerpen.map((o) => o.afspraken[0]!.tekst === null)).toEqual([false, false, true, true, true, true]);
    const dIii = draft.onderdelen.find((o) => o.onderdeel === 'd.iii')!;
    expect(dIii.onderwerpen[0]!.afspraken[0]!.tekst).toBeNull();
    expect(draft.document.looptijd).toEqual({ van: null, tot: null, naAfloop: NA_AFLOOP_STANDAARD, naAfloopUitBestand: false });
    expect(buildModel(undefined).partners.map((p) => p.naam)).toEqual([null, null, null]);
  });
});

describe('per-partner selection', () => {
  it('keeps an agreement that names the partner, names no one, or only the lokaal team or gemeente', () => {
    const base = {
      nummer: 'x',
      herkomst: { pad: 'afspraken.x', label: 'x', tekst: 'afspraken.x' },
      tekst: 't',
      verantwoordelijk: [],
      termijn: null,
      toelichting: null,
    };
    expect(concerns({ ...base, verantwoordelijkRefs: [] }, 'rvdk')).toBe(true);
    expect(concerns({ ...base, verantwoordelijkRefs: ['lokaal_team'] }, 'rvdk')).toBe(true);
    expect(concerns({ ...base, verantwoordelijkRefs: ['gi'] }, 'gi.wss')).toBe(true);
    expect(concerns({ ...base, verantwoordelijkRefs: ['gi.jbrv'] }, 'gi.wss')).toBe(false);
    expect(concerns({ ...base, verantwoordelijkRefs: ['veilig_thuis', 'lokaal_team'] }, 'rvdk')).toBe(false);
  });

  it('gives the GI document only its own part of a and g, and only its own instruments column', () => {
    const wss = selectForPartner(voorbeeldstad(), 'gi.wss');
    const a = wss.onderdelen.find((o) => o.onderdeel === 'a')!;
    expect(a.onderwerpen.flatMap((o) => o.afspraken.map((x) => x.nummer))).toEqual(['a.5', 'a.7']);
    expect(wss.partners.map((p) => p.key)).toEqual(['lokaal_team', 'gi.wss']);
    expect(wss.instrumenten.map((i) => i.naam)).not.toContain('Werkwijze beschermingsonderzoek volgens het kwaliteitskader van de RvdK');
  });
});

describe('document chapters', () => {
  it('put the sub-items of b and d under one chapter with the group title of core/domain/onderdelen', () => {
    const view = buildView(voorbeeldstad(), { partner: null, concept: false, findings: [], file: 'voorbeeldstad.yaml' });
    for (const group of Object.values(ONDERDEEL_GROUPS)) {
      const chapter = view.hoofdstukken.find((h) => h.titel === group.titel);
      expect(
        chapter?.onderdelen.map((o) => o.letter),
        group.letter,
      ).toEqual(group.onderdelen);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/core/model/build-model.js';
import { MixedText, SourcedText } from '../../src/core/model/source.js';
import { INFORMATIEDELING_LEIDRAAD } from '../../src/core/domain/onderdelen.js';
import type { Finding } from '../../src/findings.js';
import { buildDocumentView } from '../../src/render/document-view.js';
import { buildView, type ViewOptions } from '../../src/render/view.js';

// What the templates are given to print: titles, names, dates in Dutch, the columns of the
// instruments table, the appendix of open points in its order, and what is shown as open.

const options = (more: Partial<ViewOptions> = {}): ViewOptions => ({ partner: null, concept: false, findings: [], file: 'g/a.yaml', ...more });
const view = (data: unknown, more: Partial<ViewOptions> = {}) => buildView(buildModel(data), options(more));

/** The text a reader sees: the view wraps texts from the file with their origin (SourcedText, MixedText). */
function textOf(value: unknown): unknown {
  if (value instanceof SourcedText || value instanceof MixedText) return value.toString();
  if (Array.isArray(value)) return value.map(textOf);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, textOf(v)]));
  return value;
}

function finding(more: Partial<Finding>): Finding {
  return { rule: 'r', severity: 'fout', onderdeel: null, message: 'm', path: [], file: 'g/a.yaml', line: 1, column: 1, ...more };
}

describe('the document block', () => {
  it('a title of its own, or one made from the gemeente name, or a general one', () => {
    expect(textOf(view({ document: { titel: 'Eigen titel' }, gemeente: { naam: 'Noordstad' } }).document.titel)).toBe('Eigen titel');
    expect(textOf(view({ gemeente: { naam: 'Noordstad' } }).document.titel)).toBe('Samenwerkingsafspraken Werken aan veiligheid Noordstad');
    expect(view({}).document.titel).toBe('Samenwerkingsafspraken Werken aan veiligheid');
  });

  it('status, dates in Dutch words, versie, vastgesteld door and the looptijd', () => {
    const document = view({
      document: {
        status: 'vastgesteld',
        versie: '2.0',
        datum: '2026-03-05',
        vastgesteld_door: 'het college',
        looptijd: { van: '2026-01-01', tot: '2027-12-31' },
      },
    }).document;
    expect(textOf(document)).toEqual({
      titel: 'Samenwerkingsafspraken Werken aan veiligheid',
      versie: '2.0',
      status: 'vastgesteld',
      vastgesteld: true,
      datum: '5 maart 2026',
      vastgesteldDoor: 'het college',
      looptijd: {
        van: '1 januari 2026',
        tot: '31 december 2027',
        naAfloop: 'Zij blijven daarna van kracht totdat de partners nieuwe afspraken hebben vastgesteld.',
      },
    });
    // A date is shown in Dutch words, so it is marked as made from the value at its path.
    expect(document.datum).toMatchObject({ herkomst: { pad: 'document.datum' }, afgeleid: true });
    expect(document.versie).toMatchObject({ herkomst: { pad: 'document.versie' }, afgeleid: false });
    expect([view({ document: { status: 'concept' } }).document.status, view({ document: { status: 'concept' } }).document.vastgesteld]).toEqual([
      'concept',
      false,
    ]);
    expect(view({}).document.status).toBeNull();
  });

  it('the gemeente with its contact person, the lokaal team by name, and whether the integral document lacks a GI', () => {
    const v = view({
      gemeente: { naam: 'N', cbs_code: 'GM0001', adres: 'Plein 1', rol: 'regie', contactpersoon: { naam: 'C', functie: 'F', email: 'e@x.nl', telefoon: '1' } },
      partners: { lokaal_team: { naam: 'Wijkteam' } },
    });
    expect(textOf(v.gemeente)).toEqual({
      naam: 'N',
      cbsCode: 'GM0001',
      adres: 'Plein 1',
      rol: 'regie',
      contactpersoon: { naam: 'C', functie: 'F', email: 'e@x.nl', telefoon: '1' },
    });
    expect(view({}).gemeente.contactpersoon).toEqual({ naam: null, functie: null, email: null, telefoon: null });
    expect(textOf(v.lokaalTeam)).toBe('Wijkteam');
    expect(view({}).lokaalTeam).toBeNull();
    expect(v.geenGi).toBe(true);
    expect(view({ partners: { gi: [{ id: 'a' }] } }).geenGi).toBe(false);
    expect(view({}, { partner: 'rvdk' }).geenGi).toBe(false);
  });

  it("a partner's contact person and signer, empty where not given", () => {
    const [lokaal, vt] = view({
      partners: {
        lokaal_team: {
          naam: 'W',
          contactpersoon: { naam: 'C', functie: 'F', email: 'e@x.nl', telefoon: '1' },
          ondertekenaar: { naam: 'O', functie: 'dir', plaats: 'P' },
        },
      },
    }).partners;
    expect(textOf(lokaal)).toEqual({
      rol: 'Lokaal (wijk)team',
      taak: null,
      naam: 'W',
      organisatieType: null,
      adres: null,
      contactpersoon: { naam: 'C', functie: 'F', email: 'e@x.nl', telefoon: '1' },
      ondertekenaar: { naam: 'O', functie: 'dir', plaats: 'P' },
    });
    expect(vt).toEqual({
      rol: 'Veilig Thuis',
      taak: null,
      naam: null,
      organisatieType: null,
      adres: null,
      contactpersoon: { naam: null, functie: null, email: null, telefoon: null },
      ondertekenaar: { naam: null, functie: null, plaats: null },
    });
  });
});

describe('a per-partner document', () => {
  it('names the partner and the lokaal team, in a sentence too; falls back to their roles', () => {
    expect(
      textOf(
        view({ partners: { lokaal_team: { naam: 'Sociaal Wijkteam' }, rvdk: { naam: 'Raad voor de Kinderbescherming Noord' } } }, { partner: 'rvdk' })
          .perPartner,
      ),
    ).toEqual({
      rol: 'Raad voor de Kinderbescherming',
      naam: 'Raad voor de Kinderbescherming Noord',
      lokaalTeam: 'Sociaal Wijkteam',
      naamInZin: 'de Raad voor de Kinderbescherming Noord',
      lokaalTeamInZin: 'het Sociaal Wijkteam',
    });
    expect(view({}, { partner: 'veilig_thuis' }).perPartner).toEqual({
      rol: 'Veilig Thuis',
      naam: 'Veilig Thuis',
      lokaalTeam: 'het lokaal team',
      naamInZin: 'Veilig Thuis',
      lokaalTeamInZin: 'het lokaal team',
    });
    expect(view({}).perPartner).toBeNull();
  });
});

describe('agreements and chapters', () => {
  it('names who is responsible in one Dutch list; in c a task without anyone is open', () => {
    const data = {
      partners: { veilig_thuis: { naam: 'VT' }, rvdk: { naam: 'Raad' } },
      afspraken: {
        c_taakverdeling: {
          veiligheidsplannen: [
            { afspraak: 'Het team stelt het plan op.' },
            { afspraak: 'VT en Raad overleggen.', verantwoordelijk: ['veilig_thuis', 'rvdk'], termijn: 'binnen een week' },
          ],
          wachtlijsten: [{ afspraak: 'Wie wacht, krijgt hulp.', termijn: '5 dagen' }],
        },
        e_nieuwe_zorgen_na_ots: 'De Raad belt.',
      },
    };
    const onderdelen = view(data).hoofdstukken.flatMap((h) => h.onderdelen);
    const c = onderdelen.find((o) => o.letter === 'c')!;
    expect(textOf(c.onderwerpen[0]!.afspraken)).toEqual([
      {
        nummer: 'c.1',
        tekst: 'Het team stelt het plan op.',
        verantwoordelijk: null,
        verantwoordelijkOpen: true,
        termijn: null,
        toelichting: null,
        heeftDetails: true,
      },
      {
        nummer: 'c.2',
        tekst: 'VT en Raad overleggen.',
        verantwoordelijk: 'VT en Raad',
        verantwoordelijkOpen: false,
        termijn: 'binnen een week',
        toelichting: null,
        heeftDetails: true,
      },
    ]);
    expect(c.onderwerpen[1]!.afspraken[0]).toMatchObject({ tekst: null, verantwoordelijkOpen: false, heeftDetails: false });
    expect(textOf(c.onderwerpen[2]!.afspraken[0])).toMatchObject({ verantwoordelijkOpen: true, termijn: '5 dagen', heeftDetails: true });
    const e = onderdelen.find((o) => o.letter === 'e')!;
    expect(textOf(e.onderwerpen[0]!.afspraken[0])).toMatchObject({ tekst: 'De Raad belt.', verantwoordelijkOpen: false, heeftDetails: false });
    expect(textOf(e)).toMatchObject({ geenAfspraken: false });
    expect(e.titel.length).toBeGreaterThan(0);
  });

  it('b and d are one chapter each with the group title; instruments and escalation come right before j', () => {
    const hoofdstukken = view({}).hoofdstukken;
    expect(hoofdstukken.map((h) => [h.onderdelen.map((o) => o.letter).join(' '), h.enkel, h.instrumenten, h.escalatie])).toEqual([
      ['a', true, false, false],
      ['b.i b.ii', false, false, false],
      ['c', true, false, false],
      ['d.i d.ii d.iii d.iv d.v', false, false, false],
      ['e', true, false, false],
      ['f', true, false, false],
      ['g', true, false, false],
      ['', true, true, false],
      ['', true, false, true],
      ['j', true, false, false],
    ]);
    expect(hoofdstukken[1]!.titel).not.toBe(hoofdstukken[1]!.onderdelen[0]!.titel);
    expect(hoofdstukken[0]!.titel).toBe(hoofdstukken[0]!.onderdelen[0]!.titel);
    expect(hoofdstukken[7]!.titel).toBe('');
  });
});

describe('the instruments table', () => {
  it('a column per organisation (a further partner only when an instrument names it), short labels and a legend for long GI names', () => {
    const data = {
      partners: {
        gi: [{ id: 'jbn', naam: 'Jeugdbescherming Noord-Holland' }, { id: 'ws', naam: 'William Schrikke' }, { id: 'anon' }],
        overig: [
          { id: 'school', naam: 'School' },
          { id: 'huisarts', naam: 'Huisarts' },
        ],
      },
      afspraken: {
        h_methoden_en_instrumenten: [
          { naam: 'Signs of Safety', doel: 'veiligheid', toelichting: 't', gebruikt_door: ['veilig_thuis', 'gi', 'partner.school'] },
          { naam: 'Risicotaxatie', gebruikt_door: ['gi.ws'] },
        ],
      },
    };
    const instrumenten = view(data).instrumenten;
    expect(textOf(instrumenten.kolommen)).toEqual(['Lokaal team', 'Veilig Thuis', 'RvdK', 'JBN', 'William Schrikke', 'ANON', 'School']);
    expect(textOf(instrumenten.legenda)).toEqual(['JBN: Jeugdbescherming Noord-Holland']);
    expect(instrumenten.breedtes).toBe('30,10,10,10,10,10,10,10');
    expect(textOf(instrumenten.rijen)).toEqual([
      {
        naam: 'Signs of Safety',
        doel: 'veiligheid',
        toelichting: 't',
        cellen: [false, true, false, true, true, true, true].map((gebruikt) => ({ gebruikt })),
        onbekend: [],
      },
      {
        naam: 'Risicotaxatie',
        doel: null,
        toelichting: null,
        cellen: [false, false, false, false, true, false, false].map((gebruikt) => ({ gebruikt })),
        onbekend: [],
      },
    ]);
    expect(instrumenten.zonderInstrument).toEqual(['het lokaal team', 'de Raad voor de Kinderbescherming']);
  });

  it('few columns get wider, up to 12; no instruments means no organisation is named as lacking one', () => {
    const instrumenten = view({ partners: { gi: [{ id: 'a', naam: 'A' }] } }).instrumenten;
    expect(textOf(instrumenten.kolommen)).toEqual(['Lokaal team', 'Veilig Thuis', 'RvdK', 'A']);
    expect(instrumenten.breedtes).toBe('52,12,12,12,12');
    expect(instrumenten.zonderInstrument).toEqual([]);
    expect(instrumenten.rijen).toEqual([]);
  });
});

describe('informatiedeling', () => {
  const stroom = {
    moment: 'melding',
    wat: 'de melding',
    van: 'veilig_thuis',
    naar: ['rvdk', 'gi'],
    grondslag: 'Wmo',
    gezin_informeren: 'VT belt',
    toelichting: 't',
  };

  it('each flow numbered, partners in one Dutch list, toestemming in words; the PIA as a sentence with its date', () => {
    const v = view({
      informatiedeling: {
        uitgangspunt: 'U',
        stromen: [{ ...stroom, toestemming: 'met' }, { ...stroom, toestemming: 'zonder' }, { toestemming: 'met_tenzij' }],
        pia: { status: 'uitgevoerd', datum: '2026-02-01', toelichting: 'p' },
      },
    }).informatiedeling;
    expect(v.leidraad).toBe(INFORMATIEDELING_LEIDRAAD.tekst);
    expect(v.bron).toBe(INFORMATIEDELING_LEIDRAAD.bron);
    expect(textOf(v.uitgangspunt)).toBe('U');
    expect(textOf(v.stromen)).toEqual([
      {
        nummer: 1,
        moment: 'melding',
        wat: 'de melding',
        van: 'Veilig Thuis',
        naar: 'Raad voor de Kinderbescherming en de gecertificeerde instellingen',
        grondslag: 'Wmo',
        toestemming: 'alleen met toestemming van het gezin',
        gezinInformeren: 'VT belt',
        toelichting: 't',
      },
      expect.objectContaining({ nummer: 2, toestemming: 'ook zonder toestemming van het gezin, op de genoemde grondslag' }),
      {
        nummer: 3,
        moment: null,
        wat: null,
        van: null,
        naar: null,
        grondslag: null,
        toestemming: 'met toestemming van het gezin, tenzij de veiligheid van een kind of volwassene dat onmogelijk maakt',
        gezinInformeren: null,
        toelichting: null,
      },
    ]);
    expect(textOf(v.pia)).toEqual({
      zin: 'De partners hebben een privacy impact assessment (PIA) op de samenwerking uitgevoerd',
      datum: '1 februari 2026',
      toelichting: 'p',
    });
    expect(view({ informatiedeling: { pia: { status: 'gepland' } } }).informatiedeling.pia).toEqual({
      zin: 'De partners hebben een privacy impact assessment (PIA) op de samenwerking gepland',
      datum: null,
      toelichting: null,
    });
    expect(view({ informatiedeling: { pia: { status: 'niet_nodig' } } }).informatiedeling.pia!.zin).toBe(
      'Een privacy impact assessment (PIA) op de samenwerking is volgens de partners niet nodig',
    );
    expect(view({}).informatiedeling.pia).toBeNull();
  });

  it("the chapter is shown only with something in it; in a partner's document only with a flow", () => {
    expect(view({}).informatiedeling.tonen).toBe(false);
    expect(view({ informatiedeling: { uitgangspunt: 'U' } }).informatiedeling.tonen).toBe(true);
    expect(view({ informatiedeling: { pia: { status: 'gepland' } } }).informatiedeling.tonen).toBe(true);
    expect(view({ informatiedeling: { stromen: [stroom] } }).informatiedeling.tonen).toBe(true);
    expect(view({ informatiedeling: { uitgangspunt: 'U', pia: { status: 'gepland' } } }, { partner: 'rvdk' }).informatiedeling.tonen).toBe(false);
    expect(view({ informatiedeling: { stromen: [stroom] } }, { partner: 'rvdk' }).informatiedeling.tonen).toBe(true);
  });
});

describe('bijlagen, begrippen, meldcode, visie and evaluatie', () => {
  it('a bijlage whose file check could not find is shown as open; the others, and one without a file, are not', () => {
    const data = {
      bijlagen: [
        { titel: 'A', bestand: 'a.pdf' },
        { titel: 'B', bestand: 'b.pdf' },
        { titel: 'C', url: 'https://example.org' },
      ],
    };
    const findings = [
      finding({ rule: 'bijlage-niet-gevonden', path: ['bijlagen', 1, 'bestand'] }),
      finding({ rule: 'bijlage-zonder-titel', path: ['bijlagen', 0] }),
      finding({ rule: 'bijlage-buiten-repository', path: ['visie', 0] }),
      finding({ rule: 'bijlage-buiten-repository', path: ['bijlagen', 2, 'bestand'] }),
    ];
    expect(textOf(view(data, { findings }).bijlagen.map((b) => [b.titel, b.bestandOntbreekt]))).toEqual([
      ['A', false],
      ['B', true],
      ['C', false],
    ]);
    expect(
      view(data, { findings: [finding({ rule: 'bijlage-buiten-repository', path: ['bijlagen', 0, 'bestand'] })] }).bijlagen.map((b) => b.bestandOntbreekt),
    ).toEqual([true, false, false]);
  });

  it('begrippen and meldcode as given, visie documents with Dutch dates, evaluatie with its frequency in words', () => {
    const v = view({
      begrippen: [{ begrip: 'OTS', betekenis: 'ondertoezichtstelling' }],
      meldcode: { naam: 'Meldcode', toelichting: 'mt', aandachtsfunctionarissen: 'af' },
      visie: { documenten: [{ titel: 'Regiovisie', vastgesteld: '2025-04-02', vastgesteld_door: 'de raad', url: 'https://example.org' }], toelichting: 'vt' },
      evaluatie: { frequentie: 'halfjaarlijks', laatste: '2025-06-01', volgende: '2025-12-01', wie: 'de adviseur', toelichting: 'et' },
    });
    expect(textOf(v.begrippen)).toEqual([{ begrip: 'OTS', betekenis: 'ondertoezichtstelling' }]);
    expect(textOf(v.meldcode)).toMatchObject({ naam: 'Meldcode', toelichting: 'mt', aandachtsfunctionarissen: 'af' });
    expect(v.meldcode.bron).toMatch(/§6b/);
    expect(textOf(v.visie.documenten)).toEqual([{ titel: 'Regiovisie', vastgesteld: '2 april 2025', vastgesteldDoor: 'de raad', url: 'https://example.org' }]);
    expect(textOf(v.visie.toelichting)).toBe('vt');
    expect(textOf(v.evaluatie)).toMatchObject({
      frequentie: 'elk half jaar',
      laatste: '1 juni 2025',
      volgende: '1 december 2025',
      wie: 'de adviseur',
      toelichting: 'et',
    });
    expect(v.evaluatie.bron).toMatch(/Leidraad/);
  });
});

describe('the appendix of open points', () => {
  it('in leidraad order, the rendered file before its base files, then by file, line and column; numbers as text', () => {
    const findings = [
      finding({ onderdeel: null, message: 'algemeen', line: 1 }),
      finding({ onderdeel: null, message: 'algemeen 2', line: 3 }),
      finding({ onderdeel: 'c', message: 'c in basis z', file: 'regio/z.yaml', line: 1 }),
      finding({ onderdeel: 'c', message: 'c in basis b', file: 'regio/b.yaml', line: 9 }),
      finding({ onderdeel: 'c', message: 'c regel 7 kolom 5', line: 7, column: 5 }),
      finding({ onderdeel: 'c', message: 'c regel 7 kolom 3', line: 7, column: 3 }),
      finding({ onderdeel: 'c', message: 'c regel 2', line: 2 }),
      finding({ onderdeel: 'voorwaarde.evaluatie', message: 'evaluatie', line: 1 }),
      finding({ onderdeel: 'a', message: 'a zonder regel', line: 0, severity: 'waarschuwing' }),
    ];
    const punten = view({}, { findings }).openPunten;
    expect(punten.map((p) => [p.melding, p.regel, p.bestand])).toEqual([
      ['a zonder regel', null, null],
      ['c regel 2', '2', null],
      ['c regel 7 kolom 3', '7', null],
      ['c regel 7 kolom 5', '7', null],
      ['c in basis b', '9', 'b.yaml'],
      ['c in basis z', '1', 'z.yaml'],
      ['evaluatie', '1', null],
      ['algemeen', '1', null],
      ['algemeen 2', '3', null],
    ]);
    expect(view({}, { findings: [finding({ file: 'regio\\windows.yaml' })] }).openPunten[0]!.bestand).toBe('windows.yaml');
    expect(punten.map((p) => [p.letter, p.naam, p.ernst])[0]).toEqual(['a', 'Onderdeel a', 'waarschuwing']);
    expect(punten.at(-3)).toMatchObject({ letter: 'Evaluatie', naam: 'Evaluatie' });
    expect(punten.at(-2 - 1)).toMatchObject({ letter: 'Evaluatie' });
    expect(punten.at(-1)).toMatchObject({ letter: 'Algemeen', naam: 'Algemeen', titel: 'Partijen, ondertekening en overige punten' });
    expect(view({}, { findings }).openPuntenPerOnderdeel.map((g) => [g.letter, g.punten.length])).toEqual([
      ['a', 1],
      ['c', 5],
      ['Evaluatie', 1],
      ['Algemeen', 2],
    ]);
  });

  it('field names in backticks are quoted for paper, in the message and (without the data) in the text', () => {
    const [punt] = view({}, { findings: [finding({ onderdeel: 'voorwaarde.visie', message: 'Zet onder `visie.documenten` een `titel`.' })] }).openPunten;
    expect(punt).toMatchObject({ melding: 'Zet onder ‘visie.documenten’ een ‘titel’.', tekst: 'Zet onder ‘visie.documenten’ een ‘titel’.', letter: 'Visie' });
    const [aansluiting] = view({}, { findings: [finding({ onderdeel: 'voorwaarde.aansluiting' })] }).openPunten;
    expect(aansluiting!.letter).toBe('Aansluiting');
  });

  it('with the data, the text for the partners is written from it (not the raw message)', () => {
    const data = { afspraken: {} };
    const [punt] = buildView(
      buildModel(data),
      options({
        data,
        findings: [
          finding({
            rule: 'afspraak-ontbreekt',
            onderdeel: 'c',
            message: 'Er is nog geen afspraak over `x`.',
            path: ['afspraken', 'c_taakverdeling', 'wachtlijsten'],
          }),
        ],
      }),
    ).openPunten;
    expect(punt!.melding).toBe('Er is nog geen afspraak over ‘x’.');
    expect(punt!.tekst).not.toContain('`');
    expect(typeof punt!.tekst).toBe('string');
  });

  it('with the data, a task without anyone responsible is written as what is still to agree, not as the check message', () => {
    const data = { afspraken: { c_taakverdeling: { wachtlijsten: [{ afspraak: 'Wie wacht, krijgt hulp.' }] } } };
    const message = 'Bij `wachtlijsten` staat niet wie verantwoordelijk is.';
    const [punt] = buildView(
      buildModel(data),
      options({
        data,
        findings: [finding({ rule: 'taak-zonder-verantwoordelijke', onderdeel: 'c', message, path: ['afspraken', 'c_taakverdeling', 'wachtlijsten', 0] })],
      }),
    ).openPunten;
    expect(punt!.melding).toBe('Bij ‘wachtlijsten’ staat niet wie verantwoordelijk is.');
    expect(punt!.tekst).toMatch(/: wie verantwoordelijk is voor /);
  });
});

describe('buildDocumentView: the wording on top of the view', () => {
  it('agreements start with a capital in the chapters and under acuut; one GI is "de gecertificeerde instelling"', () => {
    const data = { partners: { gi: [{ id: 'a' }] }, afspraken: { e_nieuwe_zorgen_na_ots: 'de Raad belt.', i_escalatie: { acuut: ['één manager beslist.'] } } };
    const v = buildDocumentView(buildModel(data), options(), data);
    expect(textOf(v.hoofdstukken.flatMap((h) => h.onderdelen).find((o) => o.letter === 'e')!.onderwerpen[0]!.afspraken[0]!.tekst)).toBe('De Raad belt.');
    expect(textOf(v.escalatie.acuut[0]!.tekst)).toBe('Eén manager beslist.');
    expect(v.eenGi).toBe(true);
    const twee = { partners: { gi: [{ id: 'a' }, { id: 'b' }] } };
    expect(buildDocumentView(buildModel(twee), options(), twee).eenGi).toBe(false);
    expect(buildDocumentView(buildModel({}), options(), {}).eenGi).toBe(false);
  });

  it('the partners get a description, the gemeente its signer from the data', () => {
    const data = {
      gemeente: { naam: 'N', ondertekenaar: { naam: 'Burgemeester B', functie: 'burgemeester', plaats: 'N' } },
      partners: { gi: [{ id: 'a', organisatie_type: 'Gecertificeerde instelling (regionaal)' }], rvdk: { organisatie_type: 'rijksdienst' } },
    };
    const v = buildDocumentView(buildModel(data), options(), data);
    expect(textOf(v.gemeente)).toMatchObject({ naam: 'N', ondertekenaar: { naam: 'Burgemeester B', functie: 'burgemeester', plaats: 'N' } });
    expect(textOf(v.partners.map((p) => p.omschrijving))).toEqual([
      'Lokaal (wijk)team',
      'Veilig Thuis',
      'Raad voor de Kinderbescherming — rijksdienst',
      'Gecertificeerde instelling (regionaal)',
    ]);
  });
});

describe('more of what a reader sees', () => {
  it('an agreement outside c shows its details line for a responsible partner or a termijn alone', () => {
    const data = {
      afspraken: {
        e_nieuwe_zorgen_na_ots: [
          { afspraak: 'De Raad belt.', verantwoordelijk: 'rvdk' },
          { afspraak: 'Het team belt terug.', termijn: 'binnen 2 dagen' },
        ],
      },
    };
    const e = view(data)
      .hoofdstukken.flatMap((h) => h.onderdelen)
      .find((o) => o.letter === 'e')!;
    expect(textOf(e.onderwerpen[0]!.afspraken.map((a) => [a.verantwoordelijk, a.termijn, a.heeftDetails]))).toEqual([
      ['Raad voor de Kinderbescherming', null, true],
      [null, 'binnen 2 dagen', true],
    ]);
    // A list of partner references shown as names cannot go back into the file as it stands; a termijn can.
    expect(e.onderwerpen[0]!.afspraken.map((a) => [a.verantwoordelijk, a.termijn])).toEqual([
      [expect.objectContaining({ herkomst: expect.objectContaining({ pad: 'afspraken.e_nieuwe_zorgen_na_ots.0.verantwoordelijk' }), afgeleid: true }), null],
      [null, expect.objectContaining({ herkomst: expect.objectContaining({ pad: 'afspraken.e_nieuwe_zorgen_na_ots.1.termijn' }), afgeleid: false })],
    ]);
  });

  it("in a partner's document: an onderdeel without topics shows as open, a group left with one onderdeel has no sub-heading", () => {
    const model = buildModel({});
    const trimmed = {
      ...model,
      onderdelen: model.onderdelen.filter((o) => o.onderdeel !== 'b.ii').map((o) => (o.onderdeel === 'e' ? { ...o, onderwerpen: [] } : o)),
    };
    const hoofdstukken = buildView(trimmed, options({ partner: 'rvdk' })).hoofdstukken;
    const b = hoofdstukken.find((h) => h.onderdelen[0]?.letter === 'b.i')!;
    expect([b.enkel, b.onderdelen.length]).toEqual([true, 1]);
    expect(hoofdstukken.find((h) => h.onderdelen[0]?.letter === 'd.i')!.enkel).toBe(false);
    expect(
      hoofdstukken
        .flatMap((h) => h.onderdelen)
        .map((o) => [o.letter, o.geenAfspraken])
        .filter(([, geen]) => geen),
    ).toEqual([['e', true]]);
    expect(hoofdstukken.map((h) => h.titel).filter((t) => t === '')).toHaveLength(2);
  });

  it('the source each chapter cites', () => {
    const v = view({});
    expect(v.visie.bron).toMatch(/voorwaarden na onderdeel j$/);
    expect(v.evaluatie.bron).toMatch(/voorwaarden na onderdeel j$/);
    expect(v.instrumenten.bron).toMatch(/ onderdeel h$/);
    expect(v.escalatie.bron).toMatch(/ onderdeel i$/);
    expect(v.instrumenten.titel).toMatch(/nstrument/);
    expect(v.escalatie.titel).toMatch(/scalatie/);
  });

  it('a base file is named by its own name however deep it lies, and sorts after the rendered file even when its path sorts first', () => {
    const findings = [
      finding({ onderdeel: 'c', message: 'eigen', file: 'g/a.yaml', line: 9 }),
      finding({ onderdeel: 'c', message: 'basis', file: 'a/regio/diep.yaml', line: 1 }),
    ];
    expect(view({}, { findings }).openPunten.map((p) => [p.melding, p.bestand])).toEqual([
      ['eigen', null],
      ['basis', 'diep.yaml'],
    ]);
    expect(view({}, { findings: [...findings].reverse() }).openPunten.map((p) => p.melding)).toEqual(['eigen', 'basis']);
  });
});

describe('document-view wording, edge cases', () => {
  it("a one-letter agreement gets its capital; an empty text stays empty; a signer's name is trimmed", async () => {
    const { asSentence } = await import('../../src/render/document-view.js');
    expect(asSentence('a')).toBe('A');
    expect(asSentence('')).toBe('');
    const data = { gemeente: { ondertekenaar: { naam: '  Burgemeester B  ', functie: 'TODO' } } };
    expect(textOf(buildDocumentView(buildModel(data), options(), data).gemeente.ondertekenaar)).toEqual({
      naam: 'Burgemeester B',
      functie: null,
      plaats: null,
    });
    expect(buildDocumentView(buildModel(data), options(), data).gemeente.ondertekenaar.naam).toMatchObject({
      herkomst: { pad: 'gemeente.ondertekenaar.naam' },
      afgeleid: false,
    });
  });
});

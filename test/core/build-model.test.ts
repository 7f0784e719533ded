import { describe, expect, it } from 'vitest';
import { buildModel, NA_AFLOOP_STANDAARD, nameResolver } from '../../src/core/model/build-model.js';
import type { Partner, PartnerKey } from '../../src/core/model/types.js';
import { PLACEHOLDER_GEGEVEN } from '../../src/core/domain/open-punten.js';

// What the documents are built from: every field of the file reaches the model under its own name
// (each value below is different, so a field read from the wrong key shows), trimmed, and
// open texts (empty, TODO, a deferral) become null — never a placeholder text in a document.

const FULL = {
  gemeente: {
    naam: ' Voorbeeldstad ',
    cbs_code: 'GM0001',
    adres: 'Raadhuisplein 1',
    rol: 'regisseur',
    contactpersoon: { naam: 'G. Contact', functie: 'beleidsadviseur', email: 'g@example.org', telefoon: '010-1' },
    ondertekenaar: { naam: 'H. Visser', functie: 'burgemeester', plaats: 'Voorbeeldstad-Noord' },
  },
  regio: { naam: 'Regio Noord', code: 'RN' },
  document: {
    titel: 'Afspraken 2026',
    versie: '1.2',
    status: 'vastgesteld',
    datum: '2026-01-05',
    vastgesteld_door: 'het college',
    looptijd: { van: '2026-01-01', tot: '2027-12-31', na_afloop: 'Daarna vervallen zij.' },
  },
  visie: {
    documenten: [
      { titel: 'Regiovisie', vastgesteld: '2025-03-01', vastgesteld_door: 'de raad', url: 'https://example.org/visie' },
      { titel: 'TODO' },
      'geen map',
    ],
    toelichting: 'Visie-toelichting',
  },
  partners: {
    lokaal_team: {
      naam: 'Wijkteam Oost',
      organisatie_type: 'stichting',
      adres: 'Wijkstraat 2',
      contactpersoon: { naam: 'L. Team' },
      ondertekenaar: { naam: 'L. Baas', functie: 'directeur', plaats: 'Oost' },
    },
    veilig_thuis: { naam: 'VT Noord', taak: 'wordt genegeerd' },
    rvdk: 'geen map',
    gi: [{ id: 'jbn', naam: 'Jeugdbescherming Noord' }, { naam: 'zonder id' }, { id: 'wsg' }, 'los'],
    overig: [{ id: 'school', naam: 'De School', rol: 'Onderwijs', taak: 'signaleren', eigen_document: true }, { id: 'huisarts' }, { naam: 'zonder id' }, 7],
  },
  afspraken: {
    c_taakverdeling: {
      veiligheidsplannen: [
        {
          afspraak: ' Het lokaal team stelt het plan op. ',
          verantwoordelijk: ['lokaal_team', 'gi', 'gi.jbn', 'partner.school', 'gemeente', 'onbekend'],
          termijn: 'binnen 5 dagen',
          toelichting: 'samen met het gezin',
        },
        'Een tweede afspraak zonder map.',
      ],
      wachtlijsten: 'TODO',
    },
    h_methoden_en_instrumenten: [
      { naam: 'Signs of Safety', doel: 'veiligheid', toelichting: 'training', gebruikt_door: ['veilig_thuis', ''] },
      { naam: '' },
      'los',
    ],
    i_escalatie: {
      stappen: [{ niveau: 'team', wie: 'teamleiders', termijn: '2 dagen', toelichting: 'eerst bellen' }, 'los'],
      acuut: [{ afspraak: 'De managers beslissen dezelfde dag.', verantwoordelijk: 'veilig_thuis' }],
    },
  },
  meldcode: { naam: 'Meldcode Noord', toelichting: 'Meldcode-toelichting', aandachtsfunctionarissen: 'in elk team' },
  informatiedeling: {
    uitgangspunt: 'Zo min mogelijk.',
    stromen: [
      {
        moment: 'melding',
        wat: 'de melding',
        van: 'veilig_thuis',
        naar: ['rvdk', 'gi'],
        grondslag: 'Wmo',
        toestemming: 'met_tenzij',
        gezin_informeren: 'VT belt',
        toelichting: 'stroom-toelichting',
      },
      { toestemming: 'soms' },
      'los',
    ],
    pia: { status: 'gepland', datum: '2026-06-01', toelichting: 'PIA-toelichting' },
  },
  begrippen: [{ begrip: 'OTS', betekenis: 'ondertoezichtstelling' }, { begrip: 'Alleen begrip' }, { betekenis: 'Alleen een betekenis' }, 'los', null],
  bijlagen: [
    'los',
    { titel: 'Formulier', bestand: 'f.pdf', url: 'https://example.org/f', toelichting: 'bijlage-toelichting' },
    { bestand: 'zonder-titel.pdf' },
    null,
  ],
  evaluatie: { frequentie: 'jaarlijks', laatste: '2025-06-01', volgende: '2026-06-01', wie: 'de beleidsadviseur', toelichting: 'evaluatie-toelichting' },
};

const EMPTY_PERSON = { naam: null, functie: null, email: null, telefoon: null };

describe('buildModel: every field of the file under its own name', () => {
  it('gemeente, regio, document and looptijd', () => {
    const model = buildModel(FULL);
    expect(model.gemeente).toEqual({
      naam: 'Voorbeeldstad',
      cbsCode: 'GM0001',
      adres: 'Raadhuisplein 1',
      rol: 'regisseur',
      contactpersoon: { naam: 'G. Contact', functie: 'beleidsadviseur', email: 'g@example.org', telefoon: '010-1' },
      ondertekenaar: { naam: 'H. Visser', functie: 'burgemeester', plaats: 'Voorbeeldstad-Noord' },
    });
    expect(model.regio).toEqual({ naam: 'Regio Noord', code: 'RN' });
    expect(model.document).toEqual({
      titel: 'Afspraken 2026',
      versie: '1.2',
      status: 'vastgesteld',
      datum: '2026-01-05',
      vastgesteldDoor: 'het college',
      looptijd: { van: '2026-01-01', tot: '2027-12-31', naAfloop: 'Daarna vervallen zij.', naAfloopUitBestand: true },
    });
  });

  it('the partners: fixed three, then each GI and further partner with an id, in file order', () => {
    const { partners } = buildModel(FULL);
    expect(partners).toEqual([
      {
        key: 'lokaal_team',
        herkomst: { pad: 'partners.lokaal_team', label: 'Lokaal team' },
        rol: 'Lokaal (wijk)team',
        rolUitBestand: false,
        naam: 'Wijkteam Oost',
        organisatieType: 'stichting',
        adres: 'Wijkstraat 2',
        contactpersoon: { ...EMPTY_PERSON, naam: 'L. Team' },
        ondertekenaar: { naam: 'L. Baas', functie: 'directeur', plaats: 'Oost' },
        taak: null,
        eigenDocument: false,
      },
      {
        key: 'veilig_thuis',
        herkomst: { pad: 'partners.veilig_thuis', label: 'Veilig Thuis' },
        rol: 'Veilig Thuis',
        rolUitBestand: false,
        naam: 'VT Noord',
        organisatieType: null,
        adres: null,
        contactpersoon: null,
        ondertekenaar: null,
        taak: null,
        eigenDocument: true,
      },
      {
        key: 'rvdk',
        herkomst: { pad: 'partners.rvdk', label: 'RvdK' },
        rol: 'Raad voor de Kinderbescherming',
        rolUitBestand: false,
        naam: null,
        organisatieType: null,
        adres: null,
        contactpersoon: null,
        ondertekenaar: null,
        taak: null,
        eigenDocument: true,
      },
      {
        key: 'gi.jbn',
        herkomst: { pad: 'partners.gi.0', label: 'GI 1' },
        rol: 'Gecertificeerde instelling',
        rolUitBestand: false,
        naam: 'Jeugdbescherming Noord',
        organisatieType: null,
        adres: null,
        contactpersoon: null,
        ondertekenaar: null,
        taak: null,
        eigenDocument: true,
      },
      {
        key: 'gi.wsg',
        herkomst: { pad: 'partners.gi.2', label: 'GI 3' },
        rol: 'Gecertificeerde instelling',
        rolUitBestand: false,
        naam: null,
        organisatieType: null,
        adres: null,
        contactpersoon: null,
        ondertekenaar: null,
        taak: null,
        eigenDocument: true,
      },
      {
        key: 'partner.school',
        herkomst: { pad: 'partners.overig.0', label: 'Partner 1' },
        rol: 'Onderwijs',
        rolUitBestand: true,
        naam: 'De School',
        organisatieType: null,
        adres: null,
        contactpersoon: null,
        ondertekenaar: null,
        taak: 'signaleren',
        eigenDocument: true,
      },
      {
        key: 'partner.huisarts',
        herkomst: { pad: 'partners.overig.1', label: 'Partner 2' },
        rol: 'Partner',
        rolUitBestand: false,
        naam: null,
        organisatieType: null,
        adres: null,
        contactpersoon: null,
        ondertekenaar: null,
        taak: null,
        eigenDocument: false,
      },
    ]);
  });

  it('afspraken: numbered per onderdeel, texts trimmed, responsible partners by the names readers know', () => {
    const c = buildModel(FULL).onderdelen.find((o) => o.onderdeel === 'c')!;
    const C = 'afspraken.c_taakverdeling';
    const VP = `${C}.veiligheidsplannen`;
    expect(c.onderwerpen.map((o) => [o.titel, o.partner])).toEqual([
      ['Opstellen van veiligheidsplannen', null],
      ['Informeren van direct betrokkenen', null],
      ['Als er een wachtlijst is', null],
    ]);
    expect(c.onderwerpen.map((o) => o.afspraken)).toEqual([
      [
        {
          nummer: 'c.1',
          herkomst: { pad: `${VP}.0`, label: 'c.1 Veiligheidsplannen', tekst: `${VP}.0.afspraak` },
          tekst: 'Het lokaal team stelt het plan op.',
          termijn: 'binnen 5 dagen',
          toelichting: 'samen met het gezin',
          verantwoordelijkRefs: ['lokaal_team', 'gi', 'gi.jbn', 'partner.school', 'gemeente', 'onbekend'],
          verantwoordelijk: [
            'Wijkteam Oost',
            'de gecertificeerde instellingen',
            'Jeugdbescherming Noord',
            'De School',
            'gemeente Voorbeeldstad',
            `${PLACEHOLDER_GEGEVEN}: welke partner met ‘onbekend’ bedoeld is]`,
          ],
        },
        {
          nummer: 'c.2',
          herkomst: { pad: `${VP}.1`, label: 'c.2 Veiligheidsplannen', tekst: `${VP}.1` },
          tekst: 'Een tweede afspraak zonder map.',
          termijn: null,
          toelichting: null,
          verantwoordelijkRefs: [],
          verantwoordelijk: [],
        },
      ],
      [
        {
          nummer: 'c.3',
          herkomst: { pad: `${C}.informeren_betrokkenen`, label: 'c.3 Informeren betrokkenen', tekst: `${C}.informeren_betrokkenen` },
          tekst: null,
          termijn: null,
          toelichting: null,
          verantwoordelijkRefs: [],
          verantwoordelijk: [],
        },
      ],
      [
        {
          nummer: 'c.4',
          herkomst: { pad: `${C}.wachtlijsten`, label: 'c.4 Wachtlijsten', tekst: `${C}.wachtlijsten` },
          tekst: null,
          termijn: null,
          toelichting: null,
          verantwoordelijkRefs: [],
          verantwoordelijk: [],
        },
      ],
    ]);
    const a = buildModel(FULL).onderdelen.find((o) => o.onderdeel === 'a')!;
    expect(a.onderwerpen.map((o) => o.partner)).toEqual(['veilig_thuis', 'veilig_thuis', 'rvdk', 'rvdk', 'gi', 'gi']);
    expect(a.onderwerpen[0]!.afspraken[0]!.nummer).toBe('a.1');
  });

  it('instruments (an open name stays as an open row), escalation steps and acute agreements', () => {
    const model = buildModel(FULL);
    expect(model.instrumenten).toEqual([
      {
        herkomst: { pad: 'afspraken.h_methoden_en_instrumenten.0', label: 'h Instrument 1' },
        naam: 'Signs of Safety',
        doel: 'veiligheid',
        toelichting: 'training',
        gebruiktDoorRefs: ['veilig_thuis'],
        onbekendeRefs: [],
      },
      {
        herkomst: { pad: 'afspraken.h_methoden_en_instrumenten.1', label: 'h Instrument 2' },
        naam: null,
        doel: null,
        toelichting: null,
        gebruiktDoorRefs: [],
        onbekendeRefs: [],
      },
    ]);
    expect(model.escalatie.stappen).toEqual([
      {
        nummer: 1,
        herkomst: { pad: 'afspraken.i_escalatie.stappen.0', label: 'i Stap 1' },
        niveau: 'team',
        wie: 'teamleiders',
        termijn: '2 dagen',
        toelichting: 'eerst bellen',
      },
      { nummer: 2, herkomst: { pad: 'afspraken.i_escalatie.stappen.1', label: 'i Stap 2' }, niveau: null, wie: null, termijn: null, toelichting: null },
    ]);
    expect(model.escalatie.acuut).toEqual([
      {
        nummer: 'i.1',
        herkomst: { pad: 'afspraken.i_escalatie.acuut.0', label: 'i.1 Acuut', tekst: 'afspraken.i_escalatie.acuut.0.afspraak' },
        tekst: 'De managers beslissen dezelfde dag.',
        termijn: null,
        toelichting: null,
        verantwoordelijkRefs: ['veilig_thuis'],
        verantwoordelijk: ['VT Noord'],
      },
    ]);
  });

  it('meldcode, informatiedeling (a toestemming outside the three is left out), begrippen, bijlagen, evaluatie', () => {
    const model = buildModel(FULL);
    expect(model.meldcode).toEqual({ naam: 'Meldcode Noord', toelichting: 'Meldcode-toelichting', aandachtsfunctionarissen: 'in elk team' });
    expect(model.informatiedeling).toEqual({
      uitgangspunt: 'Zo min mogelijk.',
      stromen: [
        {
          herkomst: { pad: 'informatiedeling.stromen.0', label: 'Informatiestroom 1' },
          moment: 'melding',
          wat: 'de melding',
          van: ['VT Noord'],
          naar: ['Raad voor de Kinderbescherming', 'de gecertificeerde instellingen'],
          refs: ['veilig_thuis', 'rvdk', 'gi'],
          grondslag: 'Wmo',
          toestemming: 'met_tenzij',
          gezinInformeren: 'VT belt',
          toelichting: 'stroom-toelichting',
        },
        {
          herkomst: { pad: 'informatiedeling.stromen.1', label: 'Informatiestroom 2' },
          moment: null,
          wat: null,
          van: [],
          naar: [],
          refs: [],
          grondslag: null,
          toestemming: null,
          gezinInformeren: null,
          toelichting: null,
        },
      ],
      pia: { status: 'gepland', datum: '2026-06-01', toelichting: 'PIA-toelichting' },
    });
    expect(model.begrippen).toEqual([{ herkomst: { pad: 'begrippen.0', label: 'Begrip 1' }, begrip: 'OTS', betekenis: 'ondertoezichtstelling' }]);
    expect(model.bijlagen).toEqual([
      {
        index: 1,
        herkomst: { pad: 'bijlagen.1', label: 'Bijlage 2' },
        titel: 'Formulier',
        bestand: 'f.pdf',
        url: 'https://example.org/f',
        toelichting: 'bijlage-toelichting',
      },
    ]);
    expect(model.evaluatie).toEqual({
      frequentie: 'jaarlijks',
      laatste: '2025-06-01',
      volgende: '2026-06-01',
      wie: 'de beleidsadviseur',
      toelichting: 'evaluatie-toelichting',
    });
    expect(model.visie).toEqual({
      documenten: [
        {
          herkomst: { pad: 'visie.documenten.0', label: 'Visiedocument 1' },
          titel: 'Regiovisie',
          vastgesteld: '2025-03-01',
          vastgesteldDoor: 'de raad',
          url: 'https://example.org/visie',
        },
        { herkomst: { pad: 'visie.documenten.1', label: 'Visiedocument 2' }, titel: null, vastgesteld: null, vastgesteldDoor: null, url: null },
      ],
      toelichting: 'Visie-toelichting',
    });
  });
});

describe('buildModel: an empty or broken draft never throws, and shows nothing as agreed', () => {
  it.each([
    [{}],
    [null],
    ['tekst'],
    [{ document: 'x', partners: 'x', afspraken: 'x', informatiedeling: { stromen: 'x', pia: 'x' }, begrippen: 'x', bijlagen: 'x', visie: { documenten: 'x' } }],
  ])('%j', (data) => {
    const model = buildModel(data);
    expect(model.gemeente).toEqual({
      naam: null,
      cbsCode: null,
      adres: null,
      rol: null,
      contactpersoon: null,
      ondertekenaar: { naam: null, functie: null, plaats: null },
    });
    expect(model.document).toEqual({
      titel: null,
      versie: null,
      status: null,
      datum: null,
      vastgesteldDoor: null,
      looptijd: { van: null, tot: null, naAfloop: NA_AFLOOP_STANDAARD, naAfloopUitBestand: false },
    });
    expect(model.partners.map((p) => p.key)).toEqual(['lokaal_team', 'veilig_thuis', 'rvdk']);
    expect(model.instrumenten).toEqual([]);
    expect(model.escalatie).toEqual({ stappen: [], acuut: [] });
    expect(model.informatiedeling).toEqual({ uitgangspunt: null, stromen: [], pia: { status: null, datum: null, toelichting: null } });
    expect([model.begrippen, model.bijlagen, model.visie.documenten]).toEqual([[], [], []]);
    expect(model.onderdelen.flatMap((o) => o.onderwerpen.flatMap((t) => t.afspraken.map((a) => a.tekst)))).toSatisfy(
      (texts: unknown[]) => texts.length > 0 && texts.every((t) => t === null),
    );
  });

  it('a status, toestemming or PIA status outside the known words is left out; acuut null is no agreement', () => {
    const model = buildModel({
      document: { status: 'klaar' },
      informatiedeling: { stromen: [{ toestemming: 3 }], pia: { status: 'misschien' } },
      afspraken: { i_escalatie: { acuut: null } },
    });
    expect(model.document.status).toBeNull();
    expect(model.informatiedeling.stromen[0]!.toestemming).toBeNull();
    expect(model.informatiedeling.pia.status).toBeNull();
    expect(model.escalatie.acuut).toEqual([]);
    expect(buildModel({ document: { status: 'concept' } }).document.status).toBe('concept');
    expect(buildModel({ informatiedeling: { pia: { status: 'niet_nodig' } } }).informatiedeling.pia.status).toBe('niet_nodig');
    expect(buildModel({ afspraken: { i_escalatie: { acuut: [] } } }).escalatie.acuut.map((a) => [a.nummer, a.tekst])).toEqual([['i.1', null]]);
  });
});

describe('nameResolver: how a responsible partner is named in a sentence', () => {
  const partner = (key: PartnerKey, naam: string | null, rol = 'Rol'): Partner => ({
    key,
    herkomst: { pad: 'partners', label: 'Partner' },
    rol,
    rolUitBestand: false,
    naam,
    organisatieType: null,
    adres: null,
    contactpersoon: null,
    ondertekenaar: null,
    taak: null,
    eigenDocument: true,
  });

  it('the gemeente by its name, or "de gemeente"; one GI with a name by that name, else "de gecertificeerde instellingen"', () => {
    expect(nameResolver({ partners: [], gemeente: null })('gemeente')).toBe('de gemeente');
    expect(nameResolver({ partners: [partner('gi.a', 'GI A')], gemeente: 'X' })('gi')).toBe('GI A');
    expect(nameResolver({ partners: [partner('gi.a', null)], gemeente: 'X' })('gi')).toBe('de gecertificeerde instellingen');
    expect(nameResolver({ partners: [partner('gi.a', 'GI A'), partner('gi.b', 'GI B')], gemeente: 'X' })('gi')).toBe('de gecertificeerde instellingen');
    expect(nameResolver({ partners: [partner('veilig_thuis', 'gi.a')], gemeente: 'X' })('gi')).toBe('de gecertificeerde instellingen');
    expect(nameResolver({ partners: [partner('rvdk', null, 'Raad voor de Kinderbescherming')], gemeente: 'X' })('rvdk')).toBe('Raad voor de Kinderbescherming');
  });
});

import { ONDERDELEN, type Finding, type Onderdeel } from '../findings.js';
import type { Afspraak, AgreementsModel, Informatiestroom, OnderdeelAfspraken, Partner, PartnerKey, Persoon } from '../core/model/types.js';
import { groupOf, INFORMATIEDELING_LEIDRAAD, LEIDRAAD_BRON, leidraadReference, MELDCODE_BRON, ONDERDEEL_INFO } from '../core/domain/onderdelen.js';
import { BIJLAGE_BESTAND_RULES } from '../core/load/bijlagen.js';
import { refCovers } from '../core/domain/partner-refs.js';
import { dutchDate } from '../core/domain/dates.js';
import { dutchList } from '../core/domain/dutch-list.js';
import { dutchFrequentie, partnerInZin } from './dutch.js';
import { buildModel, nameResolver } from '../core/model/build-model.js';
import { afspraakNummers, openPuntTekst } from './open-punt-tekst.js';
import { field, MixedText, sourced, SourcedText, type Bron } from '../core/model/source.js';

export interface ViewOptions {
  /** Set for a per-partner document: the partner the lokaal team agrees with. */
  partner: PartnerKey | null;
  concept: boolean;
  findings: readonly Finding[];
  /** The rendered file, as the findings name it: findings in other files come from its base files. */
  file: string;
  /** The file's data: with it, the open points are written for the partners (open-punt-tekst.ts). */
  data?: unknown;
}

/** The value of `key` under an entity, with its origin. */
function fieldOf(herkomst: Bron, key: string, text: string | null, afgeleid = false): SourcedText | null {
  return sourced(text, field(herkomst, key), afgeleid);
}

function afspraakView(afspraak: Afspraak, onderdeel: Onderdeel | null = null) {
  const { herkomst } = afspraak;
  // The names of the partners its references name: made from the file, not the file's words.
  const verantwoordelijk = afspraak.verantwoordelijk.length ? fieldOf(herkomst, 'verantwoordelijk', dutchList(afspraak.verantwoordelijk), true) : null;
  // c is about who does what: a task without anyone responsible is open (taak-zonder-verantwoordelijke).
  const verantwoordelijkOpen = onderdeel === 'c' && afspraak.tekst !== null && verantwoordelijk === null;
  return {
    nummer: afspraak.nummer,
    tekst: sourced(afspraak.tekst, { pad: herkomst.tekst, label: herkomst.label }),
    verantwoordelijk,
    verantwoordelijkOpen,
    termijn: fieldOf(herkomst, 'termijn', afspraak.termijn),
    toelichting: fieldOf(herkomst, 'toelichting', afspraak.toelichting),
    heeftDetails: verantwoordelijk !== null || verantwoordelijkOpen || afspraak.termijn !== null,
  };
}

function onderdeelView(onderdeel: OnderdeelAfspraken) {
  return {
    letter: onderdeel.onderdeel,
    titel: onderdeel.titel,
    leidraad: onderdeel.leidraad,
    bron: onderdeel.bron,
    onderwerpen: onderdeel.onderwerpen.map((onderwerp) => ({
      titel: onderwerp.titel,
      afspraken: onderwerp.afspraken.map((afspraak) => afspraakView(afspraak, onderdeel.onderdeel)),
    })),
    /** Only in a partner's document, for an onderdeel the leidraad asks of that partner (partner-niet-gedekt): shown as open. */
    geenAfspraken: onderdeel.onderwerpen.length === 0,
  };
}

/** A partner's name, with its origin (`partners.…naam`); null while the file leaves it open. */
function partnerNaam(partner: Partner): SourcedText | null {
  return fieldOf(partner.herkomst, 'naam', partner.naam);
}

/** A partner's role: a further partner's own words (`partners.overig.N.rol`) carry their origin. */
function partnerRol(partner: Partner): string | SourcedText {
  return partner.rolUitBestand ? new SourcedText(partner.rol, field(partner.herkomst, 'rol')) : partner.rol;
}

/** A short column label for the instruments table; long GI names get their id and a legend. */
function shortLabel(partner: Partner): { label: string | SourcedText; legenda: MixedText | null } {
  if (partner.key === 'lokaal_team') return { label: 'Lokaal team', legenda: null };
  if (partner.key === 'veilig_thuis') return { label: 'Veilig Thuis', legenda: null };
  if (partner.key === 'rvdk') return { label: 'RvdK', legenda: null };
  const id = partner.key.slice(partner.key.indexOf('.') + 1).toUpperCase();
  const naam = partnerNaam(partner);
  if (naam && naam.text.length <= 16) return { label: naam, legenda: null };
  return { label: id, legenda: naam ? new MixedText([`${id}: `, naam]) : null };
}

function persoonView(herkomst: Bron, persoon: Persoon | null) {
  return {
    naam: fieldOf(herkomst, 'naam', persoon?.naam ?? null),
    functie: fieldOf(herkomst, 'functie', persoon?.functie ?? null),
    email: fieldOf(herkomst, 'email', persoon?.email ?? null),
    telefoon: fieldOf(herkomst, 'telefoon', persoon?.telefoon ?? null),
  };
}

function partnerView(partner: Partner) {
  const { herkomst } = partner;
  const signer = partner.ondertekenaar;
  const ondertekenaar = field(herkomst, 'ondertekenaar');
  return {
    rol: partnerRol(partner),
    taak: fieldOf(herkomst, 'taak', partner.taak),
    naam: partnerNaam(partner),
    organisatieType: fieldOf(herkomst, 'organisatie_type', partner.organisatieType),
    adres: fieldOf(herkomst, 'adres', partner.adres),
    contactpersoon: persoonView(field(herkomst, 'contactpersoon'), partner.contactpersoon),
    ondertekenaar: {
      naam: fieldOf(ondertekenaar, 'naam', signer?.naam ?? null),
      functie: fieldOf(ondertekenaar, 'functie', signer?.functie ?? null),
      plaats: fieldOf(ondertekenaar, 'plaats', signer?.plaats ?? null),
    },
  };
}

function chapters(model: AgreementsModel) {
  type Chapter = { titel: string; enkel: boolean; onderdelen: ReturnType<typeof onderdeelView>[]; instrumenten: boolean; escalatie: boolean };
  const result: Chapter[] = [];
  const byGroup = new Map<string, Chapter>();
  for (const onderdeel of model.onderdelen) {
    if (onderdeel.onderdeel === 'j') {
      result.push({ titel: '', enkel: true, onderdelen: [], instrumenten: true, escalatie: false });
      result.push({ titel: '', enkel: true, onderdelen: [], instrumenten: false, escalatie: true });
    }
    // An onderdeel with sub-items (b, d) is one chapter with the group's title.
    const group = groupOf(onderdeel.onderdeel);
    if (group) {
      let chapter = byGroup.get(group.letter);
      if (!chapter) {
        chapter = { titel: group.titel, enkel: false, onderdelen: [], instrumenten: false, escalatie: false };
        byGroup.set(group.letter, chapter);
        result.push(chapter);
      }
      chapter.onderdelen.push(onderdeelView(onderdeel));
    } else {
      result.push({ titel: onderdeel.titel, enkel: true, onderdelen: [onderdeelView(onderdeel)], instrumenten: false, escalatie: false });
    }
  }
  // A group left with one onderdeel (per-partner documents) reads better without a sub-heading.
  for (const chapter of result) {
    if (!chapter.enkel && chapter.onderdelen.length === 1) chapter.enkel = true;
  }
  return result;
}

/** How the appendix "Open punten" names an onderdeel: its letter, a short word for a voorwaarde. */
const VOORWAARDE_NAMEN: Record<string, string> = {
  'voorwaarde.visie': 'Visie',
  'voorwaarde.aansluiting': 'Aansluiting',
  'voorwaarde.evaluatie': 'Evaluatie',
};

function onderdeelLabel(onderdeel: Onderdeel | null): { letter: string; naam: string; titel: string } {
  if (onderdeel === null) return { letter: 'Algemeen', naam: 'Algemeen', titel: 'Partijen, ondertekening en overige punten' };
  const voorwaarde = VOORWAARDE_NAMEN[onderdeel];
  if (voorwaarde) return { letter: voorwaarde, naam: voorwaarde, titel: ONDERDEEL_INFO[onderdeel].titel };
  return { letter: onderdeel, naam: `Onderdeel ${onderdeel}`, titel: ONDERDEEL_INFO[onderdeel].titel };
}

function fileName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

/**
 * The findings of swa check for the appendix: in leidraad order (a … j, the voorwaarden, then what
 * belongs to no onderdeel), within an onderdeel the rendered file before its base files, then by line.
 */
function openPunten(findings: readonly Finding[], options: ViewOptions) {
  const { file } = options;
  const rank = (f: Finding): number => (f.onderdeel === null ? ONDERDELEN.length : ONDERDELEN.indexOf(f.onderdeel));
  const sorted = [...findings].sort(
    (a, b) => rank(a) - rank(b) || Number(a.file !== file) - Number(b.file !== file) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
  const context =
    options.data === undefined || findings.length === 0 ? null : { data: options.data, model: buildModel(options.data), partner: options.partner };
  const nummers = context ? afspraakNummers(context.data) : [];
  return sorted.map((finding) => ({
    /** For the partners: plain Dutch with agreement numbers and names (open-punt-tekst.ts). */
    tekst: context ? openPuntTekst(finding, context, nummers) : finding.message.replace(/`([^`]*)`/g, '‘$1’'),
    ...onderdeelLabel(finding.onderdeel),
    ernst: finding.severity,
    // Backticks mark field names in the terminal; on paper quotes read better.
    melding: finding.message.replace(/`([^`]*)`/g, '‘$1’'),
    regel: finding.line > 0 ? String(finding.line) : null,
    /** Set when the finding lies in a base file (extends), not in the rendered file itself. */
    bestand: finding.file !== file ? fileName(finding.file) : null,
  }));
}

/** The open points grouped by onderdeel, for an appendix with a sub-heading per onderdeel. */
function perOnderdeel(punten: ReturnType<typeof openPunten>) {
  const groups: Array<{ letter: string; naam: string; titel: string; punten: typeof punten }> = [];
  for (const punt of punten) {
    const last = groups.at(-1);
    if (last && last.letter === punt.letter) last.punten.push(punt);
    else groups.push({ letter: punt.letter, naam: punt.naam, titel: punt.titel, punten: [punt] });
  }
  return groups;
}

const TOESTEMMING: Record<NonNullable<Informatiestroom['toestemming']>, string> = {
  met: 'alleen met toestemming van het gezin',
  zonder: 'ook zonder toestemming van het gezin, op de genoemde grondslag',
  met_tenzij: 'met toestemming van het gezin, tenzij de veiligheid van een kind of volwassene dat onmogelijk maakt',
};

const PIA: Record<NonNullable<AgreementsModel['informatiedeling']['pia']['status']>, string> = {
  uitgevoerd: 'De partners hebben een privacy impact assessment (PIA) op de samenwerking uitgevoerd',
  gepland: 'De partners hebben een privacy impact assessment (PIA) op de samenwerking gepland',
  niet_nodig: 'Een privacy impact assessment (PIA) op de samenwerking is volgens de partners niet nodig',
};

const PIA_BRON = {
  datum: { pad: 'informatiedeling.pia.datum', label: 'PIA – datum' },
  toelichting: { pad: 'informatiedeling.pia.toelichting', label: 'PIA – toelichting' },
};

/** §6a.3: every field is optional, so a flow shows only what is filled in (informatiedeling-onvolledig warns about the rest). */
function informatiedelingView(model: AgreementsModel, options: ViewOptions) {
  const { uitgangspunt, stromen, pia } = model.informatiedeling;
  return {
    leidraad: INFORMATIEDELING_LEIDRAAD.tekst,
    bron: INFORMATIEDELING_LEIDRAAD.bron,
    uitgangspunt: sourced(uitgangspunt, { pad: 'informatiedeling.uitgangspunt', label: 'Informatiedeling – uitgangspunt' }),
    stromen: stromen.map((stroom, index) => ({
      nummer: index + 1,
      moment: fieldOf(stroom.herkomst, 'moment', stroom.moment),
      wat: fieldOf(stroom.herkomst, 'wat', stroom.wat),
      van: stroom.van.length ? fieldOf(stroom.herkomst, 'van', dutchList(stroom.van), true) : null,
      naar: stroom.naar.length ? fieldOf(stroom.herkomst, 'naar', dutchList(stroom.naar), true) : null,
      grondslag: fieldOf(stroom.herkomst, 'grondslag', stroom.grondslag),
      toestemming: stroom.toestemming ? fieldOf(stroom.herkomst, 'toestemming', TOESTEMMING[stroom.toestemming], true) : null,
      gezinInformeren: fieldOf(stroom.herkomst, 'gezin_informeren', stroom.gezinInformeren),
      toelichting: fieldOf(stroom.herkomst, 'toelichting', stroom.toelichting),
    })),
    pia: pia.status
      ? { zin: PIA[pia.status], datum: sourced(dutchDate(pia.datum), PIA_BRON.datum, true), toelichting: sourced(pia.toelichting, PIA_BRON.toelichting) }
      : null,
    // Only a chapter with something in it: without any agreement it is informatiedeling-ontbreekt's
    // warning, not a placeholder; a per-partner document shows it when a flow concerns that partner.
    tonen: options.partner === null ? uitgangspunt !== null || stromen.length > 0 || pia.status !== null : stromen.length > 0,
  };
}

/**
 * The bijlagen by title; one whose file check could not find (bijlage-niet-gevonden, a fout) is
 * shown as open, so that no document claims an appendix that is not there.
 */
function bijlagenView(model: AgreementsModel, options: ViewOptions) {
  return model.bijlagen.map((bijlage) => ({
    index: bijlage.index,
    titel: fieldOf(bijlage.herkomst, 'titel', bijlage.titel),
    bestand: fieldOf(bijlage.herkomst, 'bestand', bijlage.bestand),
    url: fieldOf(bijlage.herkomst, 'url', bijlage.url),
    toelichting: fieldOf(bijlage.herkomst, 'toelichting', bijlage.toelichting),
    bestandOntbreekt:
      bijlage.bestand !== null && options.findings.some((f) => BIJLAGE_BESTAND_RULES.has(f.rule) && f.path[0] === 'bijlagen' && f.path[1] === bijlage.index),
  }));
}

/** Where the fixed fields stand in the file, and what the content controls call them. */
const GEMEENTE = {
  naam: { pad: 'gemeente.naam', label: 'Gemeente – naam' },
  cbsCode: { pad: 'gemeente.cbs_code', label: 'Gemeente – CBS-code' },
  adres: { pad: 'gemeente.adres', label: 'Gemeente – adres' },
  contactpersoon: { pad: 'gemeente.contactpersoon', label: 'Gemeente – contactpersoon' },
  rol: { pad: 'gemeente.rol', label: 'Gemeente – rol' },
};
const REGIO = { naam: { pad: 'regio.naam', label: 'Regio – naam' }, code: { pad: 'regio.code', label: 'Regio – code' } };
const DOCUMENT = {
  titel: { pad: 'document.titel', label: 'Document – titel' },
  versie: { pad: 'document.versie', label: 'Document – versie' },
  datum: { pad: 'document.datum', label: 'Document – datum' },
  vastgesteldDoor: { pad: 'document.vastgesteld_door', label: 'Document – vastgesteld door' },
  van: { pad: 'document.looptijd.van', label: 'Looptijd – van' },
  tot: { pad: 'document.looptijd.tot', label: 'Looptijd – tot' },
  naAfloop: { pad: 'document.looptijd.na_afloop', label: 'Looptijd – na afloop' },
};
const EVALUATIE = {
  frequentie: { pad: 'evaluatie.frequentie', label: 'Evaluatie – frequentie' },
  laatste: { pad: 'evaluatie.laatste', label: 'Evaluatie – laatste' },
  volgende: { pad: 'evaluatie.volgende', label: 'Evaluatie – volgende' },
  wie: { pad: 'evaluatie.wie', label: 'Evaluatie – wie' },
  toelichting: { pad: 'evaluatie.toelichting', label: 'Evaluatie – toelichting' },
};

/** A partner as it stands in a sentence ("de Raad voor …"): the article is the document's, the name the file's. */
function inZin(partner: Partner): string | MixedText {
  const naam = partnerNaam(partner);
  const zin = partnerInZin(partner);
  if (naam === null || !zin.endsWith(naam.text)) return zin;
  const article = zin.slice(0, zin.length - naam.text.length);
  return article === '' ? new MixedText([naam]) : new MixedText([article, naam]);
}

/** Everything the templates may show, as plain data. Pure. */
export function buildView(model: AgreementsModel, options: ViewOptions) {
  const lokaalTeam = model.partners.find((p) => p.key === 'lokaal_team');
  const partner = options.partner ? model.partners.find((p) => p.key === options.partner) : undefined;
  // §6c asks the instruments of the lokaal team, VT, RvdK and GI; a further partner gets a column only where an instrument names it.
  const kolomPartners = model.partners.filter((p) => !p.key.startsWith('partner.') || model.instrumenten.some((i) => i.gebruiktDoorRefs.includes(p.key)));
  const labels = kolomPartners.map(shortLabel);
  const gemeenteNaam = sourced(model.gemeente.naam, GEMEENTE.naam);
  const punten = openPunten(options.findings, options);
  const { looptijd } = model.document;
  return {
    gemeente: {
      naam: gemeenteNaam,
      cbsCode: sourced(model.gemeente.cbsCode, GEMEENTE.cbsCode),
      adres: sourced(model.gemeente.adres, GEMEENTE.adres),
      contactpersoon: persoonView(GEMEENTE.contactpersoon, model.gemeente.contactpersoon),
      rol: sourced(model.gemeente.rol, GEMEENTE.rol),
    },
    regio: { naam: sourced(model.regio.naam, REGIO.naam), code: sourced(model.regio.code, REGIO.code) },
    document: {
      titel:
        sourced(model.document.titel, DOCUMENT.titel) ??
        (gemeenteNaam ? new MixedText(['Samenwerkingsafspraken Werken aan veiligheid ', gemeenteNaam]) : 'Samenwerkingsafspraken Werken aan veiligheid'),
      versie: sourced(model.document.versie, DOCUMENT.versie),
      status: model.document.status === 'vastgesteld' ? 'vastgesteld' : model.document.status === 'concept' ? 'concept' : null,
      vastgesteld: model.document.status === 'vastgesteld',
      datum: sourced(dutchDate(model.document.datum), DOCUMENT.datum, true),
      vastgesteldDoor: sourced(model.document.vastgesteldDoor, DOCUMENT.vastgesteldDoor),
      looptijd: {
        van: sourced(dutchDate(looptijd.van), DOCUMENT.van, true),
        tot: sourced(dutchDate(looptijd.tot), DOCUMENT.tot, true),
        naAfloop: looptijd.naAfloopUitBestand ? new SourcedText(looptijd.naAfloop, DOCUMENT.naAfloop) : looptijd.naAfloop,
      },
    },
    concept: options.concept,
    perPartner: partner
      ? {
          rol: partnerRol(partner),
          naam: partnerNaam(partner) ?? partnerRol(partner),
          lokaalTeam: (lokaalTeam && partnerNaam(lokaalTeam)) ?? 'het lokaal team',
          /** The same two names as they stand in a sentence: "tussen het Sociaal Wijkteam … en de Raad …". */
          naamInZin: inZin(partner),
          lokaalTeamInZin: lokaalTeam ? inZin(lokaalTeam) : 'het lokaal team',
        }
      : null,
    lokaalTeam: lokaalTeam ? partnerNaam(lokaalTeam) : null,
    partners: model.partners.map(partnerView),
    // §6c names the GI as a partner: without one the integral document shows that open (partner-ontbreekt).
    geenGi: options.partner === null && !model.partners.some((p) => p.key.startsWith('gi.')),
    visie: {
      documenten: model.visie.documenten.map((d) => ({
        titel: fieldOf(d.herkomst, 'titel', d.titel),
        vastgesteld: fieldOf(d.herkomst, 'vastgesteld', dutchDate(d.vastgesteld), true),
        vastgesteldDoor: fieldOf(d.herkomst, 'vastgesteld_door', d.vastgesteldDoor),
        url: fieldOf(d.herkomst, 'url', d.url),
      })),
      toelichting: sourced(model.visie.toelichting, { pad: 'visie.toelichting', label: 'Visie – toelichting' }),
      bron: leidraadReference('voorwaarde.visie'),
    },
    hoofdstukken: chapters(model),
    instrumenten: {
      titel: ONDERDEEL_INFO.h.titel,
      leidraad: ONDERDEEL_INFO.h.leidraad,
      bron: leidraadReference('h'),
      kolommen: labels.map((l) => l.label),
      breedtes: [Math.max(30, 100 - 12 * labels.length), ...labels.map(() => Math.min(12, 70 / Math.max(1, labels.length)))]
        .map((w) => Math.round(w))
        .join(','),
      legenda: labels.map((l) => l.legenda).filter((l): l is MixedText => l !== null),
      // Each organisation in this document that uses none of them (instrument-per-organisatie): shown as open.
      zonderInstrument:
        model.instrumenten.length === 0
          ? []
          : kolomPartners
              .filter((p) => !p.key.startsWith('partner.') && !model.instrumenten.some((i) => i.gebruiktDoorRefs.some((ref) => refCovers(ref, p.key))))
              .map(inZin),
      rijen: model.instrumenten.map((instrument) => ({
        naam: fieldOf(instrument.herkomst, 'naam', instrument.naam),
        doel: fieldOf(instrument.herkomst, 'doel', instrument.doel),
        toelichting: fieldOf(instrument.herkomst, 'toelichting', instrument.toelichting),
        cellen: kolomPartners.map((p) => ({ gebruikt: instrument.gebruiktDoorRefs.some((ref) => refCovers(ref, p.key)) })),
        // A name under gebruikt_door that is no partner has no column: it is shown as open, never dropped.
        onbekend: instrument.onbekendeRefs.map(nameResolver({ partners: [], gemeente: null })),
      })),
    },
    escalatie: {
      titel: ONDERDEEL_INFO.i.titel,
      leidraad: ONDERDEEL_INFO.i.leidraad,
      bron: leidraadReference('i'),
      stappen: model.escalatie.stappen.map((stap) => ({
        nummer: stap.nummer,
        niveau: fieldOf(stap.herkomst, 'niveau', stap.niveau),
        wie: fieldOf(stap.herkomst, 'wie', stap.wie),
        termijn: fieldOf(stap.herkomst, 'termijn', stap.termijn),
        toelichting: fieldOf(stap.herkomst, 'toelichting', stap.toelichting),
      })),
      acuut: model.escalatie.acuut.map((afspraak) => afspraakView(afspraak)),
    },
    evaluatie: {
      frequentie: sourced(
        dutchFrequentie(model.evaluatie.frequentie),
        EVALUATIE.frequentie,
        dutchFrequentie(model.evaluatie.frequentie) !== model.evaluatie.frequentie,
      ),
      laatste: sourced(dutchDate(model.evaluatie.laatste), EVALUATIE.laatste, true),
      volgende: sourced(dutchDate(model.evaluatie.volgende), EVALUATIE.volgende, true),
      wie: sourced(model.evaluatie.wie, EVALUATIE.wie),
      toelichting: sourced(model.evaluatie.toelichting, EVALUATIE.toelichting),
      leidraad: ONDERDEEL_INFO['voorwaarde.evaluatie'].leidraad,
      bron: leidraadReference('voorwaarde.evaluatie'),
    },
    meldcode: {
      naam: sourced(model.meldcode.naam, { pad: 'meldcode.naam', label: 'Meldcode – naam' }),
      toelichting: sourced(model.meldcode.toelichting, { pad: 'meldcode.toelichting', label: 'Meldcode – toelichting' }),
      aandachtsfunctionarissen: sourced(model.meldcode.aandachtsfunctionarissen, {
        pad: 'meldcode.aandachtsfunctionarissen',
        label: 'Meldcode – aandachtsfunctionarissen',
      }),
      bron: MELDCODE_BRON,
    },
    informatiedeling: informatiedelingView(model, options),
    begrippen: model.begrippen.map((b) => ({
      begrip: new SourcedText(b.begrip, field(b.herkomst, 'begrip')),
      betekenis: new SourcedText(b.betekenis, field(b.herkomst, 'betekenis')),
    })),
    bijlagen: bijlagenView(model, options),
    openPunten: punten,
    openPuntenPerOnderdeel: perOnderdeel(punten),
    leidraadBron: LEIDRAAD_BRON,
  };
}

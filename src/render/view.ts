import { ONDERDELEN, type Finding, type Onderdeel } from '../findings.js';
import type { Afspraak, AgreementsModel, Informatiestroom, OnderdeelAfspraken, Partner, PartnerKey } from '../core/model/types.js';
import { groupOf, INFORMATIEDELING_LEIDRAAD, LEIDRAAD_BRON, leidraadReference, MELDCODE_BRON, ONDERDEEL_INFO } from '../core/domain/onderdelen.js';
import { BIJLAGE_BESTAND_RULES } from '../core/load/bijlagen.js';
import { refCovers } from '../core/domain/partner-refs.js';
import { dutchDate } from '../core/domain/dates.js';
import { dutchList } from '../core/domain/dutch-list.js';
import { dutchFrequentie, partnerInZin } from './dutch.js';
import { buildModel } from '../core/model/build-model.js';
import { afspraakNummers, openPuntTekst } from './open-punt-tekst.js';

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

function afspraakView(afspraak: Afspraak, onderdeel: Onderdeel | null = null) {
  const verantwoordelijk = afspraak.verantwoordelijk.length ? dutchList(afspraak.verantwoordelijk) : null;
  // c is about who does what: a task without anyone responsible is open (taak-zonder-verantwoordelijke).
  const verantwoordelijkOpen = onderdeel === 'c' && afspraak.tekst !== null && verantwoordelijk === null;
  return {
    nummer: afspraak.nummer,
    tekst: afspraak.tekst,
    verantwoordelijk,
    verantwoordelijkOpen,
    termijn: afspraak.termijn,
    toelichting: afspraak.toelichting,
    heeftDetails: verantwoordelijk !== null || verantwoordelijkOpen || afspraak.termijn !== null,
  };
}

function onderdeelView(onderdeel: OnderdeelAfspraken) {
  return {
    letter: onderdeel.onderdeel,
    titel: onderdeel.titel,
    leidraad: onderdeel.leidraad,
    bron: onderdeel.bron,
    onderwerpen: onderdeel.onderwerpen.map((onderwerp) => ({ titel: onderwerp.titel, afspraken: onderwerp.afspraken.map((afspraak) => afspraakView(afspraak, onderdeel.onderdeel)) })),
    /** Only in a partner's document, for an onderdeel the leidraad asks of that partner (partner-niet-gedekt): shown as open. */
    geenAfspraken: onderdeel.onderwerpen.length === 0,
  };
}

/** A short column label for the instruments table; long GI names get their id and a legend. */
function shortLabel(partner: Partner): { label: string; legenda: string | null } {
  if (partner.key === 'lokaal_team') return { label: 'Lokaal team', legenda: null };
  if (partner.key === 'veilig_thuis') return { label: 'Veilig Thuis', legenda: null };
  if (partner.key === 'rvdk') return { label: 'RvdK', legenda: null };
  const id = partner.key.slice(partner.key.indexOf('.') + 1).toUpperCase();
  if (partner.naam && partner.naam.length <= 16) return { label: partner.naam, legenda: null };
  return { label: id, legenda: partner.naam ? `${id}: ${partner.naam}` : null };
}

function partnerView(partner: Partner) {
  const contact = partner.contactpersoon;
  const signer = partner.ondertekenaar;
  return {
    rol: partner.rol,
    taak: partner.taak,
    naam: partner.naam,
    organisatieType: partner.organisatieType,
    adres: partner.adres,
    contactpersoon: {
      naam: contact?.naam ?? null,
      functie: contact?.functie ?? null,
      email: contact?.email ?? null,
      telefoon: contact?.telefoon ?? null,
    },
    ondertekenaar: { naam: signer?.naam ?? null, functie: signer?.functie ?? null, plaats: signer?.plaats ?? null },
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
  const sorted = [...findings].sort((a, b) => rank(a) - rank(b) || Number(a.file !== file) - Number(b.file !== file) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const context = options.data === undefined || findings.length === 0 ? null : { data: options.data, model: buildModel(options.data), partner: options.partner };
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

/** §6a.3: every field is optional, so a flow shows only what is filled in (informatiedeling-onvolledig warns about the rest). */
function informatiedelingView(model: AgreementsModel, options: ViewOptions) {
  const { uitgangspunt, stromen, pia } = model.informatiedeling;
  return {
    leidraad: INFORMATIEDELING_LEIDRAAD.tekst,
    bron: INFORMATIEDELING_LEIDRAAD.bron,
    uitgangspunt,
    stromen: stromen.map((stroom, index) => ({
      nummer: index + 1,
      moment: stroom.moment,
      wat: stroom.wat,
      van: stroom.van.length ? dutchList(stroom.van) : null,
      naar: stroom.naar.length ? dutchList(stroom.naar) : null,
      grondslag: stroom.grondslag,
      toestemming: stroom.toestemming ? TOESTEMMING[stroom.toestemming] : null,
      gezinInformeren: stroom.gezinInformeren,
      toelichting: stroom.toelichting,
    })),
    pia: pia.status ? { zin: PIA[pia.status], datum: dutchDate(pia.datum), toelichting: pia.toelichting } : null,
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
    ...bijlage,
    bestandOntbreekt: bijlage.bestand !== null && options.findings.some((f) => BIJLAGE_BESTAND_RULES.has(f.rule) && f.path[0] === 'bijlagen' && f.path[1] === bijlage.index),
  }));
}

/** Everything the templates may show, as plain data. Pure. */
export function buildView(model: AgreementsModel, options: ViewOptions) {
  const lokaalTeam = model.partners.find((p) => p.key === 'lokaal_team');
  const partner = options.partner ? model.partners.find((p) => p.key === options.partner) : undefined;
  // §6c asks the instruments of the lokaal team, VT, RvdK and GI; a further partner gets a column only where an instrument names it.
  const kolomPartners = model.partners.filter((p) => !p.key.startsWith('partner.') || model.instrumenten.some((i) => i.gebruiktDoorRefs.includes(p.key)));
  const labels = kolomPartners.map(shortLabel);
  const gemeenteNaam = model.gemeente.naam;
  const punten = openPunten(options.findings, options);
  return {
    gemeente: {
      naam: gemeenteNaam,
      cbsCode: model.gemeente.cbsCode,
      adres: model.gemeente.adres,
      contactpersoon: { naam: model.gemeente.contactpersoon?.naam ?? null, functie: model.gemeente.contactpersoon?.functie ?? null, email: model.gemeente.contactpersoon?.email ?? null, telefoon: model.gemeente.contactpersoon?.telefoon ?? null },
      rol: model.gemeente.rol,
    },
    regio: model.regio,
    document: {
      titel: model.document.titel ?? (gemeenteNaam ? `Samenwerkingsafspraken Werken aan veiligheid ${gemeenteNaam}` : 'Samenwerkingsafspraken Werken aan veiligheid'),
      versie: model.document.versie,
      status: model.document.status === 'vastgesteld' ? 'vastgesteld' : model.document.status === 'concept' ? 'concept' : null,
      vastgesteld: model.document.status === 'vastgesteld',
      datum: dutchDate(model.document.datum),
      vastgesteldDoor: model.document.vastgesteldDoor,
      looptijd: { van: dutchDate(model.document.looptijd.van), tot: dutchDate(model.document.looptijd.tot), naAfloop: model.document.looptijd.naAfloop },
    },
    concept: options.concept,
    perPartner: partner
      ? {
          rol: partner.rol,
          naam: partner.naam ?? partner.rol,
          lokaalTeam: lokaalTeam?.naam ?? 'het lokaal team',
          /** The same two names as they stand in a sentence: "tussen het Sociaal Wijkteam … en de Raad …". */
          naamInZin: partnerInZin(partner),
          lokaalTeamInZin: lokaalTeam ? partnerInZin(lokaalTeam) : 'het lokaal team',
        }
      : null,
    lokaalTeam: lokaalTeam?.naam ?? null,
    partners: model.partners.map(partnerView),
    // §6c names the GI as a partner: without one the integral document shows that open (partner-ontbreekt).
    geenGi: options.partner === null && !model.partners.some((p) => p.key.startsWith('gi.')),
    visie: {
      documenten: model.visie.documenten.map((d) => ({ titel: d.titel, vastgesteld: dutchDate(d.vastgesteld), vastgesteldDoor: d.vastgesteldDoor, url: d.url })),
      toelichting: model.visie.toelichting,
      bron: leidraadReference('voorwaarde.visie'),
    },
    hoofdstukken: chapters(model),
    instrumenten: {
      titel: ONDERDEEL_INFO.h.titel,
      leidraad: ONDERDEEL_INFO.h.leidraad,
      bron: leidraadReference('h'),
      kolommen: labels.map((l) => l.label),
      breedtes: [Math.max(30, 100 - 12 * labels.length), ...labels.map(() => Math.min(12, 70 / Math.max(1, labels.length)))].map((w) => Math.round(w)).join(','),
      legenda: labels.map((l) => l.legenda).filter((l): l is string => l !== null),
      // Each organisation in this document that uses none of them (instrument-per-organisatie): shown as open.
      zonderInstrument: model.instrumenten.length === 0 ? [] : kolomPartners.filter((p) => !p.key.startsWith('partner.') && !model.instrumenten.some((i) => i.gebruiktDoorRefs.some((ref) => refCovers(ref, p.key)))).map(partnerInZin),
      rijen: model.instrumenten.map((instrument) => ({
        naam: instrument.naam,
        doel: instrument.doel,
        toelichting: instrument.toelichting,
        cellen: kolomPartners.map((p) => ({ gebruikt: instrument.gebruiktDoorRefs.some((ref) => refCovers(ref, p.key)) })),
      })),
    },
    escalatie: {
      titel: ONDERDEEL_INFO.i.titel,
      leidraad: ONDERDEEL_INFO.i.leidraad,
      bron: leidraadReference('i'),
      stappen: model.escalatie.stappen,
      acuut: model.escalatie.acuut.map((afspraak) => afspraakView(afspraak)),
    },
    evaluatie: {
      frequentie: dutchFrequentie(model.evaluatie.frequentie),
      laatste: dutchDate(model.evaluatie.laatste),
      volgende: dutchDate(model.evaluatie.volgende),
      wie: model.evaluatie.wie,
      toelichting: model.evaluatie.toelichting,
      leidraad: ONDERDEEL_INFO['voorwaarde.evaluatie'].leidraad,
      bron: leidraadReference('voorwaarde.evaluatie'),
    },
    meldcode: { ...model.meldcode, bron: MELDCODE_BRON },
    informatiedeling: informatiedelingView(model, options),
    begrippen: model.begrippen,
    bijlagen: bijlagenView(model, options),
    openPunten: punten,
    openPuntenPerOnderdeel: perOnderdeel(punten),
    leidraadBron: LEIDRAAD_BRON,
  };
}


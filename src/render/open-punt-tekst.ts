import type { Finding, Onderdeel, PathSegment } from '../findings.js';
import { dutchDate } from '../core/domain/dates.js';
import { dutchList } from '../core/domain/dutch-list.js';
import type { AgreementsModel, PartnerKey } from '../core/model/types.js';
import { afspraakItems } from '../core/domain/partner-coverage.js';
import { textState } from '../core/domain/afspraak-text.js';
import { getIn, isMap } from '../core/domain/data-access.js';
import { coverageGaps } from '../core/rules/partner-dekking.js';
import { PARTNER_NAMES } from '../core/domain/partner-refs.js';
import { REQUIRED_ONDERDELEN } from '../core/domain/required-afspraken.js';
import { RULE_CATALOG } from '../core/rules/catalog.js';
import { dutchFrequentie, partnerInZin } from './dutch.js';

/**
 * The appendix "Open punten" speaks to the partners, not to whoever writes the YAML: each finding
 * of `swa check` becomes a sentence in plain Dutch that names the agreement by its number, the
 * partner by its name and a date as a date — no keys, no ids, no line numbers, no quotation cut in
 * the middle of a word. "Nog af te spreken" is what the partners still have to agree on, "nog in te
 * vullen" a fact that is missing (a name, a title, a date). `swa check` keeps the YAML-oriented
 * messages for the author.
 */
const NOG_AF_TE_SPREKEN = 'Nog af te spreken';
const NOG_IN_TE_VULLEN = 'Nog in te vullen';

interface Genummerd {
  pad: PathSegment[];
  nummer: string;
  /** What the agreement is about, completing "afspraak a.3 over …"; null for the acute agreement. */
  over: string | null;
}

/**
 * The number every agreement has in the documents, by where it stands in the file: the same count
 * as core/model/build-model.ts (per onderdeel, over its topics, one per item). A test holds the two
 * to each other.
 */
export function afspraakNummers(data: unknown): Genummerd[] {
  const result: Genummerd[] = [];
  for (const required of REQUIRED_ONDERDELEN) {
    let n = 0;
    for (const topic of required.afspraken) {
      for (const item of afspraakItems(getIn(data, topic.path))) {
        n += 1;
        result.push({ pad: item.index === null ? topic.path : [...topic.path, item.index], nummer: `${required.onderdeel}.${n}`, over: topic.over });
      }
    }
  }
  const acuut = getIn(data, ['afspraken', 'i_escalatie', 'acuut']);
  if (acuut !== undefined && acuut !== null) {
    afspraakItems(acuut).forEach((item, index) =>
      result.push({ pad: ['afspraken', 'i_escalatie', 'acuut', ...(item.index === null ? [] : [item.index])], nummer: `i.${index + 1}`, over: null }),
    );
  }
  return result;
}

const startsWith = (path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean =>
  prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);

export interface OpenPuntContext {
  data: unknown;
  /** The whole file's model (not one partner's part of it), for names. */
  model: AgreementsModel;
  /** Set in a partner's document: coverage points then name that partner only. */
  partner: string | null;
}

/** A partner of the file by its key (lokaal_team, rvdk, gi.<id>), as a sentence names it. */
function partnerNaam(context: OpenPuntContext, key: string): string {
  return partnerInZin(context.model.partners.find((p) => p.key === key) ?? { key: key as PartnerKey, naam: null });
}

/** The partner a path under `partners` is about, as a sentence names it. */
function partnerOfPath(path: readonly PathSegment[], context: OpenPuntContext): string | null {
  if (path[0] !== 'partners' || path.length < 2) return null;
  let key = String(path[1]);
  // A GI or a further partner (overig) is named by its id in the list.
  if (key === 'gi' || key === 'overig') {
    const entry = typeof path[2] === 'number' ? getIn(context.data, ['partners', key, path[2]]) : undefined;
    if (!isMap(entry) || typeof entry.id !== 'string') return key === 'gi' ? 'de gecertificeerde instelling' : 'een verdere partner';
    key = `${key === 'gi' ? 'gi' : 'partner'}.${entry.id}`;
  }
  return partnerNaam(context, key);
}

/** "afspraak a.3 over …"; in the middle of a sentence the subject goes between brackets, so the sentence stays readable. */
function afspraakPhrase(afspraak: Genummerd, midden = false): string {
  const over = afspraak.over ? `over ${afspraak.over}` : 'bij acute onveiligheid';
  return midden ? `afspraak ${afspraak.nummer} (${over})` : `afspraak ${afspraak.nummer} ${over}`;
}

/** The agreement a path lies in (its text, termijn, verantwoordelijk …), or the agreements it holds. */
function afsprakenAt(path: readonly PathSegment[], nummers: readonly Genummerd[]): Genummerd[] {
  const inside = nummers.filter((a) => startsWith(path, a.pad)).sort((x, y) => y.pad.length - x.pad.length);
  if (inside.length > 0) return [inside[0]!];
  return nummers.filter((a) => startsWith(a.pad, path));
}

function afsprakenPhrase(afspraken: readonly Genummerd[], midden = false): string {
  if (afspraken.length === 1) return afspraakPhrase(afspraken[0]!, midden);
  const [first, last] = [afspraken[0]!.nummer, afspraken.at(-1)!.nummer];
  return `de afspraken ${first} ${afspraken.length === 2 ? 'en' : 'tot en met'} ${last} van dit onderdeel`;
}

/** Where a finding lies, as the document names it: an agreement, an escalation step, an instrument, a partner. */
function where(path: readonly PathSegment[], context: OpenPuntContext, nummers: readonly Genummerd[]): string | null {
  const afspraken = afsprakenAt(path, nummers);
  if (afspraken.length > 0) return afsprakenPhrase(afspraken, true);
  if (startsWith(path, ['afspraken', 'i_escalatie', 'stappen']) && typeof path[3] === 'number') return `escalatiestap ${path[3] + 1}`;
  if (startsWith(path, ['afspraken', 'h_methoden_en_instrumenten']) && typeof path[2] === 'number') return instrumentPhrase(context, path[2]);
  if (startsWith(path, ['visie', 'documenten']) && typeof path[2] === 'number') return `visiedocument ${path[2] + 1}`;
  const partner = partnerOfPath(path, context);
  return partner;
}

function instrumentPhrase(context: OpenPuntContext, index: number): string {
  const naam = getIn(context.data, ['afspraken', 'h_methoden_en_instrumenten', index, 'naam']);
  // A name that is still a placeholder ("TODO") is no name to show.
  return typeof naam === 'string' && textState(naam) === 'ingevuld' ? `methode of instrument ‘${naam.trim()}’` : `methode of instrument ${index + 1}`;
}

const date = (context: OpenPuntContext, path: PathSegment[]): string => {
  const value = getIn(context.data, path);
  return typeof value === 'string' ? (dutchDate(value) ?? value) : 'een datum';
};

const DETAILS: Record<string, { wat: string; soort: 'afspraak' | 'gegeven' }> = {
  termijn: { wat: 'de termijn', soort: 'afspraak' },
  toelichting: { wat: 'de toelichting', soort: 'gegeven' },
  niveau: { wat: 'het niveau', soort: 'gegeven' },
  doel: { wat: 'het doel', soort: 'gegeven' },
  naam: { wat: 'de naam', soort: 'gegeven' },
  functie: { wat: 'de functie', soort: 'gegeven' },
  telefoon: { wat: 'het telefoonnummer', soort: 'gegeven' },
};

const AGREEMENT_TEXT_RULES = new Set(['afspraak-leeg', 'afspraak-placeholder', 'afspraak-niet-gemaakt', 'afspraak-ontbreekt', 'onderdeel-ontbreekt']);

/** The finding in words for the partners. Pure. */
export function openPuntTekst(finding: Finding, context: OpenPuntContext, nummers: readonly Genummerd[] = afspraakNummers(context.data)): string {
  const path = finding.path;
  const plaats = where(path, context, nummers);
  const last = path.at(-1);
  switch (finding.rule) {
    case 'afspraak-leeg':
    case 'afspraak-placeholder':
    case 'afspraak-niet-gemaakt':
    case 'afspraak-ontbreekt':
    case 'onderdeel-ontbreekt':
    case 'veld-ontbreekt':
      return textOpen(finding, context, nummers, plaats);
    case 'taak-zonder-verantwoordelijke':
      return `${NOG_AF_TE_SPREKEN}: wie verantwoordelijk is voor ${plaats ?? 'deze afspraak'}.`;
    case 'detail-placeholder': {
      const detail = DETAILS[String(last)] ?? { wat: 'een gegeven', soort: 'gegeven' as const };
      const bij = path.includes('contactpersoon')
        ? `van de contactpersoon van ${partnerOfPath(path, context) ?? 'deze partner'}`
        : `bij ${plaats ?? 'deze afspraak'}`;
      return `${detail.soort === 'afspraak' ? NOG_AF_TE_SPREKEN : NOG_IN_TE_VULLEN}: ${detail.wat} ${bij}.`;
    }
    case 'partner-niet-gedekt':
    case 'partner-niet-gedekt-en-of': {
      const partners = dutchList(uncovered(finding.onderdeel, context));
      return finding.rule === 'partner-niet-gedekt'
        ? `${NOG_AF_TE_SPREKEN}: een afspraak met ${partners} over dit onderdeel.`
        : `Na te gaan: of er over dit onderdeel een afspraak met ${partners} nodig is. De leidraad zegt hier ‘en/of’: niet elke partner hoeft een afspraak te hebben.`;
    }
    case 'instrumenten-ontbreken':
      return `${NOG_IN_TE_VULLEN}: welke methoden en instrumenten de partners gebruiken.`;
    case 'instrument-per-organisatie':
      return `${NOG_IN_TE_VULLEN}: welke methoden en instrumenten ${withoutInstrument(finding, context)} gebruikt.`;
    case 'escalatie-ontbreekt':
      return `${NOG_AF_TE_SPREKEN}: de stappen van de escalatieladder, elk met wie de stap zet en binnen welke termijn.`;
    case 'escalatie-te-kort':
      return `${NOG_AF_TE_SPREKEN}: ten minste twee stappen op de escalatieladder, elk met wie de stap zet en binnen welke termijn.`;
    case 'escalatie-stap-onvolledig':
      return finding.message.includes('`termijn`') || last === 'termijn'
        ? `${NOG_AF_TE_SPREKEN}: binnen welke termijn ${plaats ?? 'deze escalatiestap'} wordt gezet.`
        : `${NOG_AF_TE_SPREKEN}: wie ${plaats ?? 'deze escalatiestap'} zet.`;
    case 'visie-ontbreekt':
      return `${NOG_IN_TE_VULLEN}: het visiedocument waarop deze afspraken aansluiten.`;
    case 'gemeente-ontbreekt':
      return `${NOG_IN_TE_VULLEN}: de naam van de gemeente.`;
    case 'partner-ontbreekt':
      return path[1] === 'gi' && path.length === 2
        ? `${NOG_IN_TE_VULLEN}: welke gecertificeerde instelling of instellingen meedoen.`
        : `${NOG_IN_TE_VULLEN}: de naam van ${partnerOfPath(path, context) ?? 'een partner'}.`;
    case 'ondertekenaar-ontbreekt':
      return `${NOG_IN_TE_VULLEN}: wie namens ${partnerOfPath(path, context) ?? 'deze partner'} ondertekent.`;
    case 'gi-zonder-afspraken':
      return `Na te gaan: ${partnerOfPath(path, context) ?? 'een gecertificeerde instelling'} komt in geen enkele afspraak voor.`;
    case 'evaluatie-ontbreekt':
      if (last === 'frequentie') return `${NOG_AF_TE_SPREKEN}: hoe vaak de partners de afspraken samen evalueren.`;
      if (last === 'volgende') return `${NOG_AF_TE_SPREKEN}: wanneer de volgende gezamenlijke evaluatie is.`;
      return `${NOG_AF_TE_SPREKEN}: hoe vaak de partners de afspraken samen evalueren en wanneer de volgende evaluatie is.`;
    case 'evaluatie-verlopen':
      return `De evaluatie die gepland stond op ${date(context, ['evaluatie', 'volgende'])} is voorbij. ${NOG_AF_TE_SPREKEN}: de datum van de volgende evaluatie.`;
    case 'evaluatie-volgorde':
      return `De volgende evaluatie (${date(context, ['evaluatie', 'volgende'])}) ligt niet na de laatste (${date(context, ['evaluatie', 'laatste'])}); een van de twee datums klopt niet.`;
    case 'evaluatie-laatste-in-toekomst':
      return `De laatste evaluatie staat op ${date(context, ['evaluatie', 'laatste'])}, een datum die nog moet komen; die klopt niet.`;
    case 'evaluatie-ritme': {
      const ritme =
        dutchFrequentie(
          typeof getIn(context.data, ['evaluatie', 'frequentie']) === 'string' ? (getIn(context.data, ['evaluatie', 'frequentie']) as string) : null,
        ) ?? 'het afgesproken ritme';
      return `Na te gaan: tussen de laatste evaluatie (${date(context, ['evaluatie', 'laatste'])}) en de volgende (${date(context, ['evaluatie', 'volgende'])}) zit meer tijd dan het afgesproken ritme (${ritme}).`;
    }
    case 'looptijd-volgorde':
      return `De looptijd eindigt op ${date(context, ['document', 'looptijd', 'tot'])}, vóór hij begint (${date(context, ['document', 'looptijd', 'van'])}); een van de twee datums klopt niet.`;
    case 'looptijd-verlopen':
      return `De looptijd liep tot en met ${date(context, ['document', 'looptijd', 'tot'])}. ${NOG_AF_TE_SPREKEN}: een nieuwe looptijd, na een gezamenlijke evaluatie.`;
    case 'meldcode-ontbreekt':
      return 'Na te gaan: de afspraken noemen de meldcode niet.';
    case 'informatiedeling-ontbreekt':
      return `${NOG_AF_TE_SPREKEN}: welke informatie de partners met elkaar delen, van wie aan wie en op welke grondslag.`;
    case 'informatiedeling-onvolledig':
      return `Na te gaan: ${plaats ? `${plaats} over informatiedeling` : 'een afspraak over informatiedeling'} noemt nog niet alles: wat, van wie, aan wie, de grondslag, de toestemming en hoe het gezin het hoort.`;
    case 'pia-ontbreekt':
      return 'Na te gaan: of er voor de informatiedeling een privacy impact assessment (PIA) is gedaan.';
    case 'begrip-onvolledig':
      return `${NOG_IN_TE_VULLEN}: de betekenis van een begrip in de begrippenlijst.`;
    case 'bijlage-zonder-titel':
      return `${NOG_IN_TE_VULLEN}: de titel van een bijlage.`;
    case 'bijlage-niet-gevonden':
    case 'bijlage-buiten-repository':
      return 'Na te gaan: het bestand van een bijlage is niet gevonden.';
    case 'partner-zonder-naam':
      return `${NOG_IN_TE_VULLEN}: de naam van een verdere partner.`;
    case 'partner-dubbel-id':
      return 'Na te gaan: twee verdere partners zijn in het afsprakenbestand niet van elkaar te onderscheiden.';
    case 'partner-onbekend':
      return `Na te gaan: ${plaats ?? 'een afspraak'} noemt een organisatie die niet bij de partijen staat.`;
    case 'gi-dubbel-id':
    case 'gi-bestandsnaam-dubbel':
      return 'Na te gaan: twee gecertificeerde instellingen zijn in het afsprakenbestand niet van elkaar te onderscheiden.';
    case 'vastgesteld-met-open-punten':
      return 'Na te gaan: dit document staat op ‘vastgesteld’, maar er staan nog punten open. Het blijft een concept tot die zijn uitgewerkt.';
    case 'gekrulde-aanhalingstekens':
      return `Na te gaan: een tekst${plaats ? ` bij ${plaats}` : ''} staat tussen aanhalingstekens die in het document terechtkomen.`;
    case 'tekst-afgebroken':
      return `Na te gaan: de tekst${plaats ? ` van ${plaats}` : ''} lijkt halverwege afgebroken; wat na het ‘#’ stond, ontbreekt in dit document.`;
    case 'teken-bidi':
    case 'teken-ongeldig':
      return `Na te gaan: een tekst${plaats ? ` bij ${plaats}` : ''} bevat een onzichtbaar of ongeldig teken dat moet worden weggehaald.`;
    default:
      // The base file (extends) is a matter for whoever keeps the files, not something to agree on.
      if (finding.rule.startsWith('extends-'))
        return 'Na te gaan: het basisbestand waarop deze afspraken voortbouwen, kan niet worden gebruikt; wie het afsprakenbestand bijhoudt, lost dat op.';
      return fallback(finding, plaats);
  }
}

/** An agreement, a looptijd, an organiser, a name or title that is still open. */
function textOpen(finding: Finding, _context: OpenPuntContext, nummers: readonly Genummerd[], plaats: string | null): string {
  const path = finding.path;
  if (startsWith(path, ['afspraken', 'h_methoden_en_instrumenten'])) return `${NOG_IN_TE_VULLEN}: de naam van ${plaats ?? 'een methode of instrument'}.`;
  if (startsWith(path, ['visie', 'documenten'])) return `${NOG_IN_TE_VULLEN}: de titel van ${plaats ?? 'een visiedocument'}.`;
  if (startsWith(path, ['document'])) {
    const wat =
      path.at(-1) === 'van' ? 'de begindatum van de looptijd' : path.at(-1) === 'tot' ? 'de einddatum van de looptijd' : 'de looptijd van de afspraken';
    return `${NOG_AF_TE_SPREKEN}: ${wat}.`;
  }
  if (startsWith(path, ['evaluatie'])) return `${NOG_AF_TE_SPREKEN}: wie de gezamenlijke evaluatie organiseert.`;
  const afspraken = afsprakenAt(path, nummers);
  if (afspraken.length > 0 || AGREEMENT_TEXT_RULES.has(finding.rule))
    return `${NOG_AF_TE_SPREKEN}: ${afspraken.length > 0 ? afsprakenPhrase(afspraken) : 'een afspraak van dit onderdeel'}.`;
  return fallback(finding, plaats);
}

/** The partners an onderdeel leaves without an agreement, by name; in a partner's document only that partner. */
function uncovered(onderdeel: Onderdeel | null, context: OpenPuntContext): string[] {
  const gap = coverageGaps(context.data).find((g) => g.onderdeel === onderdeel);
  const keys = (gap?.missing ?? []).filter((key) => context.partner === null || key === context.partner);
  return keys.map((key) => partnerNaam(context, key));
}

/** instrument-per-organisatie names the organisation in its message only: "(gi.<id>)", "GI <id>" or a fixed partner's name. */
function withoutInstrument(finding: Finding, context: OpenPuntContext): string {
  const gi = /\(gi\.([^)]+)\)|GI (\S+) gebruikt/.exec(finding.message);
  const id = gi?.[1] ?? gi?.[2];
  if (id) return partnerNaam(context, `gi.${id}`);
  const fixed = (Object.keys(PARTNER_NAMES) as Array<keyof typeof PARTNER_NAMES>).find((key) =>
    finding.message.includes(`niets dat ${PARTNER_NAMES[key]} gebruikt`),
  );
  if (fixed) return partnerNaam(context, fixed);
  return 'de gecertificeerde instelling';
}

/** A rule this module does not know yet: its catalogue title, which names no key, with the place. */
function fallback(finding: Finding, plaats: string | null): string {
  const titel = RULE_CATALOG.find((rule) => rule.id === finding.rule)?.titel ?? 'Er staat nog een punt open.';
  const plain = titel.replace(/`([^`]*)`/g, '‘$1’');
  return plaats ? `${plain.replace(/\.$/, '')} (${plaats}).` : plain;
}

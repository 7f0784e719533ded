import { leidraadReference, ONDERDEEL_INFO } from '../domain/onderdelen.js';
import { PLACEHOLDER_GEGEVEN } from '../domain/open-punten.js';
import { afspraakItems, refList } from '../domain/partner-coverage.js';
import { filledText } from '../domain/afspraak-text.js';
import { getIn, isMap } from '../domain/data-access.js';
import { REQUIRED_ONDERDELEN } from '../domain/required-afspraken.js';
import { dottedPath, topicLabel, type Bron } from './source.js';
import type { PathSegment } from '../../findings.js';
import type {
  Afspraak,
  AgreementsModel,
  Begrip,
  Bijlage,
  EscalatieStap,
  Informatiestroom,
  Instrument,
  OnderdeelAfspraken,
  Ondertekenaar,
  Partner,
  PartnerKey,
  Persoon,
  VisieDocument,
} from './types.js';

/** What the document says after the looptijd when `document.looptijd.na_afloop` is not filled in. */
export const NA_AFLOOP_STANDAARD = 'Zij blijven daarna van kracht totdat de partners nieuwe afspraken hebben vastgesteld.';

function map(value: unknown): Record<string, unknown> {
  return isMap(value) ? value : {};
}

function persoon(value: unknown): Persoon | null {
  if (!isMap(value)) return null;
  return { naam: filledText(value.naam), functie: filledText(value.functie), email: filledText(value.email), telefoon: filledText(value.telefoon) };
}

const FIXED: Array<{ key: 'lokaal_team' | 'veilig_thuis' | 'rvdk'; rol: string; label: string }> = [
  { key: 'lokaal_team', rol: 'Lokaal (wijk)team', label: 'Lokaal team' },
  { key: 'veilig_thuis', rol: 'Veilig Thuis', label: 'Veilig Thuis' },
  { key: 'rvdk', rol: 'Raad voor de Kinderbescherming', label: 'RvdK' },
];

function partners(data: unknown): Partner[] {
  const result: Partner[] = [];
  const describe = (key: PartnerKey, rol: string, value: unknown, herkomst: Bron, eigenDocument = key !== 'lokaal_team'): Partner => {
    const entry = map(value);
    const signer = isMap(entry.ondertekenaar) ? entry.ondertekenaar : null;
    return {
      key,
      herkomst,
      rol,
      rolUitBestand: key.startsWith('partner.') && filledText(entry.rol) !== null,
      naam: filledText(entry.naam),
      organisatieType: filledText(entry.organisatie_type),
      adres: filledText(entry.adres),
      contactpersoon: persoon(entry.contactpersoon),
      ondertekenaar: signer ? ondertekenaar(signer) : null,
      taak: key.startsWith('partner.') ? filledText(entry.taak) : null,
      eigenDocument,
    };
  };
  for (const { key, rol, label } of FIXED) result.push(describe(key, rol, getIn(data, ['partners', key]), { pad: `partners.${key}`, label }));
  const gi = getIn(data, ['partners', 'gi']);
  if (Array.isArray(gi)) {
    for (const [index, entry] of gi.entries()) {
      if (isMap(entry) && typeof entry.id === 'string')
        result.push(describe(`gi.${entry.id}`, 'Gecertificeerde instelling', entry, { pad: `partners.gi.${index}`, label: `GI ${index + 1}` }));
    }
  }
  const overig = getIn(data, ['partners', 'overig']);
  if (Array.isArray(overig)) {
    for (const [index, entry] of overig.entries()) {
      // Like a GI: a second entry with the same id stays (partner-dubbel-id reports it), so nothing the file says is lost.
      if (!isMap(entry) || typeof entry.id !== 'string') continue;
      result.push(
        describe(
          `partner.${entry.id}`,
          filledText(entry.rol) ?? 'Partner',
          entry,
          { pad: `partners.overig.${index}`, label: `Partner ${index + 1}` },
          entry.eigen_document === true,
        ),
      );
    }
  }
  return result;
}

/** Turns partner refs into the names readers know, falling back to the role. */
export function nameResolver(model: { partners: Partner[]; gemeente: string | null }): (ref: string) => string {
  const gis = model.partners.filter((p) => p.key.startsWith('gi.'));
  return (ref) => {
    // Lower case: the name stands in a sentence ("Verantwoordelijk: Veilig Thuis en gemeente Voorbeeldstad").
    if (ref === 'gemeente') return model.gemeente ? `gemeente ${model.gemeente}` : 'de gemeente';
    if (ref === 'gi') return gis.length === 1 && gis[0]!.naam ? gis[0]!.naam : 'de gecertificeerde instellingen';
    const partner = model.partners.find((p) => p.key === ref);
    if (partner) return partner.naam ?? partner.rol;
    // A reference to no partner is a fout of check (partner-onbekend or the schema's pattern), so the
    // document shows it as open rather than as a raw id a reader cannot place.
    return `${PLACEHOLDER_GEGEVEN}: welke partner met ‘${ref}’ bedoeld is]`;
  };
}

/** A topic's agreements, read as core/domain/partner-coverage.ts reads them: absent or empty is one open afspraak. */
function afspraken(
  value: unknown,
  onderdeel: string,
  counter: { n: number },
  resolve: (ref: string) => string,
  path: readonly PathSegment[],
  topic: string,
): Afspraak[] {
  return afspraakItems(value).map(({ entry, refs, index }): Afspraak => {
    counter.n += 1;
    const nummer = `${onderdeel}.${counter.n}`;
    const pad = dottedPath(index === null ? path : [...path, index]);
    // An agreement written as plain text is its own text; one written as a map has it under `afspraak`.
    const asMap = isMap(index === null ? value : (value as unknown[])[index]);
    return {
      nummer,
      herkomst: { pad, label: `${nummer} ${topic}`, tekst: asMap ? `${pad}.afspraak` : pad },
      tekst: filledText(entry.afspraak),
      verantwoordelijk: refs.map(resolve),
      verantwoordelijkRefs: refs,
      termijn: filledText(entry.termijn),
      toelichting: filledText(entry.toelichting),
    };
  });
}

function instrumenten(data: unknown, partners: readonly Partner[]): Instrument[] {
  const known = (ref: string): boolean => ref === 'gi' || ref === 'gemeente' || partners.some((p) => p.key === ref);
  const list = getIn(data, ['afspraken', 'h_methoden_en_instrumenten']);
  if (!Array.isArray(list)) return [];
  // An instrument whose name is still open stays, as an open row: check reports it (afspraak-leeg/-placeholder/-niet-gemaakt), the document shows it.
  return list
    .flatMap((entry, index) => (isMap(entry) ? [{ entry, index }] : []))
    .map(
      ({ entry, index }): Instrument => ({
        herkomst: { pad: `afspraken.h_methoden_en_instrumenten.${index}`, label: `h Instrument ${index + 1}` },
        naam: filledText(entry.naam),
        doel: filledText(entry.doel),
        toelichting: filledText(entry.toelichting),
        gebruiktDoorRefs: refList(entry.gebruikt_door),
        onbekendeRefs: refList(entry.gebruikt_door).filter((ref) => !known(ref)),
      }),
    );
}

function escalatieStappen(data: unknown): EscalatieStap[] {
  const list = getIn(data, ['afspraken', 'i_escalatie', 'stappen']);
  if (!Array.isArray(list)) return [];
  return list.map((entry, index) => {
    const step = map(entry);
    return {
      nummer: index + 1,
      herkomst: { pad: `afspraken.i_escalatie.stappen.${index}`, label: `i Stap ${index + 1}` },
      niveau: filledText(step.niveau),
      wie: filledText(step.wie),
      termijn: filledText(step.termijn),
      toelichting: filledText(step.toelichting),
    };
  });
}

const TOESTEMMING = new Set(['met', 'zonder', 'met_tenzij']);
const PIA_STATUS = new Set(['uitgevoerd', 'gepland', 'niet_nodig']);

function informatiedeling(data: unknown, resolve: (ref: string) => string): AgreementsModel['informatiedeling'] {
  const list = getIn(data, ['informatiedeling', 'stromen']);
  const stromen = (Array.isArray(list) ? list.flatMap((entry, index) => (isMap(entry) ? [{ entry, index }] : [])) : []).map(
    ({ entry, index }): Informatiestroom => ({
      herkomst: { pad: `informatiedeling.stromen.${index}`, label: `Informatiestroom ${index + 1}` },
      moment: filledText(entry.moment),
      wat: filledText(entry.wat),
      van: refList(entry.van).map(resolve),
      naar: refList(entry.naar).map(resolve),
      refs: [...refList(entry.van), ...refList(entry.naar)],
      grondslag: filledText(entry.grondslag),
      toestemming: typeof entry.toestemming === 'string' && TOESTEMMING.has(entry.toestemming) ? (entry.toestemming as Informatiestroom['toestemming']) : null,
      gezinInformeren: filledText(entry.gezin_informeren),
      toelichting: filledText(entry.toelichting),
    }),
  );
  const pia = map(getIn(data, ['informatiedeling', 'pia']));
  return {
    uitgangspunt: filledText(getIn(data, ['informatiedeling', 'uitgangspunt'])),
    stromen,
    pia: {
      status: typeof pia.status === 'string' && PIA_STATUS.has(pia.status) ? (pia.status as AgreementsModel['informatiedeling']['pia']['status']) : null,
      datum: filledText(pia.datum),
      toelichting: filledText(pia.toelichting),
    },
  };
}

function begrippen(data: unknown): Begrip[] {
  const list = getIn(data, ['begrippen']);
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, index) => {
    if (!isMap(entry)) return [];
    const begrip = filledText(entry.begrip);
    const betekenis = filledText(entry.betekenis);
    return begrip !== null && betekenis !== null ? [{ herkomst: { pad: `begrippen.${index}`, label: `Begrip ${index + 1}` }, begrip, betekenis }] : [];
  });
}

function bijlagen(data: unknown): Bijlage[] {
  const list = getIn(data, ['bijlagen']);
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, index) => {
    if (!isMap(entry)) return [];
    const titel = filledText(entry.titel);
    return titel === null
      ? []
      : [
          {
            index,
            herkomst: { pad: `bijlagen.${index}`, label: `Bijlage ${index + 1}` },
            titel,
            bestand: filledText(entry.bestand),
            url: filledText(entry.url),
            toelichting: filledText(entry.toelichting),
          },
        ];
  });
}

function visieDocumenten(data: unknown): VisieDocument[] {
  const list = getIn(data, ['visie', 'documenten']);
  if (!Array.isArray(list)) return [];
  // Like an instrument: a document without a title is an open line, not a silently shorter list.
  return list
    .flatMap((entry, index) => (isMap(entry) ? [{ entry, index }] : []))
    .map(
      ({ entry, index }): VisieDocument => ({
        herkomst: { pad: `visie.documenten.${index}`, label: `Visiedocument ${index + 1}` },
        titel: filledText(entry.titel),
        vastgesteld: filledText(entry.vastgesteld),
        vastgesteldDoor: filledText(entry.vastgesteld_door),
        url: filledText(entry.url),
      }),
    );
}

function ondertekenaar(value: unknown): Ondertekenaar {
  const signer = isMap(value) ? value : {};
  return { naam: filledText(signer.naam), functie: filledText(signer.functie), plaats: filledText(signer.plaats) };
}

/**
 * The typed, normalised view of an agreements file that the renderers use. Pure; tolerant of
 * incomplete drafts: whatever is missing becomes null or an open afspraak, never an exception.
 */
export function buildModel(data: unknown): AgreementsModel {
  const gemeenteNaam = filledText(getIn(data, ['gemeente', 'naam']));
  const partnerList = partners(data);
  const resolve = nameResolver({ partners: partnerList, gemeente: gemeenteNaam });
  const status = getIn(data, ['document', 'status']);

  const onderdelen: OnderdeelAfspraken[] = REQUIRED_ONDERDELEN.map(({ onderdeel, afspraken: topics }) => {
    const counter = { n: 0 };
    return {
      onderdeel,
      titel: ONDERDEEL_INFO[onderdeel].titel,
      leidraad: ONDERDEEL_INFO[onderdeel].leidraad,
      bron: leidraadReference(onderdeel),
      onderwerpen: topics.map((topic) => ({
        titel: topic.kop,
        partner: topic.partner ?? null,
        afspraken: afspraken(
          getIn(data, topic.path),
          onderdeel,
          counter,
          resolve,
          topic.path,
          topic.path.length > 2 ? topicLabel(topic.path.slice(2)) : ONDERDEEL_INFO[onderdeel].titel,
        ),
      })),
    };
  });

  const acuutCounter = { n: 0 };
  const naAfloop = filledText(getIn(data, ['document', 'looptijd', 'na_afloop']));
  const acuutValue = getIn(data, ['afspraken', 'i_escalatie', 'acuut']);
  return {
    gemeente: {
      naam: gemeenteNaam,
      cbsCode: filledText(getIn(data, ['gemeente', 'cbs_code'])),
      adres: filledText(getIn(data, ['gemeente', 'adres'])),
      contactpersoon: persoon(getIn(data, ['gemeente', 'contactpersoon'])),
      rol: filledText(getIn(data, ['gemeente', 'rol'])),
      ondertekenaar: ondertekenaar(getIn(data, ['gemeente', 'ondertekenaar'])),
    },
    regio: { naam: filledText(getIn(data, ['regio', 'naam'])), code: filledText(getIn(data, ['regio', 'code'])) },
    document: {
      titel: filledText(getIn(data, ['document', 'titel'])),
      versie: filledText(getIn(data, ['document', 'versie'])),
      status: status === 'concept' || status === 'vastgesteld' ? status : null,
      datum: filledText(getIn(data, ['document', 'datum'])),
      vastgesteldDoor: filledText(getIn(data, ['document', 'vastgesteld_door'])),
      looptijd: {
        van: filledText(getIn(data, ['document', 'looptijd', 'van'])),
        tot: filledText(getIn(data, ['document', 'looptijd', 'tot'])),
        naAfloop: naAfloop ?? NA_AFLOOP_STANDAARD,
        naAfloopUitBestand: naAfloop !== null,
      },
    },
    visie: { documenten: visieDocumenten(data), toelichting: filledText(getIn(data, ['visie', 'toelichting'])) },
    partners: partnerList,
    onderdelen,
    instrumenten: instrumenten(data, partnerList),
    escalatie: {
      stappen: escalatieStappen(data),
      acuut:
        acuutValue === undefined || acuutValue === null
          ? []
          : afspraken(acuutValue, 'i', acuutCounter, resolve, ['afspraken', 'i_escalatie', 'acuut'], 'Acuut'),
    },
    meldcode: {
      naam: filledText(getIn(data, ['meldcode', 'naam'])),
      toelichting: filledText(getIn(data, ['meldcode', 'toelichting'])),
      aandachtsfunctionarissen: filledText(getIn(data, ['meldcode', 'aandachtsfunctionarissen'])),
    },
    informatiedeling: informatiedeling(data, resolve),
    begrippen: begrippen(data),
    bijlagen: bijlagen(data),
    evaluatie: {
      frequentie: filledText(getIn(data, ['evaluatie', 'frequentie'])),
      laatste: filledText(getIn(data, ['evaluatie', 'laatste'])),
      volgende: filledText(getIn(data, ['evaluatie', 'volgende'])),
      wie: filledText(getIn(data, ['evaluatie', 'wie'])),
      toelichting: filledText(getIn(data, ['evaluatie', 'toelichting'])),
    },
  };
}

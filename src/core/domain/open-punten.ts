import type { Onderdeel, PathSegment } from '../../findings.js';
import { afspraakItems } from './partner-coverage.js';
import { textState } from './afspraak-text.js';
import { getIn, hasKey, isMap } from './data-access.js';
import { isMisspeltThere } from './typo-key.js';

/**
 * What "compleet" means: the one list of everything a document shows as "[nog af te spreken]"
 * when the file leaves it open. Each entry is either `verplicht` — open, it is a `fout` of `swa
 * check` (the rules named in `regels`) — or `weglaten`: the document leaves it out (a row that is
 * not printed, a line to fill in by hand) instead of showing a placeholder. So for every file:
 * check reports no fout ⇔ no document shows a placeholder. `veld` is how the templates name the
 * value (`{{waarde veld}}`, or `<open>` where a whole list is empty); a test holds the templates
 * to this list, so they cannot drift from it.
 */
export interface DocumentVeld {
  veld: string;
  /** Where the value lives in the agreements file. */
  sleutel: string;
  weergave: 'verplicht' | 'weglaten';
  /** The rules that report it when it is open (verplicht only). */
  regels: readonly string[];
}

export const DOCUMENT_VELDEN: readonly DocumentVeld[] = [
  { veld: 'gemeente.naam', sleutel: 'gemeente.naam', weergave: 'verplicht', regels: ['gemeente-ontbreekt'] },
  {
    veld: 'naam',
    sleutel: 'partners.*.naam, partners.overig.*.naam en afspraken.h_methoden_en_instrumenten.*.naam',
    weergave: 'verplicht',
    regels: [
      'partner-ontbreekt',
      'partner-zonder-naam',
      'veld-ontbreekt',
      'afspraak-leeg',
      'afspraak-placeholder',
      'afspraak-niet-gemaakt',
      'schema-verplicht',
      'schema-type',
    ],
  },
  { veld: 'document.looptijd.van', sleutel: 'document.looptijd.van', weergave: 'verplicht', regels: ['veld-ontbreekt', 'schema-formaat'] },
  { veld: 'document.looptijd.tot', sleutel: 'document.looptijd.tot', weergave: 'verplicht', regels: ['veld-ontbreekt', 'schema-formaat'] },
  {
    veld: 'tekst',
    sleutel: 'de tekst van elke afspraak (a–g, i.acuut, j)',
    weergave: 'verplicht',
    regels: ['onderdeel-ontbreekt', 'afspraak-ontbreekt', 'afspraak-leeg', 'afspraak-placeholder', 'afspraak-niet-gemaakt', 'veld-ontbreekt'],
  },
  { veld: 'verantwoordelijkOpen', sleutel: 'afspraken.c_taakverdeling.*.verantwoordelijk', weergave: 'verplicht', regels: ['taak-zonder-verantwoordelijke'] },
  {
    veld: 'onderdeel.partner',
    sleutel: 'een onderdeel zonder afspraak voor deze partner (partnerdocument)',
    weergave: 'verplicht',
    regels: ['partner-niet-gedekt'],
  },
  { veld: 'visie.documenten', sleutel: 'visie.documenten', weergave: 'verplicht', regels: ['visie-ontbreekt'] },
  { veld: 'geenGi', sleutel: 'partners.gi', weergave: 'verplicht', regels: ['partner-ontbreekt'] },
  {
    veld: 'instrumenten.zonderInstrument',
    sleutel: 'afspraken.h_methoden_en_instrumenten.*.gebruikt_door',
    weergave: 'verplicht',
    regels: ['instrument-per-organisatie'],
  },
  { veld: 'instrumenten.rijen', sleutel: 'afspraken.h_methoden_en_instrumenten', weergave: 'verplicht', regels: ['instrumenten-ontbreken'] },
  { veld: 'titel', sleutel: 'visie.documenten.*.titel', weergave: 'verplicht', regels: ['veld-ontbreekt', 'schema-verplicht', 'schema-type'] },
  { veld: 'escalatie.stappen', sleutel: 'afspraken.i_escalatie.stappen', weergave: 'verplicht', regels: ['escalatie-ontbreekt'] },
  { veld: 'wie', sleutel: 'afspraken.i_escalatie.stappen.*.wie', weergave: 'verplicht', regels: ['escalatie-stap-onvolledig'] },
  { veld: 'termijn', sleutel: 'afspraken.i_escalatie.stappen.*.termijn', weergave: 'verplicht', regels: ['escalatie-stap-onvolledig'] },
  { veld: 'evaluatie.frequentie', sleutel: 'evaluatie.frequentie', weergave: 'verplicht', regels: ['evaluatie-ontbreekt', 'schema-keuze'] },
  { veld: 'evaluatie.volgende', sleutel: 'evaluatie.volgende', weergave: 'verplicht', regels: ['evaluatie-ontbreekt', 'schema-formaat'] },
  { veld: 'evaluatie.wie', sleutel: 'evaluatie.wie', weergave: 'verplicht', regels: ['veld-ontbreekt'] },
  { veld: 'evaluatie.laatste', sleutel: 'evaluatie.laatste', weergave: 'weglaten', regels: [] },
  { veld: 'document.versie', sleutel: 'document.versie', weergave: 'weglaten', regels: [] },
  { veld: 'document.datum', sleutel: 'document.datum', weergave: 'weglaten', regels: [] },
  { veld: 'contactpersoon', sleutel: 'partners.*.contactpersoon', weergave: 'weglaten', regels: [] },
  { veld: 'ondertekenaar', sleutel: 'partners.*.ondertekenaar (ondertekenaar-ontbreekt waarschuwt)', weergave: 'weglaten', regels: [] },
  { veld: 'niveau', sleutel: 'afspraken.i_escalatie.stappen.*.niveau', weergave: 'weglaten', regels: [] },
  {
    veld: 'bijlagen.bestandOntbreekt',
    sleutel: 'bijlagen.*.bestand (een bestand dat niet in de repository staat)',
    weergave: 'verplicht',
    regels: ['bijlage-niet-gevonden', 'bijlage-buiten-repository'],
  },
  // The parts beyond §6c: optional, so the document shows only what is filled in, and the rules named in the key warn.
  { veld: 'gemeente.rol', sleutel: 'gemeente.rol, gemeente.adres, gemeente.contactpersoon', weergave: 'weglaten', regels: [] },
  { veld: 'taak', sleutel: 'partners.overig.*.taak en rol (zonder rol: "Partner")', weergave: 'weglaten', regels: [] },
  {
    veld: 'meldcode',
    sleutel: 'meldcode.* (meldcode-ontbreekt geeft een tip; zonder naam noemt het document de wettelijke meldcode)',
    weergave: 'weglaten',
    regels: [],
  },
  {
    veld: 'informatiedeling',
    sleutel: 'informatiedeling.* (informatiedeling-ontbreekt, informatiedeling-onvolledig en pia-ontbreekt waarschuwen)',
    weergave: 'weglaten',
    regels: [],
  },
  { veld: 'begrippen', sleutel: 'begrippen.* (begrip-onvolledig waarschuwt; een onvolledig begrip staat er niet)', weergave: 'weglaten', regels: [] },
  { veld: 'bijlagen', sleutel: 'bijlagen.* (bijlage-zonder-titel waarschuwt; een bijlage zonder titel staat er niet)', weergave: 'weglaten', regels: [] },
  { veld: 'document.looptijd.naAfloop', sleutel: 'document.looptijd.na_afloop (zonder tekst: de standaardzin)', weergave: 'weglaten', regels: [] },
];

/**
 * How a document shows an open field: "[nog af te spreken …]" for what the partners still have to
 * agree on, "[nog in te vullen …]" for a fact that is missing (a name, a title, which GI). Tests
 * look for both to find what a document shows as open.
 */
export const PLACEHOLDER_AFSPRAAK = '[nog af te spreken';
export const PLACEHOLDER_GEGEVEN = '[nog in te vullen';

/** The velden of DOCUMENT_VELDEN that are facts, not agreements: the templates show them as "[nog in te vullen …]". */
export const GEGEVENS: ReadonlySet<string> = new Set([
  'gemeente.naam',
  'naam',
  'titel',
  'visie.documenten',
  'geenGi',
  'instrumenten.zonderInstrument',
  'instrumenten.rijen',
]);

export interface OpenVeld {
  path: PathSegment[];
  onderdeel: Onderdeel | null;
  message: string;
}

/** A date the schema accepts as empty: absent or null. Anything else that is not a date is schema-formaat's. */
function dateOpen(data: unknown, path: PathSegment[]): boolean {
  return getIn(data, path) == null;
}

/** Points at the key when it is there, else at its parent (the caller's path is then one shorter). */
function where(data: unknown, path: PathSegment[]): PathSegment[] {
  for (let length = path.length; length > 0; length -= 1) {
    if (hasKey(data, path.slice(0, length))) return path.slice(0, length);
  }
  return path.slice(0, 1);
}

/**
 * The required fields that no other rule reports when they are open (see `regels` above): the
 * looptijd, who organises the evaluation, the acute-unsafety agreements once started, and the
 * name or title of an instrument or vision document.
 */
export function openVelden(data: unknown): OpenVeld[] {
  const found: OpenVeld[] = [];
  // A misspelt key (`looptijd_x:`) is the schema's finding, with "Bedoelde u …?"; one mistake, one finding.
  if (!isMap(getIn(data, ['document', 'looptijd']))) {
    if (!isMisspeltThere(data, ['document', 'looptijd']))
      found.push({
        path: where(data, ['document', 'looptijd']),
        onderdeel: 'voorwaarde.evaluatie',
        message:
          'Zet onder `document.looptijd` de looptijd van de afspraken: `van` en `tot` (JJJJ-MM-DD); het voorblad en het hoofdstuk Evaluatie en looptijd noemen die.',
      });
  } else {
    for (const [key, wat] of [
      ['van', 'de begindatum'],
      ['tot', 'de einddatum'],
    ] as const) {
      const path = ['document', 'looptijd', key];
      if (dateOpen(data, path) && !isMisspeltThere(data, path))
        found.push({
          path: where(data, path),
          onderdeel: 'voorwaarde.evaluatie',
          message: `Zet onder \`document.looptijd.${key}\` ${wat} van de looptijd (JJJJ-MM-DD); het voorblad en het hoofdstuk Evaluatie en looptijd noemen die.`,
        });
    }
  }
  // Without any evaluatie, evaluatie-ontbreekt already says what to write there.
  if (isMap(getIn(data, ['evaluatie'])) && textState(getIn(data, ['evaluatie', 'wie'])) !== 'ingevuld' && !isMisspeltThere(data, ['evaluatie', 'wie'])) {
    found.push({
      path: where(data, ['evaluatie', 'wie']),
      onderdeel: 'voorwaarde.evaluatie',
      message: 'Zet onder `evaluatie.wie` wie de gezamenlijke evaluatie organiseert; het document noemt dat boven de ondertekening.',
    });
  }
  const acuut = getIn(data, ['afspraken', 'i_escalatie', 'acuut']);
  if (acuut != null) {
    for (const item of afspraakItems(acuut)) {
      // An empty, placeholder or deferring text is reported, quoted, by afspraak-leeg/-placeholder/-niet-gemaakt.
      if (textState(item.entry.afspraak) === 'ingevuld' || typeof item.entry.afspraak === 'string') continue;
      const path: PathSegment[] = ['afspraken', 'i_escalatie', 'acuut', ...(item.index === null ? [] : [item.index])];
      const withKey =
        Object.hasOwn(item.entry, 'afspraak') && isMap(item.index === null ? acuut : (acuut as unknown[])[item.index]) ? [...path, 'afspraak'] : path;
      found.push({
        path: withKey,
        onderdeel: 'i',
        message: 'De afspraak bij acute onveiligheid (`acuut`) is nog niet ingevuld. Schrijf haar uit, of haal `acuut` weg als er geen aparte afspraak is.',
      });
    }
  }
  const named = (list: unknown, key: 'naam' | 'titel', base: PathSegment[], onderdeel: Onderdeel, wat: string): void => {
    if (!Array.isArray(list)) return;
    list.forEach((item, index) => {
      // A missing key or a non-text value is the schema's finding.
      if (!isMap(item) || typeof item[key] !== 'string' || textState(item[key]) === 'ingevuld') return;
      found.push({
        path: [...base, index, key],
        onderdeel,
        message: `${wat} nr. ${index + 1} heeft nog geen ${key}; het document toont daar [nog af te spreken]. Vul \`${key}\` in of haal de regel weg.`,
      });
    });
  };
  // An instrument's name is a text the agreement rules already assess (afspraak-leeg/-placeholder/-niet-gemaakt).
  named(getIn(data, ['visie', 'documenten']), 'titel', ['visie', 'documenten'], 'voorwaarde.visie', 'Het visiedocument');
  return found;
}

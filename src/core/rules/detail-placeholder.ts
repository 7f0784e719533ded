import type { Onderdeel, PathSegment } from '../../findings.js';
import { quoted, textState } from '../domain/afspraak-text.js';
import { getIn, isMap, text, type PlainMap } from '../domain/data-access.js';
import { defineRule, type RuleContext } from './define-rule.js';
import { onderdeelOfPath } from '../domain/onderdeel-of-path.js';
import { FIXED_PARTNERS } from '../domain/partner-refs.js';

/** How a message names a detail: article and noun, so it reads "Vul de termijn in". */
const DETAIL_NAMES: Record<string, string> = {
  termijn: 'de termijn',
  toelichting: 'de toelichting',
  niveau: 'het niveau',
  doel: 'het doel',
  naam: 'de naam',
  functie: 'de functie',
  telefoon: 'het telefoonnummer',
};

/**
 * Optional details per kind of item. Left out on purpose: `termijn` of an escalation step (that
 * one is required: escalatie-stap-onvolledig reports it) and `email` (the schema rejects `TODO`
 * as an e-mail address already) — one finding per mistake.
 */
const AFSPRAAK_DETAILS = ['termijn', 'toelichting'];
const STAP_DETAILS = ['niveau', 'toelichting'];
const INSTRUMENT_DETAILS = ['doel', 'toelichting'];
const CONTACT_DETAILS = ['naam', 'functie', 'telefoon'];

interface Item {
  map: PlainMap;
  path: PathSegment[];
  details: readonly string[];
  /** Completes "De termijn … is nog niet ingevuld", e.g. `bij escalatiestap 2`; built only when reported. */
  where: () => string;
  onderdeel: Onderdeel | null;
  /** What to remove instead of the detail itself, when the detail is what the item is about. */
  removeInstead?: Partial<Record<string, string>>;
}

export const detailPlaceholder = defineRule({
  id: 'detail-placeholder',
  severity: 'waarschuwing',
  titel: 'Bij een ingevulde afspraak, escalatiestap, instrument of contactpersoon staat nog een invulaanwijzing in een aanvullend veld.',
  hulp: 'Een aanvullend veld (termijn, toelichting, niveau, doel of een gegeven van een contactpersoon) bevat nog een invulaanwijzing of uitstel (`n.t.b.`, `volgt`, `zie bijlage …`). Vul het in, of haal het weg: deze velden zijn niet verplicht.',
  grondslag: null,
  run(context) {
    for (const item of [...afspraakGroups(context.data), ...escalatieStappen(context.data), ...instrumenten(context.data), ...contactpersonen(context.data)]) {
      for (const veld of item.details) reportIfPlaceholder(context, item, veld);
    }
  },
});

function reportIfPlaceholder(context: RuleContext, item: Item, veld: string): void {
  const value = item.map[veld];
  // A deferral (`termijn: volgt`) is left out of the document like a fill-in hint, so it is reported alike.
  const state = textState(value);
  if (state !== 'placeholder' && state !== 'uitstel') return;
  const naam = DETAIL_NAMES[veld] ?? `\`${veld}\``;
  const insteadOf = item.removeInstead?.[veld];
  const remedy = insteadOf
    ? `haal \`${insteadOf}\` weg zolang die nog niet bekend is`
    : `haal \`${veld}\` weg als ${naam.startsWith('het ') ? 'dat' : 'die'} niet nodig is`;
  context.report({
    path: [...item.path, veld],
    onderdeel: item.onderdeel,
    message: `${capitalised(naam)} ${item.where()} is nog niet ingevuld: er staat \`${quoted(value)}\`. Vul ${naam} in, of ${remedy}.`,
    at: 'value',
  });
}

/** Every `{ afspraak: … }` group under `afspraken` whose own text is filled in (a–g, i.acuut, j). */
function afspraakGroups(data: unknown): Item[] {
  const found: Item[] = [];
  // One path, extended and shortened as the walk goes; copied only for a group that is found.
  const path: PathSegment[] = ['afspraken'];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        path.push(index);
        visit(node[index]);
        path.pop();
      }
    }
    if (!isMap(node)) return;
    if (Object.hasOwn(node, 'afspraak')) {
      const onderdeel = onderdeelOfPath(path);
      // Outside a known onderdeel the key itself is wrong, and the schema says so.
      if (onderdeel !== null && textState(node.afspraak) === 'ingevuld') {
        found.push({ map: node, path: [...path], details: AFSPRAAK_DETAILS, where: () => `bij de afspraak "${quoted(node.afspraak)}"`, onderdeel });
      }
      return;
    }
    for (const key of Object.keys(node)) {
      path.push(key);
      visit(node[key]);
      path.pop();
    }
  };
  visit(getIn(data, ['afspraken']));
  return found;
}

function escalatieStappen(data: unknown): Item[] {
  const path = ['afspraken', 'i_escalatie', 'stappen'];
  const stappen = getIn(data, path);
  if (!Array.isArray(stappen)) return [];
  return stappen.flatMap((stap, index): Item[] =>
    isMap(stap) && textState(stap.wie) === 'ingevuld'
      ? [{ map: stap, path: [...path, index], details: STAP_DETAILS, where: () => `bij escalatiestap ${index + 1}`, onderdeel: 'i' }]
      : [],
  );
}

function instrumenten(data: unknown): Item[] {
  const path = ['afspraken', 'h_methoden_en_instrumenten'];
  const list = getIn(data, path);
  if (!Array.isArray(list)) return [];
  return list.flatMap((instrument, index): Item[] =>
    isMap(instrument) && textState(instrument.naam) === 'ingevuld'
      ? [{ map: instrument, path: [...path, index], details: INSTRUMENT_DETAILS, where: () => `bij het instrument ${nameOf(instrument.naam)}`, onderdeel: 'h' }]
      : [],
  );
}

/** Contact persons of partners that are themselves named; like `ondertekenaar`, they belong to no onderdeel. */
function contactpersonen(data: unknown): Item[] {
  const partners: Array<[unknown, PathSegment[]]> = FIXED_PARTNERS.map((key) => [getIn(data, ['partners', key]), ['partners', key]]);
  const gi = getIn(data, ['partners', 'gi']);
  if (Array.isArray(gi)) gi.forEach((entry, index) => partners.push([entry, ['partners', 'gi', index]]));
  return partners.flatMap(([partner, path]): Item[] =>
    isMap(partner) && textState(partner.naam) === 'ingevuld' && isMap(partner.contactpersoon)
      ? [
          {
            map: partner.contactpersoon,
            path: [...path, 'contactpersoon'],
            details: CONTACT_DETAILS,
            where: () => `van de contactpersoon van ${nameOf(partner.naam)}`,
            onderdeel: null,
            removeInstead: { naam: 'contactpersoon' },
          },
        ]
      : [],
  );
}

function nameOf(value: unknown): string {
  return (text(value) ?? '').trim();
}

function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

import { leidraadQuote } from '../domain/onderdelen.js';
import { getIn, isMap } from '../domain/data-access.js';
import { defineRule } from './define-rule.js';
import { declaredGiIds, FIXED_PARTNERS, PARTNER_NAMES, refCovers } from '../domain/partner-refs.js';

const H = ['afspraken', 'h_methoden_en_instrumenten'];

export const instrumentenOntbreken = defineRule({
  id: 'instrumenten-ontbreken',
  severity: 'fout',
  titel: 'Er is geen overzicht van methoden en instrumenten (onderdeel h).',
  hulp: 'Onderdeel h vraagt een overzicht van de erkende methoden en instrumenten die elke organisatie gebruikt, voor eenduidige taal.',
  grondslag: 'h',
  run(context) {
    const list = getIn(context.data, H);
    if (Array.isArray(list) && list.length > 0) return;
    context.report({ path: H, onderdeel: 'h', message: `Onderdeel h (methoden en instrumenten) ontbreekt of is leeg. ${leidraadQuote('h')}` });
  },
});

export const instrumentPerOrganisatie = defineRule({
  id: 'instrument-per-organisatie',
  severity: 'fout',
  titel: 'Voor een organisatie staat geen enkele methode of instrument in het overzicht van onderdeel h.',
  hulp: 'Noem voor elke organisatie (lokaal team, Veilig Thuis, RvdK, GI) ten minste één methode of instrument.',
  grondslag: 'h',
  run(context) {
    const list = getIn(context.data, H);
    if (!Array.isArray(list) || list.length === 0) return;
    const refs = list
      .filter(isMap)
      .flatMap((item) => (Array.isArray(item.gebruikt_door) ? item.gebruikt_door : [item.gebruikt_door]))
      .filter((ref): ref is string => typeof ref === 'string');
    const organisaties: Array<[string, string, (ref: string) => boolean]> = FIXED_PARTNERS.map((key) => [
      key,
      PARTNER_NAMES[key],
      (ref) => refCovers(ref, key),
    ]);
    const giIds = declaredGiIds(context.data);
    // No GI declared (partner-ontbreekt says so): any GI reference counts.
    if (giIds.length === 0) organisaties.push(['gi', 'de GI', (ref) => ref === 'gi' || ref.startsWith('gi.')]);
    for (const id of giIds) organisaties.push([`gi.${id}`, giNaam(context.data, id), (ref) => refCovers(ref, `gi.${id}`)]);
    for (const [ref, naam, covers] of organisaties) {
      if (refs.some(covers)) continue;
      context.report({
        path: H,
        onderdeel: 'h',
        message: `In het overzicht van methoden en instrumenten staat niets dat ${naam} gebruikt. Voeg een instrument toe met \`gebruikt_door: [${ref}]\`.`,
      });
    }
  },
});

/** "Jeugdbescherming Toets (gi.jbt)" reads better than the bare id. */
function giNaam(data: unknown, id: string): string {
  const gi = getIn(data, ['partners', 'gi']);
  const entry = Array.isArray(gi) ? gi.find((g) => isMap(g) && g.id === id) : undefined;
  const naam = isMap(entry) && typeof entry.naam === 'string' && entry.naam.trim() ? entry.naam.trim() : undefined;
  return naam ? `${naam} (gi.${id})` : `GI ${id}`;
}

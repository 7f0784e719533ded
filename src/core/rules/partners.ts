import { getIn, isMap } from '../domain/data-access.js';
import { closeOption } from '../domain/close-option.js';
import { textState } from '../domain/afspraak-text.js';
import { defineRule } from './define-rule.js';
import { perData } from './per-data.js';
import { declaredGiIds, declaredOverigIds, FIXED_PARTNERS, PARTNER_NAMES, partnerRefUses, type PartnerRefUse, refCovers } from '../domain/partner-refs.js';

/** partner-onbekend and gi-zonder-afspraken read the same references. */
const refUsesOf = perData((data): readonly PartnerRefUse[] => partnerRefUses(data));

export const partnerOntbreekt = defineRule({
  id: 'partner-ontbreekt',
  severity: 'fout',
  titel: 'Een van de vier partners van §6c (lokaal team, Veilig Thuis, RvdK, GI) is niet beschreven.',
  hulp: "De afspraken gaan over vier partners: lokaal team, Veilig Thuis, de Raad voor de Kinderbescherming en de GI('s). Beschrijf ze allemaal onder `partners`.",
  grondslag: 'voorwaarde.aansluiting',
  run(context) {
    for (const key of FIXED_PARTNERS) {
      const partner = getIn(context.data, ['partners', key]);
      if (!isMap(partner) || textState(partner.naam) !== 'ingevuld') {
        context.report({
          path: isMap(partner) ? ['partners', key, 'naam'] : ['partners', key],
          onderdeel: 'voorwaarde.aansluiting',
          message: `De naam van ${PARTNER_NAMES[key]} ontbreekt onder \`partners.${key}\`.`,
        });
      }
    }
    const gi = getIn(context.data, ['partners', 'gi']);
    if (!Array.isArray(gi) || gi.length === 0) {
      context.report({
        path: ['partners', 'gi'],
        onderdeel: 'voorwaarde.aansluiting',
        message: 'Er is geen gecertificeerde instelling (GI) beschreven onder `partners.gi`.',
      });
      return;
    }
    gi.forEach((entry, index) => {
      if (!isMap(entry) || textState(entry.naam) !== 'ingevuld') {
        context.report({ path: ['partners', 'gi', index], onderdeel: 'voorwaarde.aansluiting', message: `De naam van GI nr. ${index + 1} ontbreekt.` });
      }
    });
  },
});

export const partnerZonderNaam = defineRule({
  id: 'partner-zonder-naam',
  severity: 'fout',
  titel: 'Een verdere partner (`partners.overig`) heeft geen naam.',
  hulp: 'Een verdere partner staat in de tabel met partijen en tekent de afspraken, dus het document heeft haar naam nodig. Vul `naam` in of haal de partner weg.',
  grondslag: 'voorwaarde.aansluiting',
  run(context) {
    const overig = getIn(context.data, ['partners', 'overig']);
    if (!Array.isArray(overig)) return;
    overig.forEach((entry, index) => {
      // Without an id it is no partner yet (the schema reports that), so the document does not show it.
      if (!isMap(entry) || typeof entry.id !== 'string' || textState(entry.naam) === 'ingevuld') return;
      context.report({
        path: Object.hasOwn(entry, 'naam') ? ['partners', 'overig', index, 'naam'] : ['partners', 'overig', index],
        onderdeel: 'voorwaarde.aansluiting',
        message: `De naam van de verdere partner \`${entry.id}\` (nr. ${index + 1} onder \`partners.overig\`) ontbreekt; het document toont daar [nog af te spreken].`,
      });
    });
  },
});

export const partnerOnbekend = defineRule({
  id: 'partner-onbekend',
  severity: 'fout',
  titel: 'Een afspraak verwijst naar een partner die niet onder `partners` staat.',
  hulp: 'Een afspraak noemt een partner (bijvoorbeeld `gi.jbrv`) die niet onder `partners` staat. Voeg de partner toe of verbeter de verwijzing.',
  grondslag: 'voorwaarde.aansluiting',
  run(context) {
    // A partner that is missing altogether is one partner-ontbreekt finding; its every mention
    // would repeat it (a base file mentions the lokaal team a dozen times). What remains is a
    // reference to a GI id that does not exist: a typo at each place it stands.
    const giIds = declaredGiIds(context.data);
    const overigIds = declaredOverigIds(context.data);
    for (const use of refUsesOf(context.data)) {
      const { ref } = use;
      if (ref.startsWith('partner.')) {
        if (overigIds.includes(ref.slice(8))) continue;
        const bekend =
          overigIds.length > 0
            ? ` Bekende verdere partners: ${[...new Set(overigIds)].map((id) => `partner.${id}`).join(', ')}.`
            : ' Er staan nog geen verdere partners onder `partners.overig`.';
        context.report({
          path: use.path,
          onderdeel: 'voorwaarde.aansluiting',
          message: `\`${ref}\` verwijst naar een partner die niet onder \`partners.overig\` staat.${bekend}`,
          at: 'value',
        });
        continue;
      }
      if (giIds.length === 0 || !ref.startsWith('gi.') || giIds.includes(ref.slice(3))) continue;
      const meant = closeOption(ref.slice(3), giIds);
      const known = `${meant ? ` Bedoelde u \`gi.${meant}\`?` : ''} Bekende GI's: ${giIds.map((id) => `gi.${id}`).join(', ')}.`;
      context.report({
        path: use.path,
        onderdeel: 'voorwaarde.aansluiting',
        message: `\`${ref}\` verwijst naar een GI die niet onder \`partners.gi\` staat.${known}`,
        at: 'value',
      });
    }
  },
});

export const giZonderAfspraken = defineRule({
  id: 'gi-zonder-afspraken',
  severity: 'waarschuwing',
  titel: 'Een GI staat onder `partners` maar komt in geen enkele afspraak voor.',
  hulp: 'Een GI die onder `partners` staat maar in geen afspraak voorkomt, sluit vermoedelijk niet naadloos aan. Noem haar in de afspraken of haal haar weg.',
  grondslag: 'voorwaarde.aansluiting',
  run(context) {
    const uses = refUsesOf(context.data);
    const hasGiAdvies = getIn(context.data, ['afspraken', 'a_advies_en_ondersteuning', 'gi']) != null;
    const gi = getIn(context.data, ['partners', 'gi']);
    if (!Array.isArray(gi)) return;
    gi.forEach((entry, index) => {
      if (!isMap(entry) || typeof entry.id !== 'string') return;
      const id = entry.id;
      // With a single GI, the general GI agreements (a, g) are about that GI by definition.
      const coveredByGeneral = gi.length === 1 && hasGiAdvies;
      if (coveredByGeneral || uses.some((use) => refCovers(use.ref, `gi.${id}`))) return;
      context.report({
        path: ['partners', 'gi', index, 'id'],
        onderdeel: 'voorwaarde.aansluiting',
        message: `GI \`${id}\` komt in geen enkele afspraak voor. Noem haar bij \`verantwoordelijk\` of \`gebruikt_door\` (als \`gi\` of \`gi.${id}\`), zodat de afspraken ook voor deze GI naadloos aansluiten.`,
      });
    });
  },
});

export const partnerDubbelId = defineRule({
  id: 'partner-dubbel-id',
  severity: 'fout',
  titel: 'Twee verdere partners hebben hetzelfde id, zodat `partner.<id>` niet eenduidig is.',
  hulp: 'Geef elke verdere partner onder `partners.overig` een eigen `id`, zodat `partner.<id>` in een afspraak precies één partner aanwijst.',
  grondslag: 'voorwaarde.aansluiting',
  run(context) {
    const overig = getIn(context.data, ['partners', 'overig']);
    if (!Array.isArray(overig)) return;
    const seen = new Set<string>();
    overig.forEach((entry, index) => {
      const id = isMap(entry) ? entry.id : undefined;
      if (typeof id !== 'string') return;
      if (seen.has(id))
        context.report({
          path: ['partners', 'overig', index, 'id'],
          onderdeel: 'voorwaarde.aansluiting',
          message: `Het id \`${id}\` wordt door twee verdere partners gebruikt. Geef elke partner een eigen id.`,
          at: 'value',
        });
      seen.add(id);
    });
  },
});

export const giDubbelId = defineRule({
  id: 'gi-dubbel-id',
  severity: 'fout',
  titel: "Twee GI's hebben hetzelfde id, zodat `gi.<id>` niet eenduidig is.",
  hulp: 'Geef elke GI een eigen `id`, zodat `gi.<id>` in een afspraak precies één GI aanwijst.',
  grondslag: 'voorwaarde.aansluiting',
  run(context) {
    const gi = getIn(context.data, ['partners', 'gi']);
    if (!Array.isArray(gi)) return;
    const seen = new Set<string>();
    gi.forEach((entry, index) => {
      const id = isMap(entry) ? entry.id : undefined;
      if (typeof id !== 'string') return;
      if (seen.has(id))
        context.report({
          path: ['partners', 'gi', index, 'id'],
          onderdeel: 'voorwaarde.aansluiting',
          message: `Het id \`${id}\` wordt door twee GI's gebruikt. Geef elke GI een eigen id.`,
          at: 'value',
        });
      seen.add(id);
    });
  },
});

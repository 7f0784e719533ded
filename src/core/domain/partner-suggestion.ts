import { closeOption } from './close-option.js';
import { getIn, isMap } from './data-access.js';
import { declaredGiIds, FIXED_PARTNERS, declaredOverigIds } from './partner-refs.js';

/**
 * What a partner written as a name most likely refers to: `wijkteam` → `lokaal_team`,
 * `Veilig Thuis` → `veilig_thuis`, the name of one of the file's own GIs → `gi.<id>`. The file's
 * own names come first, so a GI called "Jeugdbescherming Noord" is that GI and not all GIs.
 */
const SYNONYMS: Record<string, readonly string[]> = {
  lokaal_team: [
    'wijkteam',
    'sociaal wijkteam',
    'lokaal team',
    'lokale team',
    'het lokaal team',
    'het wijkteam',
    'buurtteam',
    'jeugdteam',
    'sociaal team',
    'gebiedsteam',
    'jeugd en gezinsteam',
    'lt',
  ],
  veilig_thuis: ['veilig thuis', 'veiligthuis', 'vt', 'shvt'],
  rvdk: ['raad', 'de raad', 'rvdk', 'rvk', 'raad voor de kinderbescherming', 'de raad voor de kinderbescherming', 'kinderbescherming'],
  gi: ['gi', 'gis', 'de gi', 'gecertificeerde instelling', 'gecertificeerde instellingen', 'de gecertificeerde instelling'],
  gemeente: ['gemeente', 'de gemeente', 'college', 'het college'],
};

export function partnerSuggestion(written: string, data: unknown): string | undefined {
  const wanted = normalise(written);
  if (wanted === '') return undefined;
  const giIds = declaredGiIds(data);
  for (const id of giIds) {
    if ([normalise(id), normalise(`gi ${id}`)].includes(wanted)) return `gi.${id}`;
  }
  const gi = getIn(data, ['partners', 'gi']);
  if (Array.isArray(gi)) {
    for (const entry of gi) {
      if (isMap(entry) && typeof entry.id === 'string' && typeof entry.naam === 'string' && normalise(entry.naam) === wanted) return `gi.${entry.id}`;
    }
  }
  for (const key of FIXED_PARTNERS) {
    const naam = getIn(data, ['partners', key, 'naam']);
    if (typeof naam === 'string' && normalise(naam) === wanted) return key;
  }
  for (const [ref, names] of Object.entries(SYNONYMS)) if (names.includes(wanted)) return ref;
  const overig = getIn(data, ['partners', 'overig']);
  if (Array.isArray(overig)) {
    for (const entry of overig) {
      if (
        isMap(entry) &&
        typeof entry.id === 'string' &&
        ((typeof entry.naam === 'string' && normalise(entry.naam) === wanted) || normalise(entry.id) === wanted)
      )
        return `partner.${entry.id}`;
    }
  }
  const valid = [...FIXED_PARTNERS, 'gi', 'gemeente', ...giIds.map((id) => `gi.${id}`), ...declaredOverigIds(data).map((id) => `partner.${id}`)];
  return closeOption(written.trim().toLowerCase(), valid);
}

/** How a partner reference may be written, with the file's own GI ids as the example. */
export function partnerRefForms(data: unknown): string {
  const giIds = declaredGiIds(data);
  const oneGi =
    giIds.length > 0
      ? `gi.<id> (één GI: ${giIds
          .slice(0, 4)
          .map((id) => `gi.${id}`)
          .join(', ')}${giIds.length > 4 ? ' …' : ''})`
      : 'gi.<id> (één GI, met het id uit `partners.gi`)';
  const overig = declaredOverigIds(data);
  const further =
    overig.length > 0
      ? `partner.<id> (een verdere partner: ${overig
          .slice(0, 4)
          .map((id) => `partner.${id}`)
          .join(', ')}${overig.length > 4 ? ' …' : ''})`
      : 'partner.<id> (een verdere partner uit `partners.overig`)';
  return `lokaal_team, veilig_thuis, rvdk, gi (alle GI's), ${oneGi}, ${further} of gemeente`;
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[\s._-]+/g, ' ')
    .trim();
}

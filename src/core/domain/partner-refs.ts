import type { PathSegment } from '../../findings.js';
import { getIn, isMap } from './data-access.js';

export const FIXED_PARTNERS = ['lokaal_team', 'veilig_thuis', 'rvdk'] as const;
export type FixedPartner = (typeof FIXED_PARTNERS)[number];

/** The fixed partners as a sentence names them: "De naam van ${…} ontbreekt". */
export const PARTNER_NAMES: Record<FixedPartner, string> = {
  lokaal_team: 'het lokaal team',
  veilig_thuis: 'Veilig Thuis',
  rvdk: 'de Raad voor de Kinderbescherming',
};

export interface PartnerRefUse {
  ref: string;
  path: PathSegment[];
}

/** Every partner reference in the agreements: `verantwoordelijk` anywhere and `gebruikt_door` in h; `van` and `naar` of informatiedeling. */
export function partnerRefUses(data: unknown): PartnerRefUse[] {
  const uses: PartnerRefUse[] = [];
  const visit = (node: unknown, path: PathSegment[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (!isMap(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'verantwoordelijk' || key === 'gebruikt_door') {
        const refs = Array.isArray(value) ? value : [value];
        refs.forEach((ref, index) => {
          if (typeof ref === 'string') uses.push({ ref, path: Array.isArray(value) ? [...path, key, index] : [...path, key] });
        });
      } else {
        visit(value, [...path, key]);
      }
    }
  };
  visit(getIn(data, ['afspraken']), ['afspraken']);
  const stromen = getIn(data, ['informatiedeling', 'stromen']);
  if (Array.isArray(stromen)) {
    stromen.forEach((entry, index) => {
      if (!isMap(entry)) return;
      for (const key of ['van', 'naar']) {
        const value = entry[key];
        const refs = Array.isArray(value) ? value : [value];
        refs.forEach((ref, at) => {
          if (typeof ref === 'string') uses.push({ ref, path: ['informatiedeling', 'stromen', index, key, ...(Array.isArray(value) ? [at] : [])] });
        });
      }
    });
  }
  return uses;
}

export function declaredGiIds(data: unknown): string[] {
  const gi = getIn(data, ['partners', 'gi']);
  if (!Array.isArray(gi)) return [];
  return gi
    .filter(isMap)
    .map((entry) => entry.id)
    .filter((id): id is string => typeof id === 'string');
}

/** The ids of the further partners (`partners.overig`), referred to as `partner.<id>`. */
export function declaredOverigIds(data: unknown): string[] {
  const overig = getIn(data, ['partners', 'overig']);
  if (!Array.isArray(overig)) return [];
  return overig
    .filter(isMap)
    .map((entry) => entry.id)
    .filter((id): id is string => typeof id === 'string');
}

/**
 * Whether a reference (`verantwoordelijk`, `gebruikt_door`) names a partner (`lokaal_team`,
 * `veilig_thuis`, `rvdk` or `gi.<id>`): plain `gi` names every GI, `gi.<id>` one of them.
 */
export function refCovers(ref: string, partner: string): boolean {
  return ref === partner || (ref === 'gi' && partner.startsWith('gi.'));
}

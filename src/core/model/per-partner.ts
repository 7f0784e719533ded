import type { Onderdeel } from '../../findings.js';
import { refCovers } from '../rules/partner-refs.js';
import type { Afspraak, AgreementsModel, OnderdeelAfspraken, PartnerKey } from './types.js';

type Relation = 'veilig_thuis' | 'rvdk' | 'gi';

/**
 * Which onderdelen go into the document of which partner relation (lokaal team ↔ partner).
 * "alle": in every partner document, keeping only the agreements that concern that partner.
 * h and i are "alle" too, but the model carries them as `instrumenten` and `escalatie`, filtered in
 * selectForPartner: the instruments the lokaal team or that partner uses, the whole escalation
 * ladder, and the acute agreements that concern that partner.
 */
export const PARTNER_ONDERDELEN: Record<Onderdeel, Relation[] | 'alle' | 'geen'> = {
  a: 'alle',
  'b.i': ['veilig_thuis'],
  'b.ii': ['rvdk'],
  c: 'alle',
  'd.i': 'alle',
  'd.ii': ['veilig_thuis'],
  'd.iii': 'alle',
  'd.iv': 'alle',
  'd.v': ['veilig_thuis'],
  e: ['rvdk'],
  f: ['rvdk'],
  g: ['gi'],
  h: 'alle',
  i: 'alle',
  j: 'alle',
  'voorwaarde.visie': 'alle',
  'voorwaarde.aansluiting': 'alle',
  'voorwaarde.evaluatie': 'alle',
};

function relationOf(key: PartnerKey): Relation | null {
  if (key === 'veilig_thuis' || key === 'rvdk') return key;
  return key.startsWith('gi.') ? 'gi' : null;
}

/**
 * An agreement concerns a partner when no one is named, when the partner is named, or when only
 * the lokaal team and/or the gemeente are named (their own duties hold towards every partner).
 */
export function concerns(afspraak: Afspraak, key: PartnerKey): boolean {
  const named = afspraak.verantwoordelijkRefs;
  if (named.length === 0) return true;
  if (named.some((ref) => refCovers(ref, key))) return true;
  return named.every((ref) => ref === 'lokaal_team' || ref === 'gemeente');
}

function filterOnderdeel(onderdeel: OnderdeelAfspraken, key: PartnerKey, relation: Relation): OnderdeelAfspraken {
  const onderwerpen = onderdeel.onderwerpen
    .filter((onderwerp) => onderwerp.partner === null || onderwerp.partner === relation)
    .map((onderwerp) => ({ ...onderwerp, afspraken: onderwerp.afspraken.filter((afspraak) => concerns(afspraak, key)) }))
    .filter((onderwerp) => onderwerp.afspraken.length > 0);
  return { ...onderdeel, onderwerpen };
}

/** The part of the agreements that holds between the lokaal team and one partner. Pure. */
export function selectForPartner(model: AgreementsModel, key: PartnerKey): AgreementsModel {
  const relation = relationOf(key);
  if (!relation) throw new Error(`Geen partnerrelatie voor ${key}`);
  const onderdelen = model.onderdelen
    .filter((onderdeel) => {
      const where = PARTNER_ONDERDELEN[onderdeel.onderdeel];
      return where === 'alle' || (Array.isArray(where) && where.includes(relation));
    })
    .map((onderdeel) => filterOnderdeel(onderdeel, key, relation));
  return {
    ...model,
    partners: model.partners.filter((p) => p.key === 'lokaal_team' || p.key === key),
    onderdelen,
    instrumenten: model.instrumenten.filter((i) => i.gebruiktDoorRefs.some((ref) => ref === 'lokaal_team' || refCovers(ref, key))),
    escalatie: { ...model.escalatie, acuut: model.escalatie.acuut.filter((a) => concerns(a, key)) },
  };
}

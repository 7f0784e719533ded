import type { Onderdeel } from '../../findings.js';
import { isMap } from './data-access.js';
import { refCovers } from './partner-refs.js';

/**
 * Which onderdeel goes into which partner document, and when an agreement covers a partner: the
 * one place that the per-partner documents (core/model/per-partner.ts), the coverage rules
 * (rules/partner-dekking.ts) and the README table ("Welk onderdeel in welk partnerdocument",
 * generated from PARTNER_ROUTES) all read.
 */

/**
 * The relations the lokaal team has, one per-partner document each (one per GI): the three of §6c,
 * and `partner` for a further partner (`partners.overig`, referred to as `partner.<id>`), which
 * gets a document when it asks for one (`eigen_document: true`). §6c asks agreements for the first
 * three only, so coverage (`dekking`) never applies to a further partner.
 */
export type Relation = 'veilig_thuis' | 'rvdk' | 'gi' | 'partner';
export const RELATIONS: readonly Relation[] = ['veilig_thuis', 'rvdk', 'gi', 'partner'];

/** A partner with its own document: `veilig_thuis`, `rvdk`, `gi.<id>` or `partner.<id>`. */
export type PartnerDocumentKey = 'veilig_thuis' | 'rvdk' | `gi.${string}` | `partner.${string}`;

export interface PartnerRoute {
  /**
   * `alle`: in every partner document, with only the agreements that concern that partner. A list:
   * the onderdeel is about these partners, so their documents get all its agreements (except
   * agreements of one GI in the document of another). Elsewhere an agreement still goes where its
   * `verantwoordelijk` names a partner.
   */
  naar: 'alle' | readonly Relation[];
  /**
   * How firmly the leidraad asks an agreement for each of these partners: `fout` where it names them
   * all ("zowel … als", or a list without "of"), `waarschuwing` where it says "en/of", null where
   * it names none. For a, each partner has required topics of its own; with more than one GI, an
   * agreement there that names one GI does not cover the others.
   */
  dekking: 'fout' | 'waarschuwing' | null;
  /** Onderdeel a is split into topics per partner: each topic goes to the document of its partner. */
  perOnderwerp?: true;
}

export const PARTNER_ROUTES: Record<Onderdeel, PartnerRoute> = {
  a: { naar: 'alle', dekking: 'fout', perOnderwerp: true },
  'b.i': { naar: ['veilig_thuis'], dekking: null },
  'b.ii': { naar: ['rvdk'], dekking: null },
  c: { naar: 'alle', dekking: 'fout' },
  'd.i': { naar: 'alle', dekking: 'waarschuwing' },
  'd.ii': { naar: ['veilig_thuis'], dekking: null },
  'd.iii': { naar: 'alle', dekking: null },
  'd.iv': { naar: 'alle', dekking: 'waarschuwing' },
  'd.v': { naar: ['veilig_thuis'], dekking: null },
  e: { naar: ['rvdk'], dekking: null },
  f: { naar: ['rvdk'], dekking: null },
  // g is about "de GI": with more than one GI, each needs an agreement of its own (or one for `gi`).
  g: { naar: ['gi'], dekking: 'fout' },
  h: { naar: 'alle', dekking: null },
  i: { naar: 'alle', dekking: null },
  j: { naar: 'alle', dekking: null },
  'voorwaarde.visie': { naar: 'alle', dekking: null },
  'voorwaarde.aansluiting': { naar: 'alle', dekking: null },
  'voorwaarde.evaluatie': { naar: 'alle', dekking: null },
};

/** The relation of a partner or a reference: `gi` and `gi.<id>` → gi, `partner.<id>` → partner; lokaal_team and gemeente have none. */
export function relationOf(ref: string): Relation | null {
  if (ref === 'veilig_thuis' || ref === 'rvdk') return ref;
  if (ref.startsWith('partner.')) return 'partner';
  return ref === 'gi' || ref.startsWith('gi.') ? 'gi' : null;
}

/** Whether the leidraad asks agreements with this partner (§6c: VT, RvdK, GI), so that coverage applies. */
export function coverageApplies(key: PartnerDocumentKey): boolean {
  return relationOf(key) !== 'partner';
}

/** `verantwoordelijk` names this partner (`gi` names every GI). */
export function names(refs: readonly string[], key: PartnerDocumentKey): boolean {
  return refs.some((ref) => refCovers(ref, key));
}

/**
 * An agreement concerns a partner when no one is named, when the partner is named, or when only
 * the lokaal team and/or the gemeente are named (their own duties hold towards every partner).
 */
export function concerns(refs: readonly string[], key: PartnerDocumentKey): boolean {
  return refs.length === 0 || names(refs, key) || refs.every((ref) => relationOf(ref) === null);
}

/**
 * Whether an agreement goes into the document of a partner. `onderwerpPartner` is the partner a
 * topic of onderdeel a is about (null elsewhere). One rule for the documents and the coverage check.
 */
export function inPartnerDocument(onderdeel: Onderdeel, onderwerpPartner: Relation | null, refs: readonly string[], key: PartnerDocumentKey): boolean {
  if (names(refs, key)) return true;
  const relation = relationOf(key);
  const route = PARTNER_ROUTES[onderdeel];
  const about = onderwerpPartner ? [onderwerpPartner] : route.naar;
  if (about === 'alle') return concerns(refs, key);
  if (relation === null || !about.includes(relation)) return false;
  // About this partner: all of it, except what names another partner of the same kind (gi.jbrv for gi.wss).
  return !refs.some((ref) => relationOf(ref) === relation);
}

/** Whether the onderdeel belongs in a partner's document at all (before looking at agreements). */
export function routedTo(onderdeel: Onderdeel, key: PartnerDocumentKey): boolean {
  const route = PARTNER_ROUTES[onderdeel].naar;
  const relation = relationOf(key);
  return route === 'alle' || (relation !== null && route.includes(relation));
}

export interface AfspraakItem {
  /** The afspraak as a map (a plain text becomes `{ afspraak: text }`). */
  entry: Record<string, unknown>;
  /** Its `verantwoordelijk`, as a list of references. */
  refs: string[];
  /** Index in the topic's list, or null when the topic holds one afspraak (or none). */
  index: number | null;
}

export function refList(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((ref): ref is string => typeof ref === 'string' && ref.trim() !== '');
}

/**
 * A topic's value as agreements: one afspraak (text or map) or a list of them. Absent, null or an
 * empty list is one open afspraak that names no one: the documents show it as open, and it
 * concerns every partner. The documents and the coverage check both read topics through this.
 */
export function afspraakItems(value: unknown): AfspraakItem[] {
  if (Array.isArray(value) && value.length > 0) {
    return value.map((item, index) => {
      const entry: Record<string, unknown> = isMap(item) ? item : { afspraak: item };
      return { entry, refs: refList(entry.verantwoordelijk), index };
    });
  }
  const entry: Record<string, unknown> = isMap(value) ? value : { afspraak: Array.isArray(value) ? undefined : value };
  return [{ entry, refs: refList(entry.verantwoordelijk), index: null }];
}

/**
 * The partners (of those given) that an onderdeel's agreements leave out, where the leidraad asks
 * for them (PARTNER_ROUTES[onderdeel].dekking): no agreement of the onderdeel goes into their document.
 */
export function uncoveredPartners(
  onderdeel: Onderdeel,
  afspraken: ReadonlyArray<{ onderwerpPartner: Relation | null; refs: readonly string[] }>,
  partners: readonly PartnerDocumentKey[],
): PartnerDocumentKey[] {
  if (PARTNER_ROUTES[onderdeel].dekking === null) return [];
  return partners.filter(
    (key) => coverageApplies(key) && routedTo(onderdeel, key) && !afspraken.some((a) => inPartnerDocument(onderdeel, a.onderwerpPartner, a.refs, key)),
  );
}

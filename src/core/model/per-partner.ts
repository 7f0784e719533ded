import type { Finding, PathSegment } from '../../findings.js';
import {
  concerns as concernsRefs,
  coverageApplies,
  inPartnerDocument,
  PARTNER_ROUTES,
  refList,
  relationOf,
  routedTo,
  type PartnerDocumentKey,
} from '../domain/partner-coverage.js';
import { getIn, isMap } from '../domain/data-access.js';
import { coverageGaps } from '../rules/partner-dekking.js';
import { REQUIRED_ONDERDELEN } from '../domain/required-afspraken.js';
import { refCovers } from '../domain/partner-refs.js';
import type { Afspraak, AgreementsModel, OnderdeelAfspraken, PartnerKey } from './types.js';

/** See core/domain/partner-coverage.ts: the one definition of when an agreement concerns a partner. */
export function concerns(afspraak: Afspraak, key: PartnerDocumentKey): boolean {
  return concernsRefs(afspraak.verantwoordelijkRefs, key);
}

/**
 * The onderdeel as the partner's document shows it: the agreements that go into that document
 * (core/domain/partner-coverage.ts), or null to leave it out. An onderdeel the partner belongs in but
 * with no agreement for it stays, empty, where the leidraad asks one (the document shows it as
 * open and `partner-niet-gedekt` reports it); elsewhere it is left out.
 */
function forPartner(onderdeel: OnderdeelAfspraken, key: PartnerDocumentKey): OnderdeelAfspraken | null {
  const onderwerpen = onderdeel.onderwerpen
    .map((onderwerp) => ({
      ...onderwerp,
      afspraken: onderwerp.afspraken.filter((a) => inPartnerDocument(onderdeel.onderdeel, onderwerp.partner, a.verantwoordelijkRefs, key)),
    }))
    .filter((onderwerp) => onderwerp.afspraken.length > 0);
  if (onderwerpen.length > 0) return { ...onderdeel, onderwerpen };
  const route = PARTNER_ROUTES[onderdeel.onderdeel];
  return route.dekking === 'fout' && coverageApplies(key) && routedTo(onderdeel.onderdeel, key) ? { ...onderdeel, onderwerpen: [] } : null;
}

/**
 * The part of the agreements that holds between the lokaal team and one partner. Pure. Nothing
 * that names the partner is lost: an agreement whose `verantwoordelijk` names it goes into its
 * document whatever onderdeel it is in; instruments go in when the lokaal team or the partner
 * uses them (or no user is named).
 */
export function selectForPartner(model: AgreementsModel, key: PartnerKey): AgreementsModel {
  if (key === 'lokaal_team' || relationOf(key) === null) throw new Error(`Geen partnerrelatie voor ${key}`);
  return {
    ...model,
    partners: model.partners.filter((p) => p.key === 'lokaal_team' || p.key === key),
    onderdelen: model.onderdelen.map((onderdeel) => forPartner(onderdeel, key)).filter((o): o is OnderdeelAfspraken => o !== null),
    instrumenten: model.instrumenten.filter(
      (i) => i.gebruiktDoorRefs.length === 0 || i.gebruiktDoorRefs.some((ref) => ref === 'lokaal_team' || refCovers(ref, key)),
    ),
    escalatie: { ...model.escalatie, acuut: model.escalatie.acuut.filter((a) => inPartnerDocument('i', null, a.verantwoordelijkRefs, key)) },
    // Information that this partner gives or gets, or that only the lokaal team and the gemeente share.
    informatiedeling: { ...model.informatiedeling, stromen: model.informatiedeling.stromen.filter((stroom) => concernsRefs(stroom.refs, key)) },
  };
}

const COVERAGE_RULES = new Set(['partner-niet-gedekt', 'partner-niet-gedekt-en-of']);

/** The partner a finding about `partners.…` is about: a fixed partner, or the GI or further partner at that index. */
function partnerOfPath(path: readonly PathSegment[], data: unknown): string | null {
  if (path[0] !== 'partners' || path.length < 2) return null;
  if (path[1] !== 'gi' && path[1] !== 'overig') return String(path[1]);
  const prefix = path[1] === 'gi' ? 'gi' : 'partner';
  const entry = typeof path[2] === 'number' ? getIn(data, ['partners', path[1], path[2]]) : undefined;
  return isMap(entry) && typeof entry.id === 'string' ? `${prefix}.${entry.id}` : prefix;
}

/**
 * Whether a finding of `swa check` is an open point of this partner, for the appendix of its
 * concept document: what lies in an agreement or onderdeel that goes into its document, its own
 * details or the lokaal team's, and what belongs to everyone (h, i, the voorwaarden, the document).
 * The partners an onderdeel leaves out (partner-niet-gedekt) are recomputed, so each sees only its own gap.
 */
export function findingConcernsPartner(finding: Finding, key: PartnerDocumentKey, data: unknown): boolean {
  if (COVERAGE_RULES.has(finding.rule)) return coverageGaps(data).some((gap) => gap.onderdeel === finding.onderdeel && gap.missing.includes(key));
  const partner = partnerOfPath(finding.path, data);
  if (partner !== null) return partner === 'lokaal_team' || refCovers(partner, key);
  if (finding.rule === 'instrument-per-organisatie') {
    const ref = /gebruikt_door: \[([^\]]+)\]/.exec(finding.message)?.[1];
    return ref === undefined || ref === 'lokaal_team' || refCovers(ref, key);
  }
  const onderdeel = finding.onderdeel;
  if (onderdeel === null) return true;
  const topic = REQUIRED_ONDERDELEN.find((r) => r.onderdeel === onderdeel)?.afspraken.find((t) => t.path.every((segment, i) => finding.path[i] === segment));
  if (!topic) return routedTo(onderdeel, key);
  const index = finding.path[topic.path.length];
  const value = getIn(data, topic.path);
  const item = typeof index === 'number' && Array.isArray(value) ? value[index] : value;
  return inPartnerDocument(onderdeel, topic.partner ?? null, isMap(item) ? refList(item.verantwoordelijk) : [], key);
}

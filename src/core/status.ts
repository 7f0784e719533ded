import { isAtLeast, ONDERDELEN, type Finding, type Onderdeel, type OnderdeelStatus } from '../findings.js';
import { assessAfspraken } from './domain/afspraak-text.js';
import { getIn, isMap } from './domain/data-access.js';
import { MISSING_ONDERDEEL_RULES } from './rules/index.js';
import { REQUIRED_ONDERDELEN } from './domain/required-afspraken.js';

/** The voorwaarden have no required afspraken of their own: they are missing when their part of the file is. */
const VOORWAARDE_ABSENT: Partial<Record<Onderdeel, (data: unknown) => boolean>> = {
  'voorwaarde.aansluiting': (data) => {
    const partners = getIn(data, ['partners']);
    return !isMap(partners) || Object.values(partners).every((p) => p == null || (Array.isArray(p) && p.length === 0));
  },
  'voorwaarde.evaluatie': (data) => {
    const evaluatie = getIn(data, ['evaluatie']);
    return !isMap(evaluatie) || (evaluatie.frequentie == null && evaluatie.volgende == null);
  },
};

/**
 * Per onderdeel: `ontbreekt` when nothing real was agreed, `onvolledig` when something was but a
 * finding (fout or waarschuwing) remains, `compleet` otherwise.
 */
export function onderdeelStatuses(data: unknown, findings: readonly Finding[]): Record<Onderdeel, OnderdeelStatus> {
  const statuses = {} as Record<Onderdeel, OnderdeelStatus>;
  for (const onderdeel of ONDERDELEN) {
    const own = findings.filter((f) => f.onderdeel === onderdeel);
    const required = REQUIRED_ONDERDELEN.find((r) => r.onderdeel === onderdeel);
    const nothingAgreed = required
      ? !required.afspraken.some((a) => assessAfspraken(getIn(data, a.path), a.path).filled)
      : (VOORWAARDE_ABSENT[onderdeel]?.(data) ?? false);
    if (nothingAgreed || own.some((f) => MISSING_ONDERDEEL_RULES.has(f.rule))) statuses[onderdeel] = 'ontbreekt';
    else if (own.some((f) => isAtLeast(f.severity, 'waarschuwing'))) statuses[onderdeel] = 'onvolledig';
    else statuses[onderdeel] = 'compleet';
  }
  return statuses;
}

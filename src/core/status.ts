import { isAtLeast, ONDERDELEN, type Finding, type Onderdeel, type OnderdeelStatus } from '../findings.js';
import { assessAfspraken } from './rules/afspraak-text.js';
import { getIn } from './rules/data-access.js';
import { MISSING_ONDERDEEL_RULES } from './rules/index.js';
import { REQUIRED_ONDERDELEN } from './rules/required-afspraken.js';

/**
 * Per onderdeel: `ontbreekt` when nothing real was agreed, `onvolledig` when something was but a
 * finding (fout or waarschuwing) remains, `compleet` otherwise.
 */
export function onderdeelStatuses(data: unknown, findings: readonly Finding[]): Record<Onderdeel, OnderdeelStatus> {
  const statuses = {} as Record<Onderdeel, OnderdeelStatus>;
  for (const onderdeel of ONDERDELEN) {
    const own = findings.filter((f) => f.onderdeel === onderdeel);
    const required = REQUIRED_ONDERDELEN.find((r) => r.onderdeel === onderdeel);
    const nothingAgreed = required ? !required.afspraken.some((a) => assessAfspraken(getIn(data, a.path), a.path).filled) : false;
    if (nothingAgreed || own.some((f) => MISSING_ONDERDEEL_RULES.has(f.rule))) statuses[onderdeel] = 'ontbreekt';
    else if (own.some((f) => isAtLeast(f.severity, 'waarschuwing'))) statuses[onderdeel] = 'onvolledig';
    else statuses[onderdeel] = 'compleet';
  }
  return statuses;
}

import type { PathSegment } from '../../findings.js';
import { outlineAt } from './field-label.js';
import { closeOption } from './close-option.js';
import { getIn, isMap } from './data-access.js';

/**
 * Whether a missing key is there after all, misspelt (`wachtlijst:` for `wachtlijsten:`). The
 * schema already reports that key with "Bedoelde u `wachtlijsten`?"; saying the agreement is
 * missing as well would be a second finding for one mistake.
 */
export function isMisspeltThere(data: unknown, path: readonly PathSegment[]): boolean {
  const wanted = path.at(-1);
  const parent = getIn(data, path.slice(0, -1));
  if (typeof wanted !== 'string' || !isMap(parent)) return false;
  const known = Object.keys(outlineAt(path.slice(0, -1))?.properties ?? {});
  return Object.keys(parent).some((key) => !known.includes(key) && closeOption(key, known) === wanted);
}

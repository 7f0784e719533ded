import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * docx stamps "now" into docProps/core.xml and into every zip entry (STACK-NOTES); the same
 * overview of the same files should give the same bytes, so both become the overview's date.
 */
export function normaliseDocx(packed: Uint8Array, isoDate: string): Uint8Array {
  const entries = unzipSync(packed);
  const core = entries['docProps/core.xml'];
  if (core) {
    const stamp = `${isoDate}T00:00:00Z`;
    entries['docProps/core.xml'] = strToU8(
      strFromU8(core)
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`),
    );
  }
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  // fflate writes entry times from local components, so build the date from local components too.
  return zipSync(entries, { level: 6, mtime: new Date(year, month - 1, day, 12, 0, 0) });
}

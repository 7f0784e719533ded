import type { PartnerKey } from '../core/model/types.js';
import { giFileSlug, slug } from '../core/slug.js';

export function partnerSlug(key: PartnerKey): string {
  if (key === 'lokaal_team') return 'lokaal-team';
  if (key === 'veilig_thuis') return 'veilig-thuis';
  if (key === 'rvdk') return 'rvdk';
  return `gi-${giFileSlug(key.slice(3))}`;
}

/** `<gemeente>-samenwerkingsafspraken[-<partner>].docx`; the gemeente falls back to the input file's name. */
export function documentFileName(gemeente: string | null, inputFile: string, partner: PartnerKey | null): string {
  const base = slug(gemeente ?? '') || slug(inputFile.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '')) || 'gemeente';
  return `${base}-samenwerkingsafspraken${partner ? `-${partnerSlug(partner)}` : ''}.docx`;
}

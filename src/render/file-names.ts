import type { PartnerKey } from '../core/model/types.js';
import { fileName } from '../core/domain/file-name.js';
import { giFileSlug, slug } from '../core/domain/slug.js';

export function partnerSlug(key: PartnerKey): string {
  if (key === 'lokaal_team') return 'lokaal-team';
  if (key === 'veilig_thuis') return 'veilig-thuis';
  if (key === 'rvdk') return 'rvdk';
  // A further partner is known by its own id (politie, veiligheidsteam); a clash with another name gets -2.
  if (key.startsWith('partner.')) return giFileSlug(key.slice(8));
  return `gi-${giFileSlug(key.slice(3))}`;
}

/**
 * `<gemeente>-samenwerkingsafspraken[-<partner>].docx`; the gemeente falls back to the input file's
 * name. `partners` are all partners rendered for this gemeente: when two GI ids give the same slug
 * (`a_b` and `a-b`; check reports gi-bestandsnaam-dubbel) the later one gets `-2`, `-3`, so no
 * document of one GI can replace another's.
 */
export function documentFileName(
  gemeente: string | null,
  inputFile: string,
  partner: PartnerKey | null,
  partners: readonly (PartnerKey | null)[] = [],
): string {
  const base = slug(gemeente ?? '') || slug(fileName(inputFile).replace(/\.ya?ml$/i, '')) || 'gemeente';
  return `${base}-samenwerkingsafspraken${partner ? `-${uniquePartnerSlug(partner, partners)}` : ''}.docx`;
}

function uniquePartnerSlug(partner: PartnerKey, partners: readonly (PartnerKey | null)[]): string {
  // Names are handed out in render order, each partner taking the first one still free.
  const order = partners.includes(partner) ? partners : [...partners, partner];
  const taken = new Set<string>();
  for (const other of order) {
    if (other === null) continue;
    const own = partnerSlug(other);
    let name = own;
    for (let n = 2; taken.has(name); n++) name = `${own}-${n}`;
    taken.add(name);
    if (other === partner) return name;
  }
  return partnerSlug(partner);
}

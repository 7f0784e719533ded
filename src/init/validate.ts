import { slug } from '../core/domain/slug.js';

const CBS_CODE = /^GM[0-9]{4}$/;

export const CBS_CODE_UITLEG = 'Een CBS-gemeentecode is GM met vier cijfers, bijvoorbeeld GM0363.';

/** " gm0363 " → "GM0363"; null when it is not a CBS-gemeentecode. */
export function normaliseCbsCode(value: string): string | null {
  const code = value.trim().toUpperCase();
  return CBS_CODE.test(code) ? code : null;
}

/** inquirer-style validation: true, or the Dutch reason. Empty is allowed: not everyone knows the code. */
export function validateCbsCode(value: string): true | string {
  return value.trim() === '' || normaliseCbsCode(value) !== null ? true : `${CBS_CODE_UITLEG} Laat leeg als u die niet weet.`;
}

/** A file name from a gemeente's name: "Súdwest-Fryslân" → "sudwest-fryslan.yaml". */
export function fileNameFor(gemeente: string | undefined): string {
  return `${slug(gemeente ?? '') || 'samenwerkingsafspraken'}.yaml`;
}

/** "Gemeente Lindenhoeve" → "Lindenhoeve": the documents say "gemeente …" themselves. */
export function gemeenteNaam(answer: string | undefined): string {
  return (answer ?? '').trim().replace(/^gemeente\s+/i, '');
}

/**
 * A file-name part of only a–z, 0–9 and single hyphens ("Súdwest-Fryslân" → "sudwest-fryslan"):
 * it cannot hold a path or escape the chosen directory. Empty when nothing usable is left.
 */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

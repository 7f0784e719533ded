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

/**
 * The file-name part for one GI's own document (`…-gi-<this>.docx`). Ids that differ only in
 * characters a slug drops (`a_b` and `a-b`, case, or past 60 characters) give the same part; check
 * reports that (rule gi-bestandsnaam-dubbel), because one document would replace the other.
 */
export function giFileSlug(id: string): string {
  return slug(id) || 'instelling';
}

import type { PathSegment } from '../../findings.js';
import { schemaOutline, type SchemaOutline } from '../../generated/schema-outline.js';

/** The schema node (titles only) at a data path, or undefined where the schema has nothing. */
export function outlineAt(path: readonly PathSegment[], root: SchemaOutline = schemaOutline): SchemaOutline | undefined {
  let node: SchemaOutline | undefined = root;
  for (const segment of path) {
    node = typeof segment === 'number' ? node?.items : node?.properties?.[segment];
    if (!node) return undefined;
  }
  return node;
}

/** Names that keep their capital in the middle of a sentence. */
const PROPER_START = /^(Veilig Thuis|Raad|RvdK|GI|CBS|VNG)/;

/**
 * A field in words a beleidsmedewerker recognises: the schema's Dutch title with the key that is
 * in the file, e.g. "datum van het document (`datum`)" or "afspraak nr. 2 onder `wachtlijsten`".
 * Starts in lower case (for use inside a sentence) unless it starts with a name.
 */
export function fieldLabel(path: readonly PathSegment[], root: SchemaOutline = schemaOutline): string {
  const last = path.at(-1);
  if (last === undefined) return 'het bestand';
  // "Raad voor de Kinderbescherming (RvdK)" + " (`rvdk`)" would stack two parentheses.
  const title = outlineAt(path, root)?.title?.replace(/\s*\([^()]*\)$/, '');
  if (typeof last === 'number') {
    const parent = path.at(-2);
    const item = `${inSentence(title ?? 'regel')} nr. ${last + 1}`;
    return parent === undefined ? item : `${item} onder \`${String(parent)}\``;
  }
  const key = `\`${last}\``;
  if (!title || sameWords(title, last)) return key;
  return `${inSentence(title)} (${key})`;
}

function inSentence(title: string): string {
  if (/^[a-j](\.[iv]+)?\.? /.test(title)) return `onderdeel ${title}`;
  if (PROPER_START.test(title)) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

function sameWords(title: string, key: string): boolean {
  return title.toLowerCase() === key.replaceAll('_', ' ').toLowerCase();
}

/** For a label at the start of a message. */
export function capitalize(text: string): string {
  return text.startsWith('`') ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

import type { PathSegment } from '../../findings.js';
import { isMap, text } from './data-access.js';

/** Texts people put where an agreement still has to be made. */
const PLACEHOLDERS = new Set(['todo', 'tbd', 'fixme', 'n.t.b.', 'n.t.b', 'ntb', 'nog invullen', 'nog in te vullen', 'nog af te spreken', 'invullen', '...', '…', 'xxx', 'xx', 'x', '-', '--', '?', '??', '???', 'volgt', 'pm', 'p.m.']);
const LONGEST_PLACEHOLDER = Math.max(...[...PLACEHOLDERS].map((p) => p.length));
const PLACEHOLDER_START = /^(todo|fixme|tbd|n\.t\.b\.?|nog invullen|nog in te vullen|xxx)\b/i;

export type TextState = 'leeg' | 'placeholder' | 'ingevuld';

export function textState(value: unknown): TextState {
  const raw = text(value);
  if (raw === undefined) return 'leeg';
  const trimmed = raw.trim();
  if (trimmed === '') return 'leeg';
  // Every placeholder is short: lower-casing whole agreements (called often) only feeds the GC.
  if ((trimmed.length <= LONGEST_PLACEHOLDER && PLACEHOLDERS.has(trimmed.toLowerCase())) || PLACEHOLDER_START.test(trimmed)) return 'placeholder';
  return 'ingevuld';
}

/** The placeholder as the user typed it, shortened: "TODO afstemmen met de RvdK en …". */
export function quoted(value: unknown): string {
  const found = (text(value) ?? '').trim().replace(/\s+/g, ' ');
  return found.length > 40 ? `${found.slice(0, 40).trimEnd()}…` : found;
}

export interface AfspraakIssue {
  path: PathSegment[];
  state: Exclude<TextState, 'ingevuld'>;
}

/**
 * Assesses one topic's value: a single afspraak (text or `{ afspraak: … }`) or a list of them.
 * Returns the items that are empty or placeholders; `filled` says whether anything real is there.
 */
export function assessAfspraken(value: unknown, path: PathSegment[]): { filled: boolean; issues: AfspraakIssue[] } {
  if (Array.isArray(value)) {
    if (value.length === 0) return { filled: false, issues: [{ path, state: 'leeg' }] };
    const results = value.map((item, index) => assessAfspraak(item, [...path, index]));
    return { filled: results.some((r) => r === null), issues: results.filter((r): r is AfspraakIssue => r !== null) };
  }
  const issue = assessAfspraak(value, path);
  return { filled: issue === null, issues: issue ? [issue] : [] };
}

function assessAfspraak(value: unknown, path: PathSegment[]): AfspraakIssue | null {
  const [content, contentPath] = isMap(value) ? [value.afspraak, [...path, 'afspraak']] : [value, path];
  const state = textState(content);
  if (state === 'ingevuld') return null;
  return { path: isMap(value) && Object.hasOwn(value, 'afspraak') ? contentPath : path, state };
}

import jsYaml from 'js-yaml';

/**
 * Data without positions, about ten times faster than `yaml`'s parseDocument (measured: the
 * `yaml` parser is the dominant cost of checking a region; measured 76 ms against 780 ms for 342
 * files). Only a file without findings never needs positions, so a clean file is checked on this
 * data alone and `yaml` is consulted when something must be pointed at. Anything unusual takes the
 * exact path: a parse error (its wording and position come from `yaml`), an empty document, a
 * root that is not a map, and anchors or aliases (the alias-bomb guards live in the exact path).
 */
export function fastParse(text: string): { data: Record<string, unknown> } | undefined {
  if (hasAnchorOrAlias(text) || (hasDashOnlyLine(text) && hasEmptyListItem(text))) return undefined;
  if ((text.includes('?') && EXPLICIT_KEY.test(text)) || hasFlowKey(text, ']') || hasFlowKey(text, '}')) return undefined;
  try {
    // CORE_SCHEMA is YAML 1.2 core, as `yaml` parses by default: no timestamps, no yes/no booleans.
    const data: unknown = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? { data: data as Record<string, unknown> } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A line with only a list dash (and perhaps a comment); the root is a map, so never the first
 * line. The same answer as /\n[ \t]*-[ \t]*(?:#[^\n]*)?\r?(?:\n|$)/.test(text)
 * (test/core/load-pretests.test.ts), from the dashes only: measured 14 ms → 2 ms for 342 files (CPU profile).
 */
export function hasDashOnlyLine(text: string): boolean {
  for (let dash = text.indexOf('-'); dash !== -1; dash = text.indexOf('-', dash + 1)) {
    let before = dash - 1;
    while (text.charCodeAt(before) === SPACE || text.charCodeAt(before) === TAB) before -= 1;
    if (text.charCodeAt(before) !== LF) continue;
    let after = dash + 1;
    while (text.charCodeAt(after) === SPACE || text.charCodeAt(after) === TAB) after += 1;
    const next = text.charCodeAt(after);
    if (after === text.length || next === HASH || next === LF || (next === CR && (after + 1 === text.length || text.charCodeAt(after + 1) === LF))) return true;
  }
  return false;
}

/**
 * An empty list item (a dash with nothing after it or below it) followed by a dash that is less
 * indented: js-yaml 4 puts the items after it into the inner list, where `yaml` (and YAML) close
 * that list: `- a:\n  - x\n  -\n- y` is `[{a: [x, null]}, y]`, not `[{a: [x, null, y]}]`.
 */
function hasEmptyListItem(text: string): boolean {
  // From the end, so that the indent of the next line with content is known in one pass.
  const lines = text.split('\n');
  let nextIndent = -1;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]!;
    const dash = /^([ \t]*)-[ \t]*(?:#.*)?\r?$/.exec(line);
    if (dash && nextIndent >= 0 && nextIndent <= dash[1]!.length) return true;
    if (!/^[ \t]*(?:#.*)?\r?$/.test(line)) nextIndent = /^[ \t]*/.exec(line)![0].length;
  }
  return false;
}

/**
 * A key that may be a list or group: `? ` (an explicit key) or `]:`/`}:`. js-yaml turns such a key
 * into "a,b" or "[object Object]" (even `{[x]: 1}` into x); the exact path names the mistake.
 */
const EXPLICIT_KEY = /(?:^|\n)[ \t]*(?:-[ \t]+)*\?(?:[ \t]|\r?\n|$)/;

/**
 * `]:` or `}:` followed by a space, tab, line end or the end: the same answer as
 * /[\]}][ \t]*:(?:[ \t]|\r?\n|$)/ for one bracket, from the brackets only (flow lists such as
 * `[rvdk]` are common: the regular expression over the whole text cost 11 ms for 342 files).
 */
export function hasFlowKey(text: string, bracket: ']' | '}'): boolean {
  for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) {
    let after = at + 1;
    while (text.charCodeAt(after) === SPACE || text.charCodeAt(after) === TAB) after += 1;
    if (text.charCodeAt(after) !== COLON) continue;
    const next = text.charCodeAt(after + 1);
    if (after + 1 === text.length || next === SPACE || next === TAB || next === LF || (next === CR && text.charCodeAt(after + 2) === LF)) return true;
  }
  return false;
}

/**
 * `&name` or `*name` where YAML could read an anchor or alias: after a space, `[`, `{` or `,`, or
 * at a line start. The same answer as /(?:^|[\s[{,])[&*][^\s,[\]{}]/m.test(text)
 * (test/core/load-pretests.test.ts), from the `&` and `*` only: measured 21 ms → 2 ms for 342 files (CPU profile).
 */
export function hasAnchorOrAlias(text: string): boolean {
  return hasMark(text, '&') || hasMark(text, '*');
}

function hasMark(text: string, mark: '&' | '*'): boolean {
  for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (at > 0 && !isJsWhitespace(before) && before !== OPEN_BRACKET && before !== OPEN_BRACE && before !== COMMA) continue;
    const next = text.charCodeAt(at + 1);
    if (
      at + 1 < text.length &&
      !isJsWhitespace(next) &&
      next !== COMMA &&
      next !== OPEN_BRACKET &&
      next !== CLOSE_BRACKET &&
      next !== OPEN_BRACE &&
      next !== CLOSE_BRACE
    )
      return true;
  }
  return false;
}

/** What `\s` matches in a JavaScript regular expression. */
function isJsWhitespace(ch: number): boolean {
  if (ch < 128) return ch === SPACE || (ch >= TAB && ch <= CR);
  return (
    ch === 0xa0 ||
    ch === 0x1680 ||
    (ch >= 0x2000 && ch <= 0x200a) ||
    ch === 0x2028 ||
    ch === 0x2029 ||
    ch === 0x202f ||
    ch === 0x205f ||
    ch === 0x3000 ||
    ch === 0xfeff
  );
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const HASH = 35;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

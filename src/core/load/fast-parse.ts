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
  if (((text.includes('&') || text.includes('*')) && ANCHOR_OR_ALIAS.test(text)) || (DASH_ONLY.test(text) && hasEmptyListItem(text))) return undefined;
  if ((text.includes('?') && EXPLICIT_KEY.test(text)) || ((text.includes(']') || text.includes('}')) && FLOW_KEY.test(text))) return undefined;
  try {
    // CORE_SCHEMA is YAML 1.2 core, as `yaml` parses by default: no timestamps, no yes/no booleans.
    const data: unknown = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? { data: data as Record<string, unknown> } : undefined;
  } catch {
    return undefined;
  }
}

/** A line with only a list dash (and perhaps a comment); the root is a map, so never the first line. Not /^…$/m: slower in V8. */
const DASH_ONLY = /\n[ \t]*-[ \t]*(?:#[^\n]*)?\r?(?:\n|$)/;

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
const FLOW_KEY = /[\]}][ \t]*:(?:[ \t]|\r?\n|$)/;

/** `&name` or `*name` where YAML could read an anchor or alias: after a space, `[`, `{` or `,`, or at a line start. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,])[&*][^\s,[\]{}]/m;

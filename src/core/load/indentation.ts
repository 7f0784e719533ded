/**
 * Finds the line whose indentation is wrong, by following the block structure line by line.
 *
 * The `yaml` library reports a wrong indentation where it stops understanding the file: a line
 * indented one space too far makes the line before it a text with "a second colon", a tab makes
 * the correct lines after it "spring niet goed in". A person looks for the line that differs from
 * its siblings; so does this scanner. It is only consulted when the YAML does not parse, and only
 * speaks about keys and list items (`naam:`, `- …`), whose place in the structure is certain.
 */

type IndentProblemKind = 'tab' | 'gemengd' | 'te-ver' | 'te-weinig';

export interface IndentProblem {
  kind: IndentProblemKind;
  /** 1-based line number. */
  line: number;
  /** The leading whitespace as it stands. */
  found: string;
  /** Number of spaces the line should have. */
  expected: number;
  /** Another level that would also fit (a line exactly between two levels), if any. */
  alternative?: number;
  /** A line at the expected level, to name in the message. */
  sibling?: { line: number; label: string };
  /** For a tab: every indentation the line could have had (the levels open there, the child level). */
  candidates?: number[];
}

interface Level {
  indent: number;
  kind: 'map' | 'seq';
  line: number;
  label: string;
  /** A list at the same indentation as the key that owns it (`key:` then `- item`). */
  sameIndent?: boolean;
  /** Lines seen at this level, and the whitespace of the first (for a first child that is the odd one out). */
  count: number;
  firstWhitespace: string;
  /** The indentation of the key that opened this level's group. */
  firstChildOf?: number;
  /** For the group that starts on a list item's own line (`- naam: …`): that item's dash. */
  itemDash?: { column: number; level: Level };
}

type LineKind = 'key' | 'item' | 'text';

interface ValueShape {
  opensBlock: boolean;
  blockScalar: boolean;
  plain: boolean;
  /** Unclosed flow collection or quoted text continues on the next lines. */
  carry: CarryState;
}

interface CarryState {
  flowDepth: number;
  quote: '"' | "'" | null;
}

/** Lines the scanner looks at, at most (each line costs a little; the file is parsed again after). */
const MAX_LINES = 10_000;

const KEY = /^((?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]},&*!|>%@`?-][^#]*?|-[^\s#][^#]*?))[ \t]*:(?:[ \t]+|$)(.*)$/;
const ITEM = /^-(?:[ \t]+|$)(.*)$/;

/** The indentation problems of a text, first line first; at most one per line. */
export function findIndentProblems(text: string): IndentProblem[] {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  // Agreements are a few hundred lines; a file far beyond that is left to yaml's own messages.
  if (lines.length > MAX_LINES) return [];
  const step = indentStep(lines);
  // No line indented with spaces: the tabs are the file's own indentation, one level each.
  const tabsThroughout = !lines.some((line) => /^ +[^\s#]/.test(line));
  const problems: IndentProblem[] = [];
  const stack: Level[] = [];
  let pending = null as { parentIndent: number } | null;
  let scalarOwner = null as { indent: number; plain: boolean; fromKey: boolean } | null;
  let blockScalarOwner = null as number | null;
  let blockScalarIndent = null as number | null;
  let blockScalarFromKey = false;
  let carry: CarryState = { flowDepth: 0, quote: null };

  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    const lineNumber = index + 1;
    if (carry.flowDepth > 0 || carry.quote) {
      carry = scanCarry(raw, carry);
      continue;
    }
    const whitespace = /^[ \t]*/.exec(raw)![0];
    const content = raw.slice(whitespace.length);
    if (blockScalarOwner !== null) {
      // The first line of a block text sets its indentation; a line indented less ends it.
      if (content === '') continue;
      if (!whitespace.includes('\t') && whitespace.length > blockScalarOwner && whitespace.length >= (blockScalarIndent ?? 0)) {
        blockScalarIndent ??= whitespace.length;
        continue;
      }
      // A key just after the block text, deeper than the text's own key, is that key's sibling gone astray.
      scalarOwner = { indent: blockScalarOwner, plain: false, fromKey: blockScalarFromKey };
      blockScalarOwner = null;
      blockScalarIndent = null;
    }
    if (content === '' || content.startsWith('#')) continue;
    if (whitespace === '' && /^(?:---|\.\.\.)(?:\s|$)/.test(content)) {
      stack.length = 0;
      pending = null;
      scalarOwner = null;
      continue;
    }
    if (whitespace === '' && content.startsWith('%')) continue;

    const kind: LineKind = ITEM.test(content) ? 'item' : KEY.test(content) ? 'key' : 'text';
    let indent = whitespace.length;
    if (whitespace.includes('\t')) {
      const expected = resolveTab(whitespace, stack, pending, lines, index, step, opensBlock(content), tabsThroughout);
      // After `naam:` with nothing behind it, a tab line may be its first line or its next sibling.
      const sibling = pending && kind === 'key' && pending.parentIndent !== expected ? pending.parentIndent : undefined;
      problems.push({
        kind: whitespace.replaceAll('\t', '') === '' ? 'tab' : 'gemengd',
        line: lineNumber,
        found: whitespace,
        expected,
        ...(sibling !== undefined ? { alternative: sibling } : {}),
        ...siblingAt(stack, expected),
        candidates: [
          ...new Set([
            expected,
            ...(sibling !== undefined ? [sibling] : []),
            ...(pending ? [pending.parentIndent + step] : []),
            ...stack.map((level) => level.indent).reverse(),
          ]),
        ],
      });
      indent = expected;
    }

    // A continuation line of a plain text (`hoe: Telefonisch via` / `  0800-2000`) is part of that text.
    const shortFirst = kind === 'text' || pending ? undefined : shortFirstChild(stack, indent, step);
    const shortItemLevel = kind === 'key' && !pending && !shortFirst ? shortItem(stack, indent, step) : undefined;
    if (shortItemLevel) {
      // `- niveau: …` one space short, with the lines of that item where they belong.
      const dash = shortItemLevel.itemDash!;
      const expected = indent - (shortItemLevel.indent - dash.column);
      problems.push({
        kind: 'te-weinig',
        line: dash.level.line,
        found: dash.level.firstWhitespace,
        expected,
        sibling: { line: lineNumber, label: labelOf(content) },
      });
      dash.level.indent = expected;
      shortItemLevel.indent = indent;
      scalarOwner = null;
    } else if (shortFirst) {
      // `hoe:` / 7 spaces `afspraak:` / 8 spaces `termijn:` …: the first line of the group falls short.
      problems.push({
        kind: 'te-weinig',
        line: shortFirst.line,
        found: shortFirst.firstWhitespace,
        expected: indent,
        sibling: { line: lineNumber, label: labelOf(content) },
      });
      shortFirst.indent = indent;
      stack.length = stack.indexOf(shortFirst) + 1;
      scalarOwner = null;
    } else if (scalarOwner && indent > scalarOwner.indent && !atLevel(stack, indent) && !pending) {
      const itemWithKey = kind === 'item' && !scalarOwner.fromKey && KEY.test(ITEM.exec(content)![1]!);
      if (((kind === 'key' && scalarOwner.fromKey) || itemWithKey) && !whitespace.includes('\t')) {
        problems.push({ kind: 'te-ver', line: lineNumber, found: whitespace, expected: scalarOwner.indent, ...siblingAt(stack, scalarOwner.indent) });
        indent = scalarOwner.indent;
      } else if (scalarOwner.plain && kind === 'text') {
        continue;
      } else if (scalarOwner.plain && !whitespace.includes('\t')) {
        continue;
      }
    }

    let placed = false;
    if (pending) {
      const parent: number = pending.parentIndent;
      pending = null;
      if (indent > parent) {
        stack.push({
          indent,
          kind: kind === 'item' ? 'seq' : 'map',
          line: lineNumber,
          label: labelOf(content),
          count: 1,
          firstWhitespace: whitespace,
          firstChildOf: parent,
        });
        placed = true;
      } else if (indent === parent && kind === 'item' && stack.at(-1)?.kind === 'map' && stack.at(-1)?.indent === parent) {
        stack.push({ indent, kind: 'seq', line: lineNumber, label: labelOf(content), sameIndent: true, count: 1, firstWhitespace: whitespace });
        placed = true;
      }
    }
    if (!placed && !settle(stack, indent, kind, lineNumber, content)) {
      if (stack.length === 0) {
        stack.push({ indent, kind: kind === 'item' ? 'seq' : 'map', line: lineNumber, label: labelOf(content), count: 1, firstWhitespace: whitespace });
      } else if (indent > stack.at(-1)!.indent) {
        // Deeper than anything open, without an opener: yaml's own message says more.
        scalarOwner = null;
        continue;
      } else {
        const oddFirst = kind === 'text' ? undefined : oddFirstChild(stack, indent, step);
        const shifted = kind === 'key' ? shiftedItem(stack, indent, step) : undefined;
        const short = kind === 'text' ? undefined : shortFirstChild(stack, indent, step);
        if (short) {
          problems.push({
            kind: 'te-weinig',
            line: short.line,
            found: short.firstWhitespace,
            expected: indent,
            sibling: { line: lineNumber, label: labelOf(content) },
          });
          short.indent = indent;
          stack.length = stack.indexOf(short) + 1;
          settle(stack, indent, kind, lineNumber, content);
        } else if (shifted) {
          // ` - naam: …` one space too far, with the lines of that item where they belong.
          const dash = shifted.itemDash!;
          const expected = indent - (shifted.indent - dash.column);
          problems.push({
            kind: expected < dash.column ? 'te-ver' : 'te-weinig',
            line: dash.level.line,
            found: dash.level.firstWhitespace,
            expected,
            ...siblingAt(stack.slice(0, stack.indexOf(dash.level)), expected),
          });
          dash.level.indent = expected;
          shifted.indent = indent;
          stack.length = stack.indexOf(shifted) + 1;
          settle(stack, indent, kind, lineNumber, content);
        } else if (oddFirst) {
          // `hoe:` / 10 spaces `afspraak:` / 8 spaces `termijn:` …: the first line of the group is the odd one out.
          problems.push({
            kind: 'te-ver',
            line: oddFirst.line,
            found: oddFirst.firstWhitespace,
            expected: indent,
            sibling: { line: lineNumber, label: labelOf(content) },
          });
          stack.length = stack.indexOf(oddFirst) + 1;
          oddFirst.indent = indent;
          settle(stack, indent, kind, lineNumber, content);
        } else {
          const problem = kind === 'text' ? undefined : betweenLevels(stack, indent, kind, lineNumber, whitespace);
          if (!problem) {
            scalarOwner = null;
            continue;
          }
          problems.push(problem);
          indent = problem.expected;
          settle(stack, indent, kind, lineNumber, content);
        }
      }
    }

    // What the line itself opens.
    scalarOwner = null;
    let rest = content;
    let column: number = indent;
    if (kind === 'text') continue;
    for (;;) {
      const item = ITEM.exec(rest);
      if (item) {
        const inner = item[1]!;
        const innerColumn = column + (rest.length - inner.length);
        if (inner === '' || inner.startsWith('#')) {
          pending = { parentIndent: column };
          break;
        }
        if (ITEM.test(inner) || KEY.test(inner)) {
          const dashLevel = stack.at(-1);
          stack.push({
            indent: innerColumn,
            kind: ITEM.test(inner) ? 'seq' : 'map',
            line: lineNumber,
            label: labelOf(inner),
            count: 1,
            firstWhitespace: '',
            ...(column === indent && dashLevel?.indent === column && dashLevel.count === 1 ? { itemDash: { column, level: dashLevel } } : {}),
          });
          rest = inner;
          column = innerColumn;
          continue;
        }
        const shape = valueShape(inner);
        applyShape(shape, column, false);
        break;
      }
      const key = KEY.exec(rest);
      if (key) {
        applyShape(valueShape(key[2]!), column, true);
      }
      break;
    }
  }
  const seen = new Set<number>();
  return problems.sort((a, b) => a.line - b.line).filter((p) => !seen.has(p.line) && seen.add(p.line));

  function applyShape(shape: ValueShape, column: number, fromKey: boolean): void {
    if (shape.opensBlock) pending = { parentIndent: column };
    else if (shape.blockScalar) {
      blockScalarOwner = column;
      blockScalarFromKey = fromKey;
    } else if (shape.carry.flowDepth > 0 || shape.carry.quote) carry = shape.carry;
    else scalarOwner = { indent: column, plain: shape.plain, fromKey };
  }
}

/** The text with every problem line moved to its expected indentation (and nothing else changed). */
export function applyIndentProblems(text: string, problems: readonly IndentProblem[]): string {
  if (problems.length === 0) return text;
  const byLine = new Map(problems.map((p) => [p.line, p]));
  return text
    .split('\n')
    .map((line, index) => {
      const problem = byLine.get(index + 1);
      return problem ? ' '.repeat(problem.expected) + line.slice(problem.found.length) : line;
    })
    .join('\n');
}

/** Dutch message for one problem. */
export function indentMessage(problem: IndentProblem): string {
  const spaces = (n: number): string => (n === 1 ? '1 spatie' : `${n} spaties`);
  const like = problem.sibling ? ` (zoals \`${problem.sibling.label}\` op regel ${problem.sibling.line})` : '';
  const expected = problem.alternative !== undefined ? `${problem.expected} of ${spaces(problem.alternative)}` : spaces(problem.expected);
  switch (problem.kind) {
    case 'tab':
    case 'gemengd': {
      const what = problem.kind === 'tab' ? 'met een tab' : 'met een mengsel van spaties en tabs';
      const where =
        problem.alternative !== undefined
          ? `${spaces(problem.expected)} als de regel onder de regel erboven hoort, ${spaces(problem.alternative)} als hij ernaast hoort`
          : `${spaces(problem.expected)}${like}`;
      return `Deze regel springt in ${what}; YAML kent alleen spaties. Hier horen ${where}. \`swa check --herstel\` vervangt de tab door spaties.`;
    }
    case 'te-ver':
      return `Deze regel springt ${spaces(problem.found.length)} in, maar de sleutels op dit niveau springen ${spaces(problem.expected)} in${like}. Zet de regel ${spaces(problem.found.length - problem.expected)} terug.`;
    case 'te-weinig':
      return `Deze regel springt ${spaces(problem.found.length)} in, maar de sleutels op dit niveau springen ${expected} in${like}. Sleutels op hetzelfde niveau springen precies even ver in.`;
  }
}

function settle(stack: Level[], indent: number, kind: LineKind, line: number, content: string): boolean {
  const at = findLastIndex(stack, (level) => level.indent === indent);
  if (at < 0) return false;
  stack.length = at + 1;
  let level = stack[at]!;
  // `key:` / `- item` / `next:`: the list at the key's indentation ends with the next key.
  if (level.sameIndent && kind === 'key') {
    stack.pop();
    if (stack.at(-1)?.indent !== indent) return false;
    level = stack.at(-1)!;
  }
  level.count++;
  level.line = line;
  level.label = labelOf(content);
  return true;
}

/**
 * The level a line falls short of, when that level holds only the first line of its group, the
 * line that falls short is one step in from the group's key, and the first line is not: then the
 * first line is the odd one out.
 */
/** The mirror of oddFirstChild: the first line of a group is indented less than a later line of it, which is one step in. */
function shortFirstChild(stack: readonly Level[], indent: number, step: number): Level | undefined {
  if (atLevel(stack, indent)) return undefined;
  const level = [...stack].reverse().find((l) => l.indent < indent);
  if (level?.count !== 1 || level.firstChildOf === undefined) return undefined;
  if (indent - level.firstChildOf !== step || level.indent - level.firstChildOf === step) return undefined;
  return level;
}

/** The group on a list item's own line holds one key, and the next key of that item lies between its dash and that key. */
function shiftedItem(stack: readonly Level[], indent: number, step: number): Level | undefined {
  const level = stack.at(-1);
  if (!level?.itemDash || level.count !== 1 || level.indent <= indent || level.itemDash.column >= indent) return undefined;
  const expected = indent - (level.indent - level.itemDash.column);
  const parent = level.itemDash.level.firstChildOf;
  if (parent === undefined || expected <= parent) return undefined;
  // Only when the dash is off the file's step and the item's own lines are on it.
  return level.itemDash.column - parent !== step && expected - parent === step ? level : undefined;
}

/** The group on a list item's own line holds one key, and the item's next key lies deeper, one step in from the list's key. */
function shortItem(stack: readonly Level[], indent: number, step: number): Level | undefined {
  const level = stack.at(-1);
  if (!level?.itemDash || level.count !== 1 || level.indent >= indent) return undefined;
  const dash = level.itemDash;
  const implied = indent - (level.indent - dash.column);
  const parent = dash.level.firstChildOf;
  if (parent === undefined || implied - parent !== step || dash.column - parent === step) return undefined;
  return level;
}

function oddFirstChild(stack: readonly Level[], indent: number, step: number): Level | undefined {
  const deeper = stack.filter((level) => level.indent > indent);
  const level = deeper[0];
  if (level?.count !== 1 || level.firstChildOf === undefined) return undefined;
  if (indent <= level.firstChildOf || indent - level.firstChildOf !== step || level.indent - level.firstChildOf === step) return undefined;
  return level;
}

function atLevel(stack: readonly Level[], indent: number): boolean {
  return stack.some((level) => level.indent === indent);
}

function betweenLevels(stack: readonly Level[], indent: number, kind: LineKind, line: number, found: string): IndentProblem | undefined {
  if (kind === 'text') return undefined;
  const wanted = kind === 'item' ? 'seq' : 'map';
  const fitting = stack.filter((level) => level.kind === wanted || level.sameIndent);
  const levels = (fitting.length > 0 ? fitting : stack).map((level) => level.indent);
  const lower = Math.max(-1, ...levels.filter((n) => n < indent));
  const upperCandidates = levels.filter((n) => n > indent);
  const upper = upperCandidates.length > 0 ? Math.min(...upperCandidates) : undefined;
  let expected: number;
  let alternative: number | undefined;
  if (upper === undefined) expected = lower;
  else if (lower < 0) expected = upper;
  else if (upper - indent < indent - lower) expected = upper;
  else if (indent - lower < upper - indent) expected = lower;
  else {
    expected = upper;
    alternative = lower;
  }
  if (expected < 0) return undefined;
  return {
    kind: expected > indent ? 'te-weinig' : 'te-ver',
    line,
    found,
    expected,
    ...(alternative !== undefined ? { alternative } : {}),
    ...siblingAt(stack, expected),
  };
}

function siblingAt(stack: readonly Level[], indent: number): { sibling?: { line: number; label: string } } {
  const level = [...stack].reverse().find((l) => l.indent === indent);
  return level ? { sibling: { line: level.line, label: level.label } } : {};
}

/**
 * Where a line indented with a tab belongs. In a file indented with tabs throughout, each tab is
 * one level (of the file's step, usually 2 spaces). In a file indented with spaces, a lone tab
 * stands where the writer meant the line to line up with the line above it; under a key that opens
 * a group it is that group's first line, at the indentation of the lines that follow it.
 */
function resolveTab(
  whitespace: string,
  stack: readonly Level[],
  pending: { parentIndent: number } | null,
  lines: readonly string[],
  index: number,
  step: number,
  lineOpens: boolean,
  tabsThroughout: boolean,
): number {
  const tabs = [...whitespace].filter((c) => c === '\t').length;
  if (tabsThroughout) {
    const width = tabs * step + (whitespace.length - tabs);
    return pending && width <= pending.parentIndent ? pending.parentIndent + step : width;
  }
  const content = whitespace.length < lines[index]!.length ? lines[index]!.slice(whitespace.length) : '';
  let next = nextSpaceIndent(lines, index);
  // The key of a block text stands left of its text: a level at or right of the text cannot be it.
  const textIndent = next !== undefined && opensBlockText(content) ? next : undefined;
  if (textIndent !== undefined) {
    // The lines right after `key: >-` are its text; the line after the text shows the level.
    let after = index + 1;
    while (after < lines.length && after <= index + LOOKAHEAD && (lines[after]!.trim() === '' || /^ */.exec(lines[after]!)![0].length >= textIndent)) after++;
    next = after < lines.length ? nextSpaceIndent(lines, after - 1) : undefined;
  }
  // `- naam: x` with `  id: y` under it: those lines stand where the text after the dash starts.
  const item = ITEM.exec(content);
  const inner = item && item[1] !== '' && KEY.test(item[1]!) && !lineOpens ? content.length - item[1]!.length : 0;
  if (pending) {
    const parent = pending.parentIndent;
    if (next !== undefined && next > parent) {
      const shift = lineOpens ? step : inner;
      return next - shift > parent ? next - shift : parent + step;
    }
    return parent + step;
  }
  const wanted = item ? 'seq' : 'map';
  const levels = stack.filter((level) => level.kind === wanted).map((level) => level.indent);
  if (lineOpens && next !== undefined && levels.includes(next - step)) return next - step;
  const left = (level: Level): boolean => textIndent === undefined || level.indent < textIndent;
  return [...stack].reverse().find((level) => level.kind === wanted && left(level))?.indent ?? stack.at(-1)?.indent ?? 0;
}

/** How far ahead a tab line looks for the next line indented with spaces: bounded, so a hostile file stays linear. */
const LOOKAHEAD = 200;

function nextSpaceIndent(lines: readonly string[], index: number): number | undefined {
  for (let i = index + 1; i < lines.length && i <= index + LOOKAHEAD; i++) {
    const line = lines[i]!;
    const whitespace = /^[ \t]*/.exec(line)![0];
    const content = line.slice(whitespace.length).replace(/\r$/, '');
    if (content === '' || content.startsWith('#')) continue;
    if (whitespace.includes('\t')) continue;
    return whitespace.length;
  }
  return undefined;
}

/** The file's own indentation step: how far the first line under a `key:` usually lies (mostly 2). */
function indentStep(lines: readonly string[]): number {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const opener = /^( *)(?:- )?[^\s#][^#]*:[ \t]*(?:#.*)?$/.exec(lines[i]!);
    if (!opener) continue;
    const next = lines.slice(i + 1, i + 4).find((line) => line.trim() !== '' && !line.trim().startsWith('#'));
    if (!next || next.startsWith('\t')) continue;
    const step = /^ */.exec(next)![0].length - opener[1]!.length;
    if (step > 0) counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  let best = 2;
  for (const [step, count] of counts) if (count > (counts.get(best) ?? 0)) best = step;
  return best;
}

function opensBlockText(content: string): boolean {
  const item = ITEM.exec(content);
  const rest = item ? item[1]! : content;
  const key = KEY.exec(rest);
  return valueShape(key ? key[2]! : rest).blockScalar;
}

function opensBlock(content: string): boolean {
  const item = ITEM.exec(content);
  if (item) return item[1] === '' || item[1]!.startsWith('#') || (KEY.test(item[1]!) && valueShape(KEY.exec(item[1]!)![2]!).opensBlock);
  const key = KEY.exec(content);
  return key ? valueShape(key[2]!).opensBlock : false;
}

function labelOf(content: string): string {
  const item = ITEM.exec(content);
  if (item) return `- ${labelOf(item[1]!) || '…'}`.trim();
  const key = KEY.exec(content);
  return key ? `${key[1]!}:` : content.slice(0, 20);
}

/** What a value written after `key:` or `- ` is: nothing (a group follows), a block text, plain text, or something that continues. */
function valueShape(value: string): ValueShape {
  const none: CarryState = { flowDepth: 0, quote: null };
  // Anchors and tags before the value do not change its shape.
  const stripped = value.replace(/^(?:[&!][^\s]*[ \t]*)+/, '');
  if (stripped === '' || stripped.startsWith('#')) return { opensBlock: true, blockScalar: false, plain: false, carry: none };
  if (/^[|>][0-9+-]*[ \t]*(?:#.*)?$/.test(stripped)) return { opensBlock: false, blockScalar: true, plain: false, carry: none };
  if (stripped.startsWith('[') || stripped.startsWith('{') || stripped.startsWith('"') || stripped.startsWith("'")) {
    return { opensBlock: false, blockScalar: false, plain: false, carry: scanCarry(stripped, none) };
  }
  return { opensBlock: false, blockScalar: false, plain: true, carry: none };
}

/** Follows brackets and quotes through one line; returns what is still open at its end. */
function scanCarry(line: string, state: CarryState): CarryState {
  let { flowDepth, quote } = state;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = null;
    } else if (quote === "'") {
      if (c === "'" && line[i + 1] === "'") i++;
      else if (c === "'") quote = null;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      break;
    } else if (c === '"' || c === "'") {
      // A quote opens text only where a value starts, not inside a word (GI's).
      if (i === 0 || /[\s[{,:]/.test(line[i - 1]!)) quote = c;
    } else if (c === '[' || c === '{') {
      flowDepth++;
    } else if ((c === ']' || c === '}') && flowDepth > 0) {
      flowDepth--;
    }
  }
  return { flowDepth, quote };
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

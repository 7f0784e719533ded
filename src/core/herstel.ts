import type { Document, Node, Scalar } from 'yaml';
import { validate } from '../generated/schema-validator.js';
import { dutchDateToIso } from './domain/dutch-date-input.js';
import { findCutTexts } from './load/cut-text.js';
import { findIndentProblems, type IndentProblem } from './load/indentation.js';
import { parsePositions } from './load/parse-yaml.js';
import { yamlLibrary } from './load/yaml-library.js';
import { parsePointer } from './validate/schema-findings.js';
import { schemaOutline, type SchemaOutline } from '../generated/schema-outline.js';

/**
 * `swa check --herstel`: the corrections whose meaning is beyond doubt, as text in → text out.
 * Each one replaces a few characters where they stand; comments, key order, blank lines and
 * everything else keep their bytes. Nothing here reads or writes a file.
 */
export interface Herstelling {
  line: number;
  column: number;
  soort: HerstelSoort;
  /** Dutch: what was changed, for the list `swa check --herstel` prints. */
  omschrijving: string;
}

type HerstelSoort = 'tab' | 'spatie-na-dubbele-punt' | 'dubbele-punt-in-tekst' | 'gekrulde-aanhalingstekens' | 'tekst-afgebroken' | 'datum' | 'getal-als-tekst';

export interface HerstelResult {
  text: string;
  changes: Herstelling[];
}

interface Edit {
  start: number;
  end: number;
  replacement: string;
  soort: HerstelSoort;
  omschrijving: string;
}

/** Agreements files are tens of kilobytes; above this size the searches that parse the file again and again stop early. */
const ORDINARY_SIZE = 256 * 1024;

/**
 * Each round parses the file a few times and fixes every slip of one kind. An ordinary file needs
 * a handful of rounds; the limit keeps a hostile one from taking minutes.
 */
const MAX_ROUNDS = 24;
const MAX_ROUNDS_LARGE = 4;

/** Fixes until nothing changes any more (a file with a tab is parsed only after the tab is gone). */
export function herstel(text: string): HerstelResult {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  let current = text.slice(bom.length);
  const changes: Herstelling[] = [];
  const rounds = current.length > ORDINARY_SIZE ? MAX_ROUNDS_LARGE : MAX_ROUNDS;
  for (let round = 0; round < rounds; round++) {
    const parsed = parsePositions(current);
    const edits = syntaxEdits(current, parsed.doc.errors);
    let all = edits.length > 0 ? edits : parsed.doc.errors.length === 0 ? valueEdits(current, parsed.doc) : [];
    // A value correction never makes a readable file unreadable.
    if (edits.length === 0 && all.length > 0 && parsePositions(apply(current, all)).doc.errors.length > 0) all = [];
    if (all.length === 0) break;
    changes.push(...describe(current, all));
    current = apply(current, all);
  }
  return { text: bom + current, changes: changes.sort((a, b) => a.line - b.line || a.column - b.column) };
}

// ---- syntax: what keeps the file from being read at all -------------------------------------------

/** Corrections of a file that does not parse; kept only when yaml then reports fewer errors. */
function syntaxEdits(text: string, errors: ReturnType<typeof parsePositions>['doc']['errors']): Edit[] {
  if (errors.length === 0) return [];
  const errorsAfter = (edits: Edit[]): number => (edits.length === 0 ? errors.length : parsePositions(apply(text, edits)).doc.errors.length);
  const tabs = tabEdits(text);
  // A tab is placed at the level under which the file fits the format best; another slip left in
  // the file blurs that fit. So the other slips go first, where they can be found with the tab in place.
  if (tabs.length > 0 && errorsAfter(tabs) === 0) return tabs;
  for (const edits of [missingSpaceEdits(text, errors), secondColonEdits(text, errors), curlyCloseEdits(text), tabs]) {
    if (errorsAfter(edits) < errors.length) return edits;
  }
  return [];
}

const MAX_TAB_SEARCH = 40;

function tabEdits(text: string): Edit[] {
  const starts = lineStarts(text);
  const problems = findIndentProblems(text).filter((problem) => problem.kind === 'tab' || problem.kind === 'gemengd');
  const edit = (problem: IndentProblem, spaces: number): Edit => ({
    start: starts[problem.line - 1]!,
    end: starts[problem.line - 1]! + problem.found.length,
    replacement: ' '.repeat(spaces),
    soort: 'tab',
    omschrijving: `inspringing met een tab vervangen door ${spaces} spaties`,
  });
  let edits = problems.map((problem) => edit(problem, problem.expected));
  // A tab says nothing about the level it stands for; where the scanner's guess leaves the file
  // misfitting, each level open at that line is tried, and the one under which the file fits the
  // format best is taken (YAML errors first, then schema errors).
  // Each try parses the whole file: only for a handful of tabs in a file of ordinary size.
  if (problems.length > MAX_TAB_SEARCH || text.length > ORDINARY_SIZE) return edits;
  let best = misfit(apply(text, edits));
  problems.forEach((problem, index) => {
    for (const spaces of problem.candidates ?? []) {
      if (best === 0) return;
      const other = edits.map((e, i) => (i === index ? edit(problem, spaces) : e));
      const score = misfit(apply(text, other));
      if (score < best) {
        edits = other;
        best = score;
      }
    }
  });
  return edits;
}

/**
 * How badly a text fits: YAML errors first, then schema errors. A key the format does not know at
 * its level, or a key missing there, weighs more than a value of the wrong kind: a tab decides where
 * keys stand, and a `versie: 1.0` below it is wrong at every level. The schema counts also while
 * another slip elsewhere keeps yaml from reading the file cleanly (its data is read around that slip).
 */
function misfit(text: string): number {
  const { doc } = parsePositions(text);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return (doc.errors.length + 1) * 1_000_000;
  }
  if (validate(data)) return doc.errors.length * 1_000_000;
  const schema = (validate.errors ?? []).reduce((sum, error) => sum + (STRUCTURAL.has(error.keyword) ? 1000 : 1), 0);
  return doc.errors.length * 1_000_000 + Math.min(Math.max(schema, 1), 999_999);
}

const STRUCTURAL = new Set(['additionalProperties', 'required']);

const KEY_WITHOUT_SPACE = /^([ ]*(?:- +)?)([a-z_][a-z0-9_]*):(?=[^\s:/])/;

/** `wanneer:Bij …` for a key the format knows: the missing space after the colon. */
function missingSpaceEdits(text: string, errors: ReturnType<typeof parsePositions>['doc']['errors']): Edit[] {
  const keys = knownKeys();
  const edits: Edit[] = [];
  const starts = lineStarts(text);
  // Only near a line yaml complains about: elsewhere `tijd:10` may be ordinary text.
  const near = new Set(
    errors.flatMap((error) => {
      const index = lineIndexOf(starts, error.pos[0]);
      return [index - 1, index, index + 1];
    }),
  );
  text.split('\n').forEach((line, index) => {
    const match = KEY_WITHOUT_SPACE.exec(line);
    if (!match || !keys.has(match[2]!) || !near.has(index)) return;
    const at = starts[index]! + match[0].length;
    edits.push({ start: at, end: at, replacement: ' ', soort: 'spatie-na-dubbele-punt', omschrijving: `spatie gezet na \`${match[2]}:\`` });
  });
  return edits;
}

/** `termijn: binnen 5 werkdagen: daarna de teamleider` → the text in quotes. */
function secondColonEdits(text: string, errors: ReturnType<typeof parsePositions>['doc']['errors']): Edit[] {
  const starts = lineStarts(text);
  const lines = new Set<number>();
  for (const error of errors) {
    if (error.code !== 'BLOCK_AS_IMPLICIT_KEY' || !/Nested mappings are not allowed in compact mappings/.test(error.message)) continue;
    lines.add(lineIndexOf(starts, error.pos[0]));
  }
  const edits: Edit[] = [];
  for (const index of lines) {
    const line = lineAt(text, starts, index);
    const match = /^([ ]*(?:- +)?[a-z_][a-z0-9_]*:[ ]+)([^"'\s[{&*!|>#%@`][^\n]*?)[ \t]*$/.exec(line);
    // Only a value on one line, without a comment: a text that continues on the next line is not certain.
    if (!match || !match[2]!.includes(': ') || / #/.test(match[2]!) || continuesOnNextLine(text, starts, index)) continue;
    const start = starts[index]! + match[1]!.length;
    edits.push({
      start,
      end: start + match[2]!.length,
      replacement: doubleQuoted(match[2]!),
      soort: 'dubbele-punt-in-tekst',
      omschrijving: 'tekst met een dubbele punt tussen aanhalingstekens gezet',
    });
  }
  return edits;
}

/** `"tekst”`: a text opened with a straight quote and closed with Word's curly one. */
function curlyCloseEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const pattern = /(:[ ]+|^[ ]*- +)"([^"\n]*)[”“]([ \t]*)$/gm;
  for (const match of text.matchAll(pattern)) {
    const at = match.index + match[0].length - match[3]!.length - 1;
    edits.push({
      start: at,
      end: at + 1,
      replacement: '"',
      soort: 'gekrulde-aanhalingstekens',
      omschrijving: 'gekruld afsluitend aanhalingsteken vervangen door een recht',
    });
  }
  return edits;
}

// ---- values: a file that parses, with values the format means otherwise ---------------------------

function valueEdits(text: string, doc: Document): Edit[] {
  const edits: Edit[] = [];
  const { isScalar, visit } = yamlLibrary();
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key') return;
      const curly = curlyWrappedEdit(text, node);
      if (curly) edits.push(curly);
    },
  });
  for (const cut of findCutTexts(text, doc)) {
    const whole = text.slice(cut.start, cut.lineEnd).trimEnd();
    if (overlaps(edits, cut.start, cut.lineEnd)) continue;
    edits.push({
      start: cut.start,
      end: cut.start + whole.length,
      replacement: doubleQuoted(whole),
      soort: 'tekst-afgebroken',
      omschrijving: 'tekst met " #" tussen aanhalingstekens gezet, zodat hij niet meer wordt afgebroken',
    });
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (!validate(data)) {
    const seen = new Set<string>();
    for (const error of validate.errors ?? []) {
      const path = parsePointer(error.instancePath);
      const id = JSON.stringify(path);
      if (seen.has(id)) continue;
      const node = doc.getIn(path, true) as Node | undefined;
      if (!isScalar(node) || !node.range || node.type !== 'PLAIN' || overlaps(edits, node.range[0], node.range[1])) continue;
      const source = text.slice(node.range[0], node.range[1]);
      const params = error.params as Record<string, unknown>;
      if (error.keyword === 'format' && params.format === 'date' && typeof node.value === 'string') {
        const iso = dutchDateToIso(node.value);
        if (!iso) continue;
        seen.add(id);
        edits.push({
          start: node.range[0],
          end: node.range[1],
          replacement: iso,
          soort: 'datum',
          omschrijving: `datum \`${source}\` geschreven als \`${iso}\``,
        });
      } else if (
        error.keyword === 'type' &&
        String(params.type).split(',').includes('string') &&
        typeof node.value === 'number' &&
        /^[0-9][0-9.+\- ]*$/.test(source)
      ) {
        seen.add(id);
        edits.push({
          start: node.range[0],
          end: node.range[1],
          replacement: `"${source}"`,
          soort: 'getal-als-tekst',
          omschrijving: `\`${source}\` tussen aanhalingstekens gezet, zodat het tekst blijft en geen getal wordt`,
        });
      }
    }
  }
  return edits;
}

/** `“tekst”` or `‘tekst’` as a whole value: the curly quotes become straight ones. */
function curlyWrappedEdit(text: string, node: Scalar): Edit | undefined {
  if (!node.range || node.type !== 'PLAIN' || typeof node.value !== 'string') return undefined;
  const source = text.slice(node.range[0], node.range[1]);
  if (source.includes('\n')) return undefined;
  const wrapped = /^[“„](.*)”$/.exec(source);
  // Curly quotes inside stay, but only when they pair up: `“a” en “b”` is not one wrapped text.
  const double = wrapped && balanced(wrapped[1]!) ? wrapped : null;
  const single = /^[‘‚]((?:[^‘’‚]|\p{L}’\p{L})*)’$/u.exec(source);
  if (double) {
    return {
      start: node.range[0],
      end: node.range[1],
      replacement: doubleQuoted(double[1]!),
      soort: 'gekrulde-aanhalingstekens',
      omschrijving: 'gekrulde aanhalingstekens (“ ”) vervangen door rechte',
    };
  }
  if (single) {
    return {
      start: node.range[0],
      end: node.range[1],
      replacement: `'${single[1]!.replaceAll("'", "''")}'`,
      soort: 'gekrulde-aanhalingstekens',
      omschrijving: 'gekrulde enkele aanhalingstekens (‘ ’) vervangen door rechte',
    };
  }
  return undefined;
}

function balanced(inner: string): boolean {
  let depth = 0;
  for (const c of inner) {
    if (c === '“' || c === '„') depth++;
    else if (c === '”' && --depth < 0) return false;
  }
  return depth === 0;
}

// ---- helpers --------------------------------------------------------------------------------------

/** The text with every edit made; one pass, so a hundred thousand edits cost no more than the text. */
function apply(text: string, edits: readonly Edit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    parts.push(text.slice(at, edit.start), edit.replacement);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function describe(text: string, edits: readonly Edit[]): Herstelling[] {
  const starts = lineStarts(text);
  return edits.map((edit) => {
    const index = lineIndexOf(starts, edit.start);
    return { line: index + 1, column: edit.start - starts[index]! + 1, soort: edit.soort, omschrijving: edit.omschrijving };
  });
}

function overlaps(edits: readonly Edit[], start: number, end: number): boolean {
  return edits.some((edit) => edit.start < end && start < edit.end);
}

/** A YAML double-quoted text: only \ and " need escaping (the file is UTF-8 already). */
function doubleQuoted(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineIndexOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function lineAt(text: string, starts: readonly number[], index: number): string {
  const end = index + 1 < starts.length ? starts[index + 1]! - 1 : text.length;
  return text.slice(starts[index], end).replace(/\r$/, '');
}

function continuesOnNextLine(text: string, starts: readonly number[], index: number): boolean {
  if (index + 1 >= starts.length) return false;
  const here = /^ */.exec(lineAt(text, starts, index))![0].length;
  const next = lineAt(text, starts, index + 1);
  if (next.trim() === '' || next.trim().startsWith('#')) return false;
  return /^ */.exec(next)![0].length > here && !/^\s*(?:- +)?[a-z_][a-z0-9_]*:(?:\s|$)/.test(next);
}

let keyNames: Set<string> | undefined;

/** Every key the format knows, anywhere: a key without its space is only fixed when it is one of these. */
function knownKeys(): Set<string> {
  if (keyNames) return keyNames;
  const names = new Set<string>();
  const walk = (node: SchemaOutline | undefined, depth: number): void => {
    if (!node || depth > 20) return;
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      names.add(name);
      walk(child, depth + 1);
    }
    walk(node.items, depth + 1);
  };
  walk(schemaOutline, 0);
  return (keyNames = names);
}

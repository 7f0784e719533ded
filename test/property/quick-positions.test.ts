/**
 * Issue 13: the quick positions give every path exactly the line and column the `yaml` document
 * gives (locate.ts), for paths that exist, paths that are missing below an existing parent, at the
 * key and at the value. Two quick readers are compared, each on its own and as loadSource combines
 * them: the line reader (locate-lines.ts) and js-yaml's listener (locate-quick.ts). The files are
 * written with the variety people produce: comments and blank lines anywhere, indents of 1 to 4
 * spaces, lists at the parent's indent or deeper, quoted, number-like and yes/no keys, empty values,
 * `~`, block texts (`|`, `>-`) with lines that look like keys, lists or comments, plain texts that
 * go on over more lines, quoted texts with `: ` and ` #`, flow lists and maps, tags, spaces or
 * tabs after the colon and CRLF line ends. Where a quick reader leaves a path to `yaml` it says so
 * (undefined); for files in plain block style the listener must answer every path, and for those
 * with plain keys the line reader too, so the property cannot hold by answering nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/core/load/locate.js';
import { linePositions } from '../../src/core/load/locate-lines.js';
import { quickPositions, type QuickPositions } from '../../src/core/load/locate-quick.js';
import { parsePositions } from '../../src/core/load/parse-yaml.js';
import { fastParse } from '../../src/core/load/fast-parse.js';
import { loadSource } from '../../src/core/load/source.js';

type Path = Array<string | number>;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Style {
  /** Flow collections, tags and the like, which the quick reader may leave to `yaml`. */
  unusual: boolean;
  crlf: boolean;
  /** Only keys written as plain names or whole numbers, which the line reader must answer for. */
  plainKeys?: boolean;
}

/** Writes a random agreements-like YAML text. */
function writeYaml(seed: number, style: Style): string {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const chance = (p: number): boolean => rnd() < p;
  const lines: string[] = [];
  const words = [
    'afspraak',
    'een lange tekst die op de regel voorbij de dertigste kolom doorloopt',
    'lokaal team',
    'Veilig Thuis',
    'binnen 5 werkdagen',
    'n.v.t.',
    'TODO',
    'de GI',
    "Raad's taak",
    'één; twee',
    'a-b',
  ];
  const keys = [
    'afspraken',
    'wie',
    'wat',
    'termijn',
    'partners',
    'toelichting',
    'status',
    'gemeente',
    'a_melding',
    'b.i',
    '2024',
    'true',
    'x y',
    '1.5',
    'Ja',
    '~x',
  ];
  const plainKeys = ['afspraken', 'wie', 'wat', 'termijn', 'a_melding', 'b.i', 'x-y', 'a/b', '2024', '0', 'Ja', 'nee', 'trueish', '_x'];
  const after = (): string => (chance(0.1) ? (style.unusual ? pick([' ', '  ', '\t']) : pick([' ', '  '])) : ' ');
  const comment = (): string => (chance(0.15) ? pick([' # opmerking', '  #x', ' #', ' # a: b', ' # - x']) : '');
  const keyText = (key: string): string => {
    if (style.plainKeys) return key;
    if (chance(0.1)) return JSON.stringify(key);
    if (chance(0.05)) return `'${key.replaceAll("'", "''")}'`;
    return /^[a-z_0-9.]+$|^Ja$|^true$|^null$/i.test(key) && !/^\d+\.\d+\.|^x y$/.test(key) ? key : JSON.stringify(key);
  };
  const scalar = (indent: number): string[] => {
    const kind = rnd();
    if (kind < 0.3) return [`${pick(words).replace(/[;']/g, '')}${comment()}`];
    if (kind < 0.35) return [pick(['http://x.nl/a:b', 'a:b', '-3', ':x', 'a - b', 'a #', 'x # y: z', "it's", 'a,b]', ...(style.unusual ? ['?x'] : [])])];
    if (kind < 0.4)
      return [
        pick(words).replace(/[;']/g, ''),
        ...Array.from(
          { length: 1 + Math.floor(rnd() * 2) },
          () => `${' '.repeat(indent + Math.floor(rnd() * 3))}${pick(['en verder', '- ook', 'x #y', 'a-b'])}`,
        ),
      ];
    if (kind < 0.45) return [`${JSON.stringify(pick(['a: b', 'a #b', 'x\\"y', '#', '- x', "'"]))}${comment()}`];
    if (kind < 0.5) return [`${JSON.stringify(pick(words))}${comment()}`];
    if (kind < 0.55) return [`'${pick(words).replaceAll("'", "''")}'`];
    if (kind < 0.65) return [`${pick(['12', '1.0', '-3', '0x1F', '2026-01-31', 'ja', 'true', 'false'])}${comment()}`];
    if (kind < 0.7) return [`${pick(['~', 'null', 'Null'])}${comment()}`];
    if (kind < 0.8) {
      // The lines of a block text, some looking like keys, list items or comments, some deeper, some blank.
      const deeper = Math.floor(rnd() * 2);
      const body = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, i) =>
        chance(0.15) && i > 0
          ? ''
          : `${' '.repeat(indent + deeper + (i > 0 && chance(0.3) ? 2 : 0))}${pick([...words, 'a: b', '- x', '# geen commentaar', 'c:'])}`,
      );
      return [`${pick(['|', '>-', '>', '|-', '|+', '>2'])}${comment()}`, ...(body[0] === '' ? body.slice(1) : body)];
    }
    if (kind < 0.9 && style.unusual) return [pick(['[a, b]', '{ a: 1, b: x }', '[]', '{}', '!!str 12', '"x" # y', '[ "a", {b: 2} ]'])];
    return [''];
  };
  const blank = (): void => {
    if (chance(0.08)) lines.push('');
    if (chance(0.08)) lines.push(`${' '.repeat(Math.floor(rnd() * 6))}# commentaar`);
  };
  const map = (indent: number, depth: number, first?: string): void => {
    const count = 1 + Math.floor(rnd() * (depth === 0 ? 6 : 4));
    const used = new Set<string>();
    for (let i = 0; i < count; i += 1) {
      const key = pick(style.plainKeys ? plainKeys : keys);
      if (used.has(key)) continue;
      used.add(key);
      if (i > 0 || first === undefined) blank();
      const prefix = i === 0 && first !== undefined ? first : ' '.repeat(indent);
      const head = `${prefix}${keyText(key)}:`;
      const kind = depth >= 3 ? 0 : rnd();
      if (kind < 0.55) {
        const [line, ...rest] = scalar(indent + 2);
        lines.push(line === '' ? `${head}${chance(0.3) ? ' ' : ''}${comment()}` : `${head}${after()}${line}`);
        lines.push(...rest);
      } else if (kind < 0.8) {
        lines.push(`${head}${comment()}`);
        blank();
        map(indent + 1 + Math.floor(rnd() * 4), depth + 1);
      } else {
        lines.push(`${head}${comment()}`);
        seq(chance(0.3) ? indent : indent + 1 + Math.floor(rnd() * 3), depth + 1);
      }
    }
  };
  const seq = (indent: number, depth: number): void => {
    const count = 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < count; i += 1) {
      blank();
      const dash = `${' '.repeat(indent)}-${pick([' ', ' ', '  '])}`;
      const kind = depth >= 3 ? 0 : rnd();
      if (kind < 0.5) {
        const [line, ...rest] = scalar(indent + 2);
        lines.push(`${dash}${line === '' ? (style.unusual ? '' : 'x') : line}`);
        lines.push(...rest);
      } else if (kind < 0.85) {
        map(dash.length, depth + 1, dash);
      } else {
        lines.push(`${' '.repeat(indent)}-`);
        map(indent + 2, depth + 1);
      }
    }
  };
  if (chance(0.2)) lines.push('# kop');
  map(0, 0);
  return lines.join(style.crlf ? '\r\n' : '\n') + (chance(0.5) ? '\n' : '');
}

/** Every path of the data, and below each map and list one that is missing. */
function pathsOf(data: unknown, path: Path = []): Path[] {
  const paths: Path[] = [path, [...path, 'ontbreekt'], [...path, 7]];
  if (Array.isArray(data)) data.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
  else if (data !== null && typeof data === 'object') for (const [key, value] of Object.entries(data)) paths.push(...pathsOf(value, [...path, key]));
  return paths;
}

interface Comparison {
  compared: number;
  unanswered: number;
  differences: string[];
}

const READERS = ['lines', 'listener', 'loaded'] as const;
type Reader = (typeof READERS)[number];

function readers(text: string, data: unknown): Record<Reader, QuickPositions | undefined> {
  const loaded = loadSource('f.yaml', new TextEncoder().encode(text));
  return {
    lines: linePositions(text, data),
    listener: quickPositions(text),
    loaded: loaded.ok ? loaded.source.quick : undefined,
  };
}

function compare(text: string): Record<Reader, Comparison> {
  const empty = (): Comparison => ({ compared: 0, unanswered: 0, differences: [] });
  const result: Record<Reader, Comparison> = { lines: empty(), listener: empty(), loaded: empty() };
  const fast = fastParse(text);
  if (!fast) return result;
  const quick = readers(text, fast.data);
  const { doc, lineCounter } = parsePositions(text);
  // The quick readers follow js-yaml's data; where that is not `yaml`'s, the fast path must not take the file.
  expect(fast.data, JSON.stringify(text)).toEqual(doc.toJS());
  for (const path of pathsOf(fast.data)) {
    for (const at of ['key', 'value'] as const) {
      const expected = locate(doc, lineCounter, 'f.yaml', path, at);
      for (const reader of READERS) {
        const found = quick[reader]?.locate(path, at);
        if (!found) {
          result[reader].unanswered += 1;
          continue;
        }
        result[reader].compared += 1;
        if (found.line !== expected.position.line || found.col !== expected.position.column || found.exact !== expected.exact) {
          result[reader].differences.push(
            `${reader} ${JSON.stringify(path)} ${at}: snel ${found.line}:${found.col} (${found.exact}), yaml ${expected.position.line}:${expected.position.column} (${expected.exact})`,
          );
        }
      }
    }
  }
  return result;
}

function differences(result: Record<Reader, Comparison>): string[] {
  return READERS.flatMap((reader) => result[reader].differences);
}

describe('quick positions equal the yaml document positions', () => {
  it('for files in plain block style, every path is answered and equal', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), (seed, crlf) => {
        const text = writeYaml(seed, { unusual: false, crlf });
        const result = compare(text);
        expect(differences(result), JSON.stringify(text)).toEqual([]);
        if (fastParse(text)) {
          accepted += 1;
          expect(result.listener.unanswered, JSON.stringify(text)).toBe(0);
          expect(result.loaded.unanswered, JSON.stringify(text)).toBe(0);
          expect(result.listener.compared).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('for files in plain block style with plain keys, the line reader answers every path, equal', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), (seed, crlf) => {
        const text = writeYaml(seed, { unusual: false, crlf, plainKeys: true });
        const result = compare(text);
        expect(differences(result), JSON.stringify(text)).toEqual([]);
        if (fastParse(text)) {
          accepted += 1;
          expect(result.lines.unanswered, JSON.stringify(text)).toBe(0);
          expect(result.lines.compared).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('for files with flow collections, tags and tabs, every answer is equal', () => {
    const compared = { lines: 0, listener: 0, loaded: 0 };
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), fc.boolean(), (seed, crlf, plainKeys) => {
        const text = writeYaml(seed, { unusual: true, crlf, plainKeys });
        const result = compare(text);
        for (const reader of READERS) compared[reader] += result[reader].compared;
        expect(differences(result), JSON.stringify(text)).toEqual([]);
      }),
      { numRuns: 400 },
    );
    expect(compared.listener).toBeGreaterThan(1000);
    expect(compared.lines).toBeGreaterThan(300);
  });

  it('for the examples and test fixtures, every path is equal', () => {
    const root = join(import.meta.dirname, '../..');
    const files = [
      ...readdirSync(join(root, 'examples'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join(root, 'examples', f)),
      ...readdirSync(join(root, 'test/fixtures/check'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join(root, 'test/fixtures/check', f)),
    ];
    const compared = { lines: 0, listener: 0, loaded: 0 };
    for (const file of files) {
      const result = compare(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
      for (const reader of READERS) compared[reader] += result[reader].compared;
      expect(differences(result), file).toEqual([]);
    }
    expect(compared.listener).toBeGreaterThan(1000);
    expect(compared.lines).toBeGreaterThan(1000);
  });
});

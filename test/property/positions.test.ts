/**
 * Issue 8 (c): every finding's line and column point at the key or the value its path names, or,
 * when that path is missing, at its nearest existing parent. The oracle is the generator's own
 * emitter (yaml-emitter.ts), which records where it wrote each key and value; it shares no code
 * with src/core/load/locate.ts. And two metamorphic properties: a comment line or another order of
 * the keys changes where findings point, never which findings there are.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { agreementFile, generatedFile, nearlyCompleteFile, PROPERTY_TIMEOUT, settings, type GeneratedFile } from './arbitraries.js';
import { check, FILE } from './documents.js';
import { pathKey, type Pos, type YMap, type YNode } from './yaml-emitter.js';

const show = (pos: Pos): string => `${pos.line}:${pos.column}`;

/** Where a finding with this path may point, and what that place is. */
function allowed(file: GeneratedFile, path: ReadonlyArray<string | number>): { places: Pos[]; what: string; emptyLine?: Pos } {
  for (let depth = path.length; depth >= 0; depth--) {
    const here = path.slice(0, depth);
    const recorded = file.positions.get(pathKey(here));
    if (!recorded) continue;
    const label = here.length ? here.join('.') : '(het begin van het bestand)';
    if (depth < path.length) {
      // A missing path: the nearest existing parent, at its key (or the start of a list item / the file).
      return { places: [recorded.key ?? recorded.value], what: `ouder ${label} van het ontbrekende ${path.join('.')}` };
    }
    const places = [recorded.key, recorded.value].filter((p): p is Pos => p !== null);
    return { places, what: `${label} zelf`, ...(recorded.emptyValue && recorded.key ? { emptyLine: recorded.key } : {}) };
  }
  return { places: [], what: 'niets' };
}

function misplaced(file: GeneratedFile, findings: Finding[]): string[] {
  const wrong: string[] = [];
  for (const finding of findings) {
    const at = { line: finding.line, column: finding.column };
    if (finding.file !== FILE) {
      wrong.push(`${finding.rule}: in ander bestand ${finding.file}`);
      continue;
    }
    const { places, what, emptyLine } = allowed(file, finding.path);
    const ok =
      places.some((p) => p.line === at.line && p.column === at.column) ||
      (emptyLine !== undefined && emptyLine.line === at.line && at.column >= emptyLine.column);
    if (!ok) wrong.push(`${finding.rule} ${JSON.stringify(finding.path)} wijst naar ${show(at)}, verwacht ${what} op ${places.map(show).join(' of ')}`);
  }
  return wrong;
}

/** Findings without their place in the file: what a comment line or another key order must not change. */
function withoutPlace(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.rule} ${JSON.stringify(f.path)} ${f.message}`).sort();
}

const anyFile = fc.oneof(agreementFile(), agreementFile({ dates: 'willekeurig' }), nearlyCompleteFile({ max: 3 }));

/** A small deterministic generator, so one drawn number decides a whole reordering. */
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

function reorder<T extends YNode>(node: T, next: () => number): T {
  if (node.kind === 'scalar') return node;
  if (node.kind === 'seq') return { ...node, items: node.items.map((item) => reorder(item, next)) };
  const entries = (node as YMap).entries.map((e) => ({ ...e, value: reorder(e.value, next) }));
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return { ...node, entries };
}

function withComment<T extends YNode>(node: T, target: { n: number }, comment: string): T {
  if (node.kind === 'scalar') return node;
  if (node.kind === 'seq') return { ...node, items: node.items.map((item) => withComment(item, target, comment)) };
  const entries = (node as YMap).entries.map((e) => {
    const commented = target.n-- === 0 ? { ...e, comment } : e;
    return { ...commented, value: withComment(e.value, target, comment) };
  });
  return { ...node, entries };
}

describe('property (c): findings point where their path is', () => {
  it(
    'every finding points at the key or value of its path, or at the nearest existing parent of a missing path',
    () => {
      fc.assert(
        fc.property(anyFile, (file) => {
          expect(misplaced(file, check(file.text).findings)).toEqual([]);
        }),
        settings(60),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'a comment line anywhere changes no finding, only where it points (and (c) still holds)',
    () => {
      fc.assert(
        fc.property(anyFile, fc.nat({ max: 400 }), fc.constantFrom('extra toelichting', 'TODO: nog bespreken', 'a: b', '- lijst?'), (file, where, comment) => {
          const commented = generatedFile(withComment(file.tree, { n: where % 200 }, comment), file);
          const before = check(file.text).findings;
          const after = check(commented.text).findings;
          expect(withoutPlace(after)).toEqual(withoutPlace(before));
          expect(misplaced(commented, after)).toEqual([]);
        }),
        settings(25),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'another order of the keys changes no finding, only where it points (and (c) still holds)',
    () => {
      fc.assert(
        fc.property(anyFile, fc.nat(), (file, seed) => {
          const shuffled = generatedFile(reorder(file.tree, random(seed)), file);
          const before = check(file.text).findings;
          const after = check(shuffled.text).findings;
          expect(withoutPlace(after)).toEqual(withoutPlace(before));
          expect(misplaced(shuffled, after)).toEqual([]);
        }),
        settings(25),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

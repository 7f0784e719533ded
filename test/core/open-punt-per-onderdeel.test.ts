import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { checkSource } from '../../src/core/check.js';
import { REQUIRED_ONDERDELEN } from '../../src/core/domain/required-afspraken.js';
import type { Onderdeel, PathSegment } from '../../src/findings.js';

/**
 * Every agreement of every onderdeel a–j, filled with a fill-in hint, a deferral, a reference or
 * nothing, must give a fout for that onderdeel on the line of that text — not just the one
 * onderdeel an example happens to use. (A mutant that dropped onderdeel e's detection once
 * survived the whole suite.)
 */
const COMPLEET = readFileSync(join(import.meta.dirname, '../fixtures/check/compleet/afspraken.yaml'), 'utf8');

interface Place {
  onderdeel: Onderdeel;
  path: PathSegment[];
  /** The rule that reports an open text here when it is not the general one for agreements. */
  rule?: string;
}

const PLACES: Place[] = [
  ...REQUIRED_ONDERDELEN.flatMap(({ onderdeel, afspraken }) => afspraken.map(({ path }) => ({ onderdeel, path }))),
  { onderdeel: 'h', path: ['afspraken', 'h_methoden_en_instrumenten', 0, 'naam'] },
  { onderdeel: 'h', path: ['afspraken', 'h_methoden_en_instrumenten', 1, 'naam'] },
  { onderdeel: 'i', path: ['afspraken', 'i_escalatie', 'acuut'] },
  { onderdeel: 'i', path: ['afspraken', 'i_escalatie', 'stappen', 0, 'wie'], rule: 'escalatie-stap-onvolledig' },
  { onderdeel: 'i', path: ['afspraken', 'i_escalatie', 'stappen', 1, 'termijn'], rule: 'escalatie-stap-onvolledig' },
];

const TEXTS: Array<[text: string, rule: string]> = [
  ['TODO', 'afspraak-placeholder'],
  ['nog invullen', 'afspraak-placeholder'],
  ['n.v.t.', 'afspraak-niet-gemaakt'],
  ['Nader te bepalen.', 'afspraak-niet-gemaakt'],
  ['Volgt na overleg met de Raad.', 'afspraak-niet-gemaakt'],
  ['Zie bijlage 3.', 'afspraak-niet-gemaakt'],
  ['', 'afspraak-leeg'],
];

const CASES = PLACES.flatMap((place) => TEXTS.map(([text, rule]) => ({ ...place, text, rule: place.rule ?? rule, where: place.path.join('.') })));

/** The compleet file with `value` at `path`, and the line of the node at `text` (default: `path`). */
function withText(path: PathSegment[], value: unknown, text: PathSegment[] = path): { bytes: Buffer; line: number } {
  const doc = parseDocument(COMPLEET);
  doc.setIn(path, value);
  const source = String(doc);
  const lineCounter = new LineCounter();
  const node = parseDocument(source, { lineCounter }).getIn(text, true);
  if (!isNode(node) || !node.range) throw new Error(`no node at ${text.join('.')}`);
  return { bytes: Buffer.from(source), line: lineCounter.linePos(node.range[0]).line };
}

describe('an open text in any agreement of any onderdeel is a fout of that onderdeel, on its line', () => {
  it('covers every onderdeel a–j', () => {
    const covered = new Set(PLACES.map((p) => p.onderdeel));
    expect([...covered].sort()).toEqual(['a', 'b.i', 'b.ii', 'c', 'd.i', 'd.ii', 'd.iii', 'd.iv', 'd.v', 'e', 'f', 'g', 'h', 'i', 'j']);
  });

  it.each(CASES)('$where = $text → $rule', ({ onderdeel, path, text, rule }) => {
    const { bytes, line } = withText(path, text);
    const result = checkSource('afspraken.yaml', bytes, { today: '2026-11-23' });
    const found = result.findings.filter((f) => f.onderdeel === onderdeel && f.severity === 'fout');
    expect(found.map((f) => ({ rule: f.rule, line: f.line }))).toContainEqual({ rule, line });
    expect(result.onderdelen?.[onderdeel]).not.toBe('compleet');
  });

  it.each(REQUIRED_ONDERDELEN.flatMap(({ onderdeel, afspraken }) => afspraken.map(({ path }) => ({ onderdeel, path, where: path.join('.') }))))(
    'also inside a group with a responsible partner: $where',
    ({ onderdeel, path }) => {
      const { bytes, line } = withText(path, { afspraak: 'Volgt.', verantwoordelijk: 'lokaal_team' }, [...path, 'afspraak']);
      const result = checkSource('afspraken.yaml', bytes, { today: '2026-11-23' });
      expect(result.findings.map((f) => ({ rule: f.rule, onderdeel: f.onderdeel, line: f.line }))).toContainEqual({
        rule: 'afspraak-niet-gemaakt',
        onderdeel,
        line,
      });
    },
  );
});

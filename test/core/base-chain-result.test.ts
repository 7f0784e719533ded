import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { RULES } from '../../src/core/rules/index.js';

// What checkSource hands the renderers about a file that builds on a base: the base files and the
// paths its data takes from them (the documents mark those as coming from the base).

const today = '2026-11-23';
const files: Record<string, string> = {
  'regio.yaml':
    'schema_versie: 1\nbasis: true\nregio:\n  naam: Regio Proef\nafspraken:\n  j_casuistiekevaluatie:\n    werkwijze: Samen.\n    frequentie: jaarlijks\n',
  'g.yaml': 'schema_versie: 1\nextends: regio.yaml\ngemeente:\n  naam: Proefdorp\n',
};
const readFile = (path: string): Uint8Array => Buffer.from(files[path.replace(/^.*\//, '')]!);

describe('a gemeente file with a base', () => {
  it('names its base files and the paths of its data that come from them', () => {
    const result = checkSource('g.yaml', readFile('g.yaml'), { today, readFile });
    expect(result.baseFiles).toHaveLength(1);
    expect(result.baseFiles![0]).toMatch(/regio\.yaml$/);
    expect(result.inherited).toEqual(['regio', 'afspraken']);
  });

  it('lists its own findings first, then those of a base that could not be read, whatever their lines', () => {
    const broken: Record<string, string> = { 'regio.yaml': 'schema_versie: 1\nbasis: true\nregio: [\n', 'g.yaml': `${files['g.yaml']}onbekend: 1\n` };
    const read = (path: string): Uint8Array => Buffer.from(broken[path.replace(/^.*\//, '')]!);
    const result = checkSource('g.yaml', read('g.yaml'), { today, readFile: read });
    expect(result.onderdelen).toBeNull();
    expect(result.findings.map((f) => [f.file.replace(/^.*\//, ''), f.line, f.rule])).toEqual([
      ['g.yaml', 2, 'extends-geen-map'],
      ['g.yaml', 5, 'schema-onbekende-sleutel'],
      ['regio.yaml', 3, 'yaml-syntax'],
    ]);
  });
});

describe('the rules of one check', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('each rule runs once, also when vastgesteld-met-open-punten counts what the gap rules found', () => {
    const text =
      'schema_versie: 1\ngemeente:\n  naam: Proefdorp\ndocument:\n  status: vastgesteld\nafspraken:\n  c_taakverdeling:\n    veiligheidsplannen: TODO\n';
    const spies = RULES.map((rule) => vi.spyOn(rule, 'run'));
    const result = checkSource('g.yaml', Buffer.from(text), { today });
    expect(result.findings.map((f) => f.rule)).toContain('vastgesteld-met-open-punten');
    for (const spy of spies) expect(spy).toHaveBeenCalledTimes(1);
  });
});

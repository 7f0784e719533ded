import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkSource } from '../../src/core/check.js';
import { getIn } from '../../src/core/domain/data-access.js';
import type { PathSegment } from '../../src/findings.js';
import { afspraakvragen, INIT_ONDERDELEN } from '../../src/init/answers.js';
import { skeletonYaml } from '../../src/init/skeleton.js';
import { memoryFiles } from '../regio/memory-files.js';

const TODAY = '2026-11-23';
const EXAMPLE = parse(readFileSync(join(import.meta.dirname, '../../examples/regio-voorbeeld/regio-waterland-zuid.yaml'), 'utf8')) as Record<string, unknown>;
/** Every agreement the leidraad asks for that init can leave to the base, plus the lists of h and i. */
const PATHS: PathSegment[][] = [
  ...INIT_ONDERDELEN.flatMap((o) => afspraakvragen(o).map((v) => v.path)),
  ['afspraken', 'h_methoden_en_instrumenten'],
  ['afspraken', 'i_escalatie', 'stappen'],
  ['visie', 'documenten'],
  ['evaluatie', 'volgende'],
];

function without(data: Record<string, unknown>, paths: PathSegment[][], how: 'weg' | 'TODO'): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const path of paths) {
    const parent = getIn(copy, path.slice(0, -1));
    if (parent && typeof parent === 'object' && !Array.isArray(parent)) {
      if (how === 'weg') delete (parent as Record<string, unknown>)[String(path.at(-1))];
      else (parent as Record<string, unknown>)[String(path.at(-1))] = 'TODO';
    }
  }
  return copy;
}

/** The gemeente file --ja --extends writes for this base, and what check makes of it with that base and with the complete one. */
function scenario(base: Record<string, unknown>) {
  const text = skeletonYaml(
    { gemeente: { naam: 'Proefdorp' }, extends: '../regio.yaml', partners: { gi: [] }, onderdelen: {} },
    { schemaRef: 'schema.json', today: TODAY, baseData: base },
  );
  const checkWith = (regio: Record<string, unknown>) => {
    const files = memoryFiles({ 'regio.yaml': stringify(regio), 'gemeenten/g.yaml': text });
    return checkSource('gemeenten/g.yaml', files.bytes('gemeenten/g.yaml'), { today: TODAY, readFile: files.readFile, rootLevelsUp: 1 });
  };
  return { text, checkWith };
}

const openPaths = fc.subarray(PATHS, { minLength: 1 });
const how = fc.constantFrom<'weg' | 'TODO'>('weg', 'TODO');

describe('swa init --extends: what the base leaves open', () => {
  it('never becomes an empty value that would override the base once the region fills it in (property)', () => {
    fc.assert(
      fc.property(openPaths, how, (open, style) => {
        const base = without(EXAMPLE, open, style);
        const { text, checkWith } = scenario(base);
        const own = parse(text) as Record<string, unknown>;
        // The only empty values are the gemeente's own: its CBS code and the name of its lokaal team.
        for (const path of PATHS) expect(getIn(own, path), path.join('.')).toBeUndefined();
        const later = checkWith(EXAMPLE);
        expect(later.findings.filter((f) => /^(yaml|schema)-/.test(f.rule))).toEqual([]);
        for (const path of PATHS) expect(getIn(later.data, path), path.join('.')).toEqual(getIn(EXAMPLE, path));
      }),
      { numRuns: 25 },
    );
  });

  it('is there as a commented-out key with the base\'s text: taking away the "# " gives exactly those keys, empty (property)', () => {
    fc.assert(
      fc.property(openPaths, how, (open, style) => {
        const base = without(EXAMPLE, open, style);
        const { text } = scenario(base);
        const uncommented = text
          .split('\n')
          .map((line) => line.replace(/^(\s*)# ([a-z_]+:(?: {3}# .*)?)$/, '$1$2'))
          .join('\n');
        const data = parse(uncommented) as Record<string, unknown>;
        for (const path of open) expect(getIn(data, path), path.join('.')).toBeNull();
        if (style === 'TODO') expect(text).toContain('# basisbestand: "TODO"');
        else expect(text).toContain('# ontbreekt in het basisbestand');
      }),
      { numRuns: 25 },
    );
  });

  it('a base text cannot end the comment it is quoted in', () => {
    const hostile = without(EXAMPLE, [], 'weg');
    (hostile.afspraken as Record<string, Record<string, unknown>>).j_casuistiekevaluatie!.werkwijze = 'TODO\nextends: /etc/passwd\u202e';
    const { text } = scenario(hostile);
    expect(text).toMatch(/^ {4}# werkwijze: {3}# basisbestand: "TODO extends: \/etc\/passwd"$/m);
    expect((parse(text) as Record<string, unknown>).extends).toBe('../regio.yaml');
  });
});

describe('swa init --extends: an empty value the user asks for', () => {
  it('says that it switches off the base, now or once the region fills it in', () => {
    const base = without(EXAMPLE, [['afspraken', 'e_nieuwe_zorgen_na_ots']], 'weg');
    const text = skeletonYaml(
      {
        gemeente: { naam: 'Proefdorp' },
        extends: '../regio.yaml',
        partners: { gi: [] },
        onderdelen: { a: { keuze: 'open' }, e: { keuze: 'open' }, h: { keuze: 'open' } },
      },
      { schemaRef: 'schema.json', today: TODAY, baseData: base },
    );
    expect(text).toMatch(/^ {6}wanneer: # leeg: de afspraak uit het basisbestand geldt hier niet$/m);
    expect(text).toMatch(/^ {2}e_nieuwe_zorgen_na_ots: # leeg: vult het basisbestand dit later in, dan geldt dat hier niet$/m);
    expect(text).toMatch(/^ {2}h_methoden_en_instrumenten: \[\] {3}# leeg: de afspraak uit het basisbestand geldt hier niet$/m);
    const data = parse(text) as { afspraken: Record<string, unknown> };
    expect(data.afspraken.e_nieuwe_zorgen_na_ots).toBeNull();
    expect(data.afspraken.h_methoden_en_instrumenten).toEqual([]);
  });
});

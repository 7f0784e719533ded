import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { locateInChain } from '../../src/core/load/provenance.js';
import { loadSource, type LoadedSource } from '../../src/core/load/source.js';

const EMPTY = 'Het bestand is leeg. Begin met `schema_versie: 1` en `gemeente:`, of maak een begin met `swa init`.';

describe('an empty file', () => {
  it.each([
    ['', 'nothing'],
    ['# alleen commentaar\n\n', 'only comments'],
    ['\n\n   \n', 'only blank lines'],
  ])('%j (%s) is one bestand-leeg finding at 1:1', (text) => {
    const result = checkSource('leeg.yaml', Buffer.from(text), { today: '2026-11-23' });
    expect(result.findings).toEqual([
      { rule: 'bestand-leeg', severity: 'fout', onderdeel: null, file: 'leeg.yaml', line: 1, column: 1, path: [], message: EMPTY },
    ]);
    expect(result.onderdelen).toBeNull();
  });
});

const source = (file: string, text: string): LoadedSource => {
  const loaded = loadSource(file, Buffer.from(text));
  if (!loaded.ok) throw new Error(`${file} did not load`);
  return loaded.source;
};

describe('locateInChain: where a path of the merged data was written', () => {
  // Loaded inside each test (mutation testing only sees work done in a test).
  const at = (path: (string | number)[], where?: 'key' | 'value') =>
    locateInChain(
      [
        source('kind.yaml', 'schema_versie: 1\nextends: basis.yaml\nafspraken:\n  c_taakverdeling:\n    wachtlijsten: Kind.\n'),
        source(
          'basis.yaml',
          'schema_versie: 1\nbasis: true\nextends: land.yaml\nafspraken:\n  a_advies_en_ondersteuning:\n    extends: een tekst die zo heet\n  lijst:\n    - een\n',
        ),
      ],
      path,
      where,
    );

  it("extends and basis belong to each file: the child's own, never the base's", () => {
    expect(at(['extends'])).toMatchObject({ file: 'kind.yaml', line: 2, column: 1 });
    // The child has no basis: point at the child (its root), not at the base's basis.
    expect(at(['basis']).file).toBe('kind.yaml');
  });

  it('a key called extends deeper down is an ordinary key, found in the base that has it', () => {
    expect(at(['afspraken', 'a_advies_en_ondersteuning', 'extends'])).toMatchObject({ file: 'basis.yaml', line: 6, column: 5 });
  });

  it('a missing value points at the key of its nearest ancestor, also when asked for the value', () => {
    const key = at(['afspraken', 'c_taakverdeling', 'veiligheidsplannen'], 'key');
    expect(key).toMatchObject({ file: 'kind.yaml', line: 4, column: 3 });
    expect(at(['afspraken', 'c_taakverdeling', 'veiligheidsplannen'], 'value')).toEqual(key);
    // The nearest ancestor that is there comes from the base only: the gap is inherited, and points there.
    expect(at(['afspraken', 'lijst', 3], 'value')).toMatchObject({ file: 'basis.yaml', line: 7, column: 3, inherited: true });
  });

  it('an item of a list inherited from the base is found in the base', () => {
    expect(at(['afspraken', 'lijst', 0], 'value')).toMatchObject({ file: 'basis.yaml', line: 8, column: 7 });
  });
});

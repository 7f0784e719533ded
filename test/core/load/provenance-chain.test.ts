/**
 * locateInChain (provenance.ts) for paths into a list that only a base file has, and for the
 * default of `at`: the file, line and column a finding gets, and whether the gap is inherited.
 */
import { describe, expect, it } from 'vitest';
import { locateInChain } from '../../../src/core/load/provenance.js';
import { type LoadedSource, loadSource } from '../../../src/core/load/source.js';

const source = (file: string, text: string): LoadedSource => {
  const loaded = loadSource(file, Buffer.from(text));
  if (!loaded.ok) throw new Error(`${file} did not load`);
  return loaded.source;
};

const chain = (): LoadedSource[] => [
  source('kind.yaml', 'schema_versie: 1\nextends: basis.yaml\nafspraken:\n  c_taakverdeling:\n    wachtlijsten: Kind.\n'),
  source('basis.yaml', 'schema_versie: 1\nafspraken:\n  lijst:\n    - een\n    - twee\n'),
];

describe('locateInChain, lists and defaults', () => {
  it('an item of a list only the base has is found in the base, and is not an inherited gap', () => {
    expect(locateInChain(chain(), ['afspraken', 'lijst', 1], 'value')).toEqual({ file: 'basis.yaml', line: 5, column: 7, inherited: false });
  });

  it.each([[2], [-1], [0.5], ['x']])('item %j of that list is missing: the gap is inherited from the base, at the list', (index) => {
    expect(locateInChain(chain(), ['afspraken', 'lijst', index])).toEqual({ file: 'basis.yaml', line: 3, column: 3, inherited: true });
  });

  it('without `at`, a path points at its key, not its value', () => {
    expect(locateInChain(chain(), ['afspraken', 'c_taakverdeling', 'wachtlijsten'])).toEqual({ file: 'kind.yaml', line: 5, column: 5, inherited: false });
  });
});

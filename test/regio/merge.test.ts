import { describe, expect, it } from 'vitest';
import { mergeChain } from '../../src/core/load/merge.js';

describe('mergeChain (child first)', () => {
  it('merges maps key by key, deep', () => {
    const base = { partners: { veilig_thuis: { naam: 'VT', adres: 'Havenweg' }, rvdk: { naam: 'Raad' } } };
    const child = { partners: { veilig_thuis: { adres: 'Dijk 1' }, lokaal_team: { naam: 'Wijkteam' } } };
    expect(mergeChain([child, base])).toEqual({
      partners: { veilig_thuis: { naam: 'VT', adres: 'Dijk 1' }, rvdk: { naam: 'Raad' }, lokaal_team: { naam: 'Wijkteam' } },
    });
  });

  it('lets a list in the child replace the base list instead of appending to it', () => {
    const merged = mergeChain([{ h: [{ naam: 'LIRIK' }] }, { h: [{ naam: 'Signs of Safety' }, { naam: 'Delta' }] }]);
    expect(merged.h).toEqual([{ naam: 'LIRIK' }]);
  });

  it('lets text replace a map and a map replace text', () => {
    expect(mergeChain([{ hoe: 'gewoon bellen' }, { hoe: { afspraak: 'bellen', termijn: '5 dagen' } }]).hoe).toBe('gewoon bellen');
    expect(mergeChain([{ hoe: { termijn: '2 dagen' } }, { hoe: 'bellen' }]).hoe).toEqual({ termijn: '2 dagen' });
  });

  it('keeps an empty value of the child: the inherited agreement is gone and open again', () => {
    const merged = mergeChain([{ a: { gi: null } }, { a: { gi: { wanneer: 'x', hoe: 'y' }, rvdk: { wanneer: 'z' } } }]);
    expect(merged.a).toEqual({ gi: null, rvdk: { wanneer: 'z' } });
  });

  it('merges a chain of three, the nearest file winning', () => {
    const landelijk = { j: { werkwijze: 'landelijk', frequentie: 'jaarlijks' }, x: 1 };
    const regio = { j: { werkwijze: 'regio' } };
    const gemeente = { j: { frequentie: 'elk kwartaal' } };
    expect(mergeChain([gemeente, regio, landelijk])).toEqual({ j: { werkwijze: 'regio', frequentie: 'elk kwartaal' }, x: 1 });
  });

  it('does not inherit what a base says about itself (extends, basis)', () => {
    const merged = mergeChain([
      { extends: '../regio.yaml', gemeente: { naam: 'A' } },
      { basis: true, extends: '../land.yaml', regio: { naam: 'R' } },
    ]);
    expect(merged).toEqual({ extends: '../regio.yaml', gemeente: { naam: 'A' }, regio: { naam: 'R' } });
  });

  it('does not change its inputs', () => {
    const base = { a: { b: 1 } };
    mergeChain([{ a: { c: 2 } }, base]);
    expect(base).toEqual({ a: { b: 1 } });
  });
});

import { describe, expect, it, vi } from 'vitest';

// herstel keeps the set of keys the format knows in a module variable, filled on first use. A test
// that imports the module afresh sees that set built anew, not the one an earlier test left.
async function freshHerstel(): Promise<typeof import('../../src/core/herstel.js').herstel> {
  vi.resetModules();
  return (await import('../../src/core/herstel.js')).herstel;
}

describe('the keys herstel gives their missing space', () => {
  it.each([
    ['a key of a map', 'document:\n  titel:Afspraken\n  versie: "2"\n', 'document:\n  titel: Afspraken\n  versie: "2"\n'],
    [
      'a key that only occurs in the items of a list',
      'partners:\n  overig:\n    - id: x\n      taak:Iets\n      eigen_document: x\n',
      'partners:\n  overig:\n    - id: x\n      taak: Iets\n      eigen_document: x\n',
    ],
    [
      'a key five levels deep',
      'afspraken:\n  i_escalatie:\n    stappen:\n      - wie: x\n        niveau:Team\n        termijn: x\n',
      'afspraken:\n  i_escalatie:\n    stappen:\n      - wie: x\n        niveau: Team\n        termijn: x\n',
    ],
    [
      'a key in a list item with two spaces after the dash',
      'document:\n  -  titel:Afspraken\n     versie: "2"\n',
      'document:\n  -  titel: Afspraken\n     versie: "2"\n',
    ],
  ])('are known on first use of a freshly loaded module: %s', async (_, text, fixed) => {
    const herstel = await freshHerstel();
    expect(herstel(text).text).toBe(fixed);
    // And still on the second use, from the kept set.
    expect(herstel(text).text).toBe(fixed);
  });
});

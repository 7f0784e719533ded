import { describe, expect, it } from 'vitest';
import type { Rule, RuleFinding } from '../../src/core/rules/define-rule.js';
import { bestandGrens, GRENZEN } from '../../src/core/rules/grenzen.js';

// Each limit of bestand-grens: exactly at the limit is fine, one over is one finding on the right
// path, and the message says which limit and by how much (in Dutch number notation).

function run(data: unknown): RuleFinding[] {
  const found: RuleFinding[] = [];
  (bestandGrens as Rule).run({ data: data as Record<string, unknown>, today: '2026-11-23', report: (f) => found.push(f) });
  return found;
}

const list = (n: number): string[] => Array.from({ length: n }, (_, i) => `x${i}`);
/** Maps nested so that the innermost one is at the given depth (the root is depth 0). */
const nested = (depth: number): Record<string, unknown> => {
  let node: Record<string, unknown> = { laatste: 'x' };
  for (let i = 0; i < depth; i++) node = { k: node };
  return node;
};

describe('bestand-grens', () => {
  it(`more than ${GRENZEN.gis} GI's only under partners.gi`, () => {
    expect(run({ partners: { gi: list(GRENZEN.gis) } })).toEqual([]);
    const found = run({ partners: { gi: list(GRENZEN.gis + 1) } });
    expect(found).toEqual([
      {
        path: ['partners', 'gi'],
        onderdeel: null,
        message: `Onder \`partners.gi\` staan 51 GI's; swa verwerkt er hooguit 50 (een regio werkt in de praktijk met een handvol). Controleer of de lijst klopt.`,
      },
    ]);
    // The same length anywhere else is an ordinary list, far under its own limit.
    expect(run({ a: { gi: list(60) }, partners: { x: list(60), gi: [{ id: 'a', extra: list(60) }] }, z: { partners: { gi: list(60) } } })).toEqual([]);
  });

  it(`more than ${GRENZEN.lijst} items in a list, and a map with a key "length" is not a list`, () => {
    expect(run({ afspraken: { i_escalatie: { stappen: list(GRENZEN.lijst) } } })).toEqual([]);
    expect(run({ afspraken: { i_escalatie: { stappen: list(1234) } } })).toEqual([
      {
        path: ['afspraken', 'i_escalatie', 'stappen'],
        onderdeel: 'i',
        message:
          'Deze lijst heeft 1.234 onderdelen; swa verwerkt er hooguit 200 per lijst. Een document met zoveel regels is niet meer te lezen of te openen; controleer of de lijst klopt.',
      },
    ]);
    expect(run({ partners: { gi: { length: 500 } }, x: { length: 5000 } })).toEqual([]);
  });

  it(`nesting deeper than ${GRENZEN.diepte} levels, reported once at the first level past it`, () => {
    expect(run(nested(GRENZEN.diepte))).toEqual([]);
    const found = run(nested(GRENZEN.diepte + 3));
    expect(found).toEqual([
      {
        path: Array(GRENZEN.diepte + 1).fill('k'),
        onderdeel: null,
        message:
          'Hier is het bestand dieper ingesprongen dan 32 niveaus (groepen en lijsten in elkaar). Zo diep gaan afspraken nooit; controleer de inspringing.',
      },
    ]);
  });

  it(`a text of more than ${GRENZEN.tekst} characters, but not a long key`, () => {
    expect(run({ e_nieuwe_zorgen_na_ots: 'x'.repeat(GRENZEN.tekst) })).toEqual([]);
    expect(run({ ['k'.repeat(GRENZEN.tekst + 1)]: 'kort' })).toEqual([]);
    expect(run({ afspraken: { e_nieuwe_zorgen_na_ots: 'x'.repeat(25_000) } })).toEqual([
      {
        path: ['afspraken', 'e_nieuwe_zorgen_na_ots'],
        onderdeel: 'e',
        at: 'value',
        message:
          "Deze tekst is 25.000 tekens lang; swa verwerkt hooguit 20.000 tekens per tekst (zo'n tien bladzijden). Korter opschrijven, of verwijs naar een apart document.",
      },
    ]);
  });
});

/**
 * Render writes the original-text record (customXml, word/original-record.ts) from what the
 * builder knows, not by reading its own document back. The record must still be exactly what
 * `swa verwerk` reads from the document: readOriginalRecord (the parse of word/document.xml)
 * and the record stored beside it are held side by side, on values that stress the difference
 * (characters docx drops or XML cannot hold, line breaks at the end of a value, ⟦n⟧ in a text).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findOriginalRecord, readOriginalRecord } from '../../src/word/original-record.js';
import { check, renderable, renderDocx } from '../property/documents.js';
import { PROPERTY_TIMEOUT, settings } from '../property/arbitraries.js';
import { ROOT } from '../helpers/cli.js';

const COMPLEET = readFileSync(join(ROOT, 'test/fixtures/check/compleet/afspraken.yaml'), 'utf8');
const E_LINE = '  e_nieuwe_zorgen_na_ots: Het wijkteam neemt binnen 5 werkdagen contact op met de Raad.\n';

/** The compleet fixture with onderdeel e's agreement (a whole paragraph) and the gemeente's name (inside sentences) replaced. */
function withValues(agreement: string, naam: string): string {
  return COMPLEET.replace(E_LINE, `  e_nieuwe_zorgen_na_ots: ${JSON.stringify(agreement)}\n`).replace(/naam: [^\n]*/, `naam: ${JSON.stringify(naam)}`);
}

async function expectRecordsAgree(text: string): Promise<number> {
  const result = check(text);
  if (!renderable(result)) return 0;
  const { documents } = await renderDocx(result);
  for (const document of documents) {
    const parts = unzipSync(document.bytes);
    const texts = new Map(Object.entries(parts).map(([name, bytes]) => [name, strFromU8(bytes)]));
    const stored = findOriginalRecord(texts);
    expect(stored, document.fileName).not.toBeNull();
    expect(stored, document.fileName).toEqual(readOriginalRecord(parts));
  }
  return documents.length;
}

describe('the original-text record render writes is what the document says', () => {
  it('for the complete file and for hostile values', async () => {
    const cases = [
      COMPLEET,
      withValues('Het wijkteam \uFFFF\uFFFE\uFDD0\u0001\u001b[2J neemt \u202Elive\u202C contact op.', 'Tekens\u0007dorp \uD800'),
      withValues('Eerste regel\r\nTweede\tregel\n\n', 'Dorp ⟦3⟧ met ⟦⟧'),
      withValues('  spaties   blijven  ', '<b>&amp;"\''),
      // Found by the property: a value that is a whole paragraph, ending in a line break and a character docx drops.
      withValues('Afspraak', 'Dorp \n\u0000'),
    ];
    for (const text of cases) expect(await expectRecordsAgree(text)).toBeGreaterThan(0);
  }, 60_000);

  it(
    'property: for any agreement text and name',
    async () => {
      const value = fc.string({
        unit: fc.oneof(
          fc.constantFrom('\n', '\r', '\t', '\u0001', '\uFFFE', '\uD800', '⟦', '⟧', '1', ' ', '&', '<'),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        ),
        maxLength: 30,
      });
      await fc.assert(
        fc.asyncProperty(value, value, async (agreement, naam) => {
          await expectRecordsAgree(withValues(`Afspraak ${agreement}`, `Dorp ${naam}`));
        }),
        settings(5),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

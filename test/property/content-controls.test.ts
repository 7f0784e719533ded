/**
 * Issue 12 part 1 as a property over generated agreement files: in every document `swa render
 * --per-partner` makes, each content control names a path of the file's data and holds what the
 * file says there, so that `swa verwerk` can bring an edit back to exactly that place.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementFile, nearlyCompleteFile, PROPERTY_TIMEOUT, settings } from './arbitraries.js';
import { check, renderable, renderDocx } from './documents.js';
import { controlsOf, shownForms, valueAt } from '../helpers/content-controls.js';

describe('property: the content controls name where their text comes from', () => {
  it(
    'every tag is a path of the data, a control holds the value there, ids run 1..n',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(agreementFile({ maxGi: 2 }), nearlyCompleteFile({ maxGi: 2 })), async (file) => {
          const result = check(file.text);
          if (!renderable(result)) return;
          const { documents } = await renderDocx(result);
          for (const document of documents) {
            const controls = controlsOf(document.bytes);
            const where = document.partner ?? 'integraal';
            expect(controls.length, where).toBeGreaterThan(0);
            expect(
              controls.map((c) => c.id).sort((a, b) => a - b),
              where,
            ).toEqual(controls.map((_, i) => i + 1));
            for (const control of controls) {
              const value = valueAt(result.data, control.tag);
              expect(value, `${where}: ${control.tag} bestaat niet in de gegevens`).not.toBeUndefined();
              expect(control.alias, control.tag).not.toBe('');
              // A plain-text control shows something made from the value (names, a date in Dutch).
              if (control.derived) continue;
              expect(typeof value, `${where}: ${control.tag}`).toBe('string');
              expect(shownForms(value as string), `${where}: ${control.tag} (${control.alias})`).toContain(control.text);
            }
          }
        }),
        settings(4),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

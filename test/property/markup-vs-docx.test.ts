/**
 * Properties (a) and (b) run mostly on the template markup (renderMarkup), which repeats the steps
 * of renderFile before the docx step. This keeps that shortcut honest: for the same file it shows
 * the same documents, the same placeholders and the same agreements as the real .docx files. If
 * renderFile changes how a document is made, this fails before (a) and (b) could pass on stale steps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearlyCompleteFile, PROPERTY_TIMEOUT, settings } from './arbitraries.js';
import { check, openPoints, renderable, renderDocx, renderMarkup, type ShownDocument } from './documents.js';

function summary(documents: ShownDocument[]) {
  return documents.map((d) => ({
    partner: d.partner,
    placeholders: d.text.split(/\[nog af te spreken|\[nog in te vullen/).length - 1,
    marked: d.marked,
    openPoints: openPoints(d).length > 0,
    agreements: [...new Set(d.text.match(/werkafspraak W\d+/g) ?? [])].sort(),
  }));
}

describe('the markup shortcut of properties (a) and (b)', () => {
  it(
    'shows the same documents, placeholders and agreements as the real .docx files',
    async () => {
      await fc.assert(
        fc.asyncProperty(nearlyCompleteFile({ maxGi: 2, max: 3 }), async (file) => {
          const result = check(file.text);
          fc.pre(renderable(result));
          expect(summary(await renderMarkup(result))).toEqual(summary((await renderDocx(result)).shown));
        }),
        settings(2),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

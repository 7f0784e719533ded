/**
 * Issue 8 (a): `swa check` reports no error ⇔ no rendered document (the integral one and every
 * per-partner one) shows something as not agreed: "[nog af te spreken …]" or "[nog in te vullen …]", a part marked open, or a
 * deferral ("n.v.t.", "Zie bijlage 3.") standing where an agreement should be.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementFile, DEFERRALS, nearlyCompleteFile, PROPERTY_TIMEOUT, settings, type GeneratedFile } from './arbitraries.js';
import { check, documentName, openPoints, renderable, renderDocx, renderMarkup, type ShownDocument } from './documents.js';

function shownOpen(documents: ShownDocument[]): string[] {
  return documents.flatMap((d) => openPoints(d).map((point) => `${documentName(d.partner)}: ${point}`));
}

/** No error ⇒ nothing open in any document. */
async function noErrorMeansNothingOpen(file: GeneratedFile, depth: 'markup' | 'docx'): Promise<void> {
  const result = check(file.text);
  const errors = result.findings.filter((f) => f.severity === 'fout');
  // The real documents cost a second per file: spend them only on files the property is about.
  if (depth === 'docx') fc.pre(errors.length === 0);
  if (errors.length > 0 || !renderable(result)) return;
  const documents = depth === 'docx' ? (await renderDocx(result)).shown : await renderMarkup(result);
  expect(shownOpen(documents), 'swa check vindt geen fout, maar een document toont open punten').toEqual([]);
}

/**
 * The gaps found in the code before issue 8 (see the report that came with these tests): a file
 * with one of them is left out of the "restricted" runs, which therefore pass before the fixes too.
 */
function knownGap(data: Record<string, unknown>): boolean {
  const object = (value: unknown): Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const get = (path: string[]): unknown => path.reduce<unknown>((node, key) => object(node)[key], data);
  const filled = (value: unknown): boolean =>
    typeof value === 'string' && value.trim() !== '' && !/^(todo|tbd|fixme|n\.t\.b|nog |volgt$|p\.m\.|xxx|\.\.\.|…|-$|\?$)/i.test(value.trim());
  const gis = get(['partners', 'gi']);
  const partners = [...['lokaal_team', 'veilig_thuis', 'rvdk'].map((key) => get(['partners', key])), ...(Array.isArray(gis) ? gis : [])];
  const deferral = new Set(DEFERRALS.map((d) => d.toLocaleLowerCase('nl')));
  let deferred = false;
  JSON.stringify(data, (_key, value: unknown) => {
    if (typeof value === 'string' && deferral.has(value.trim().toLocaleLowerCase('nl'))) deferred = true;
    return value;
  });
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const acuut = get(['afspraken', 'i_escalatie', 'acuut']);
  const acuutTexts = (Array.isArray(acuut) ? acuut : [acuut]).map((item) => (typeof item === 'object' && item !== null ? object(item).afspraak : item));
  return (
    deferred ||
    // Found by these properties (see the report): placeholders on the cover, in the escalation
    // ladder, for the acute agreement, for an instrument or a visiedocument named "TODO", and the
    // "nog niet geëvalueerd" marked open.
    !filled(get(['document', 'versie'])) ||
    !filled(get(['document', 'datum'])) ||
    !filled(get(['evaluatie', 'laatste'])) ||
    list(get(['afspraken', 'i_escalatie', 'stappen'])).some((stap) => !filled(object(stap).niveau)) ||
    acuutTexts.some((text) => !filled(text)) ||
    list(get(['afspraken', 'h_methoden_en_instrumenten'])).some((instrument) => !filled(object(instrument).naam)) ||
    list(get(['visie', 'documenten'])).some((document) => !filled(object(document).titel)) ||
    !filled(get(['document', 'looptijd', 'van'])) ||
    !filled(get(['document', 'looptijd', 'tot'])) ||
    !filled(get(['evaluatie', 'wie'])) ||
    partners.some((partner) => !filled(object(object(partner).contactpersoon).naam)) ||
    partners.some((partner) => !filled(object(object(partner).ondertekenaar).naam) || !filled(object(object(partner).ondertekenaar).functie))
  );
}

/** Mostly files with one field left open (many of them give no error, which is where the property bites), some with more. */
const mostlyComplete = fc.oneof(
  { arbitrary: nearlyCompleteFile({ max: 1 }), weight: 3 },
  { arbitrary: nearlyCompleteFile({ max: 3 }), weight: 1 },
  { arbitrary: agreementFile(), weight: 1 },
);

describe('property (a): compleet means no open point in any document', () => {
  it(
    'no error from swa check ⇒ no placeholder, open mark or deferral in the integral or any per-partner document (view and templates)',
    async () => {
      await fc.assert(
        fc.asyncProperty(mostlyComplete, (file) => noErrorMeansNothingOpen(file, 'markup')),
        settings(60),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'the same on the real .docx files, for fewer files',
    async () => {
      await fc.assert(
        fc.asyncProperty(nearlyCompleteFile({ maxGi: 1, max: 1, coverAll: true }), (file) => noErrorMeansNothingOpen(file, 'docx')),
        settings(1),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'the same, restricted to files without the gaps known before issue 8 (shows the harness itself is sound)',
    async () => {
      await fc.assert(
        fc.asyncProperty(mostlyComplete, async (file) => {
          fc.pre(!knownGap(file.data));
          await noErrorMeansNothingOpen(file, 'markup');
        }),
        settings(25),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'and the other way: a file whose documents show nothing open gets no error from swa check (files with dates that agree and every partner named)',
    async () => {
      await fc.assert(
        fc.asyncProperty(nearlyCompleteFile({ coverAll: true }), async (file) => {
          const result = check(file.text);
          fc.pre(renderable(result));
          const open = shownOpen(await renderMarkup(result));
          const errors = result.findings.filter((f) => f.severity === 'fout').map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`);
          if (open.length === 0) expect(errors, 'geen document toont een open punt, maar swa check vindt fouten').toEqual([]);
          else expect(errors, `documenten tonen open punten (${open.join(' | ')}), maar swa check vindt geen fout`).not.toEqual([]);
        }),
        settings(40),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

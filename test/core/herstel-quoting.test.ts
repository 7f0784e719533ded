import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { herstel } from '../../src/core/herstel.js';
import { parsePositions } from '../../src/core/load/parse-yaml.js';

const RUNS = Number(process.env.SWA_PROPERTY_RUNS ?? 1);

/** The value of `document.titel`, when the text parses without errors. */
function titel(text: string): unknown {
  const { doc } = parsePositions(text);
  if (doc.errors.length > 0) return { errors: doc.errors.map((e) => e.message) };
  return (doc.toJS() as { document?: { titel?: unknown } } | null)?.document?.titel;
}

// Characters a title may hold, among them the ones a double- or single-quoted YAML text escapes.
const piece = fc.constantFrom('a', 'Z', 'é', '1', ' ', '"', '\\', "'", ':', '#', '-', ',', '[', '{', '’', 'x’y');
const inner = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

describe('herstel quotes a text so that it reads back as written', () => {
  it('a text in curly double quotes becomes exactly the text between them', () => {
    fc.assert(
      fc.property(inner, (text) => {
        const file = `document:\n  titel: “${text}”\n`;
        // Only texts yaml reads as one plain value with the curly quotes around it.
        fc.pre(titel(file) === `“${text}”`);
        const fixed = herstel(file);
        expect(titel(fixed.text)).toBe(text);
        expect(fixed.changes.map((c) => c.soort)).toEqual(['gekrulde-aanhalingstekens']);
        expect(herstel(fixed.text).changes).toEqual([]);
      }),
      { numRuns: 300 * RUNS },
    );
  });

  it('a text in curly single quotes becomes exactly the text between them', () => {
    fc.assert(
      fc.property(inner, (text) => {
        const file = `document:\n  titel: ‘${text}’\n`;
        // An apostrophe inside is an edge of its own (herstel-edges.test.ts).
        fc.pre(titel(file) === `‘${text}’` && !text.includes('’'));
        const fixed = herstel(file);
        expect(titel(fixed.text)).toBe(text);
        expect(herstel(fixed.text).changes).toEqual([]);
      }),
      { numRuns: 300 * RUNS },
    );
  });

  it('a text cut by " #" becomes the whole line, hashtag and all', () => {
    fc.assert(
      fc.property(inner, fc.stringMatching(/^[a-z0-9][a-z0-9 "\\]{0,8}$/), (text, tag) => {
        const file = `document:\n  titel: A${text} #${tag}\n`;
        const whole = `A${text} #${tag}`.trimEnd();
        fc.pre(titel(file) === `A${text}`.trimEnd() && !whole.slice(0, -tag.length - 2).includes(' #'));
        const fixed = herstel(file);
        expect(titel(fixed.text)).toBe(whole);
        expect(herstel(fixed.text).changes).toEqual([]);
      }),
      { numRuns: 300 * RUNS },
    );
  });
});

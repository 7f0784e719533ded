import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/core/load/source.js';

// The tekst-afgebroken message: what YAML drops (from the `#`), what it keeps, and the whole text
// in quotes as an example of the fix, shortened so that a long line stays readable.

const cut = (text: string) => {
  const loaded = loadSource('g.yaml', Buffer.from(text));
  if (!loaded.ok) throw new Error('did not load');
  const found = loaded.source.findings.filter((f) => f.rule === 'tekst-afgebroken');
  expect(found).toHaveLength(1);
  return found[0]!;
};

const TAIL = '; `swa check --herstel` doet dat voor u. Is het commentaar, zet dan een spatie na #.';

describe('the tekst-afgebroken message', () => {
  it('names what is dropped and what is kept, and quotes the whole text', () => {
    expect(cut('a: x #tag\n')).toEqual({
      rule: 'tekst-afgebroken',
      severity: 'waarschuwing',
      onderdeel: null,
      file: 'g.yaml',
      line: 1,
      column: 6,
      path: ['a'],
      message: `Vanaf \` #\` leest YAML de rest van de regel als commentaar: \`#tag\` komt niet in het document, alleen \`x\`. Hoort het bij de tekst, zet de hele tekst dan tussen aanhalingstekens (\`"x #tag"\`)${TAIL}`,
    });
  });

  it('leaves out the spaces around the parts, also at the end of the line and of the file', () => {
    for (const text of ['a: x   #tag  \nb: y\n', 'a: x #tag', 'a: x #tag\r\nb: y\r\n', 'a: x\t#tag\t\n']) {
      expect(cut(text).message, JSON.stringify(text)).toContain(
        '`#tag` komt niet in het document, alleen `x`. Hoort het bij de tekst, zet de hele tekst dan tussen aanhalingstekens (`"x #tag"`);',
      );
    }
  });

  it('an empty value before the hashtag: only what is dropped', () => {
    expect(cut('c: #hashtag\n')).toMatchObject({
      line: 1,
      column: 4,
      path: ['c'],
      message: `Vanaf \` #\` leest YAML de rest van de regel als commentaar: \`#hashtag\` komt niet in het document. Hoort het bij de tekst, zet de hele tekst dan tussen aanhalingstekens (\`"#hashtag"\`)${TAIL}`,
    });
  });

  it('escapes quotes and backslashes in the example as YAML needs them', () => {
    expect(cut('a: zie "bijlage" C:\\map #2\n').message).toContain(
      '`#2` komt niet in het document, alleen `zie "bijlage" C:\\map`. Hoort het bij de tekst, zet de hele tekst dan tussen aanhalingstekens (`"zie \\"bijlage\\" C:\\\\map #2"`);',
    );
  });

  it('shortens a part over 60 characters to its first and last 28, and gives the example only up to 80 characters', () => {
    const shown = (part: string) => (part.length > 60 ? `${part.slice(0, 28)} … ${part.slice(-28)}` : part);
    const lengths = [1, 2, 27, 28, 29, 30, 56, 57, 58, 59, 60, 61, 62, 77, 78, 79, 80, 81];
    for (const k of lengths) {
      for (const l of lengths.filter((n) => n >= 2)) {
        const kept = `K${'k'.repeat(k - 1)}`.slice(0, k);
        const lost = `#${'L'.repeat(l - 2)}l`.slice(0, l);
        const whole = `${kept} ${lost}`;
        const example = whole.length <= 80 ? ` (\`"${whole}"\`)` : '';
        expect(cut(`a: ${kept} ${lost}\n`).message, `${k} ${l}`).toBe(
          `Vanaf \` #\` leest YAML de rest van de regel als commentaar: \`${shown(lost)}\` komt niet in het document, alleen \`${shown(kept)}\`. Hoort het bij de tekst, zet de hele tekst dan tussen aanhalingstekens${example}${TAIL}`,
        );
      }
    }
  });
});

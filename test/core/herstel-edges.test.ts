import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { herstel } from '../../src/core/herstel.js';

// One edge per example: what `swa check --herstel` changes, where it says it changed it, and what
// it must leave alone. The general promises (same data, idempotent) are in herstel.test.ts.

describe('herstel reports each correction at the place it made it', () => {
  it.each([
    [
      'a tab in the indentation, at the first column of its line',
      'document:\n  titel: Afspraken\n\tversie: "2"\n',
      'document:\n  titel: Afspraken\n  versie: "2"\n',
      [{ line: 3, column: 1, soort: 'tab', omschrijving: 'inspringing met een tab vervangen door 2 spaties' }],
    ],
    [
      'a known key without its space, right after the colon',
      'document:\n  titel:Afspraken\n  versie: "2"\n',
      'document:\n  titel: Afspraken\n  versie: "2"\n',
      [{ line: 2, column: 9, soort: 'spatie-na-dubbele-punt', omschrijving: 'spatie gezet na `titel:`' }],
    ],
    [
      'a text with a second colon, where the text starts',
      'document:\n  titel: a: b\n  versie: "2"\n',
      'document:\n  titel: "a: b"\n  versie: "2"\n',
      [{ line: 2, column: 10, soort: 'dubbele-punt-in-tekst', omschrijving: 'tekst met een dubbele punt tussen aanhalingstekens gezet' }],
    ],
    [
      'a straight quote closed by a curly one, at the curly quote',
      'document:\n  titel: "Afspraken”\n',
      'document:\n  titel: "Afspraken"\n',
      [{ line: 2, column: 20, soort: 'gekrulde-aanhalingstekens', omschrijving: 'gekruld afsluitend aanhalingsteken vervangen door een recht' }],
    ],
    [
      'a text in curly double quotes',
      'document:\n  titel: „Afspraken”\n',
      'document:\n  titel: "Afspraken"\n',
      [{ line: 2, column: 10, soort: 'gekrulde-aanhalingstekens', omschrijving: 'gekrulde aanhalingstekens (“ ”) vervangen door rechte' }],
    ],
    [
      'a text in curly single quotes',
      'document:\n  titel: ‘Afspraken’\n',
      "document:\n  titel: 'Afspraken'\n",
      [{ line: 2, column: 10, soort: 'gekrulde-aanhalingstekens', omschrijving: 'gekrulde enkele aanhalingstekens (‘ ’) vervangen door rechte' }],
    ],
    [
      'a text cut by " #"',
      'document:\n  titel: Afspraken #2025\n',
      'document:\n  titel: "Afspraken #2025"\n',
      [{ line: 2, column: 10, soort: 'tekst-afgebroken', omschrijving: 'tekst met " #" tussen aanhalingstekens gezet, zodat hij niet meer wordt afgebroken' }],
    ],
    [
      'a Dutch date',
      'document:\n  datum: 1 maart 2025\n',
      'document:\n  datum: 2025-03-01\n',
      [{ line: 2, column: 10, soort: 'datum', omschrijving: 'datum `1 maart 2025` geschreven als `2025-03-01`' }],
    ],
    [
      'a number where the format wants text',
      'document:\n  versie: 2.0\n',
      'document:\n  versie: "2.0"\n',
      [{ line: 2, column: 11, soort: 'getal-als-tekst', omschrijving: '`2.0` tussen aanhalingstekens gezet, zodat het tekst blijft en geen getal wordt' }],
    ],
    [
      'a correction on the first line after a byte order mark, counted without the mark',
      '\uFEFFtitel: “x”\n',
      '\uFEFFtitel: "x"\n',
      [{ line: 1, column: 8, soort: 'gekrulde-aanhalingstekens', omschrijving: 'gekrulde aanhalingstekens (“ ”) vervangen door rechte' }],
    ],
    [
      'a correction below leading blank lines, on its own line',
      '\n\ndocument:\n  versie: 2.0\n',
      '\n\ndocument:\n  versie: "2.0"\n',
      [{ line: 4, column: 11, soort: 'getal-als-tekst', omschrijving: '`2.0` tussen aanhalingstekens gezet, zodat het tekst blijft en geen getal wordt' }],
    ],
  ])('%s', (_, text, fixed, changes) => {
    expect(herstel(text)).toEqual({ text: fixed, changes });
  });

  it('lists corrections of later rounds in line order, after the syntax is fixed', () => {
    // Round one: the missing space; round two: the number. The list is by line, not by round.
    const fixed = herstel('schema_versie: 1\ndocument:\n  versie: 2\n  titel:Afspraken\n');
    expect(fixed.text).toBe('schema_versie: 1\ndocument:\n  versie: "2"\n  titel: Afspraken\n');
    expect(fixed.changes.map((c) => [c.line, c.column, c.soort])).toEqual([
      [3, 11, 'getal-als-tekst'],
      [4, 9, 'spatie-na-dubbele-punt'],
    ]);
  });

  it('puts a tab at the level its key belongs to, also while another slip further on is still unfixed', () => {
    // The schema decides between the open levels (0 or 2 spaces); the second colon on line 8 used to keep it from deciding.
    const fixed = herstel(
      'schema_versie: 1\ndocument:\n  titel: Afspraken\n\tstatus:\n  versie: "1"\nmeldcode:\n  naam: Meldcode\n  toelichting: Wie: belt Veilig Thuis\n',
    );
    expect(fixed.text).toBe(
      'schema_versie: 1\ndocument:\n  titel: Afspraken\n  status:\n  versie: "1"\nmeldcode:\n  naam: Meldcode\n  toelichting: "Wie: belt Veilig Thuis"\n',
    );
    expect(fixed.changes.map((c) => [c.line, c.soort])).toEqual([
      [4, 'tab'],
      [8, 'dubbele-punt-in-tekst'],
    ]);
  });

  it('puts a tab at its level also when the values below it are still wrong at every level', () => {
    // At column 1 `status:` would take versie and datum as its children: one unknown key instead of two wrong values.
    const fixed = herstel('document:\n  titel: Afspraken\n\tstatus:\n  versie: 1.0\n  datum: 3 maart 2026\n');
    expect(fixed.text).toBe('document:\n  titel: Afspraken\n  status:\n  versie: "1.0"\n  datum: 2026-03-03\n');
  });

  it('orders two corrections on one line by column', () => {
    const fixed = herstel('document:\n  titel: Afspraken\n\tondertitel: a: b\n');
    expect(fixed.text).toBe('document:\n  titel: Afspraken\n  ondertitel: "a: b"\n');
    expect(fixed.changes.map((c) => [c.line, c.column, c.soort])).toEqual([
      [3, 1, 'tab'],
      [3, 15, 'dubbele-punt-in-tekst'],
    ]);
  });

  it('keeps a byte order mark that only ends the file, and every other character', () => {
    const fixed = herstel('document:\n  versie: 2.0\n# einde \uFEFF');
    expect(fixed.text).toBe('document:\n  versie: "2.0"\n# einde \uFEFF');
  });
});

describe('herstel fixes one edge of each correction', () => {
  it.each([
    ['a curly-wrapped text with paired curly quotes inside', 'document:\n  titel: “de “nieuwe” regeling”\n', 'document:\n  titel: "de “nieuwe” regeling"\n'],
    [
      'a curly single-quoted text with an apostrophe between letters and a straight quote inside',
      "document:\n  titel: ‘it’s a 'x'’\n",
      "document:\n  titel: 'it’s a ''x'''\n",
    ],
    ['a second colon after two spaces', 'document:\n  titel:  a: b\n', 'document:\n  titel:  "a: b"\n'],
    ['a second colon in a top-level key', 'naam: a: b\n', 'naam: "a: b"\n'],
    [
      'a second colon followed by a deeper comment',
      'document:\n  titel: a: b\n    # c\n  versie: "2"\n',
      'document:\n  titel: "a: b"\n    # c\n  versie: "2"\n',
    ],
    [
      'a second colon followed by a line of only spaces',
      'document:\n  titel: a: b\n      \n  versie: "2"\n',
      'document:\n  titel: "a: b"\n      \n  versie: "2"\n',
    ],
    ['a second colon followed by a deeper key', 'document:\n  titel: a: b\n    sleutel: x\n', 'document:\n  titel: "a: b"\n    sleutel: x\n'],
    ['a second colon followed by a deeper key without value', 'document:\n  titel: a: b\n    sleutel:\n', 'document:\n  titel: "a: b"\n    sleutel:\n'],
    ['a second colon on the last line, without a line end', 'document:\n  titel: a: b', 'document:\n  titel: "a: b"'],
    ['a second colon with Windows line ends', 'document:\r\n  titel: a: b\r\n  versie: "2"\r\n', 'document:\r\n  titel: "a: b"\r\n  versie: "2"\r\n'],
    ['a curly close after two spaces', 'document:\n  titel:  "a”\n', 'document:\n  titel:  "a"\n'],
    ['a curly close in a list item indented by one space', 'document:\n - "a”\n', 'document:\n - "a"\n'],
    ['a curly close in a list item indented by four spaces', 'document:\n    - "a”\n', 'document:\n    - "a"\n'],
    ['a curly close in a list item with two spaces after the dash', 'document:\n  -  "a”\n', 'document:\n  -  "a"\n'],
    ['a curly close followed by a tab', 'document:\n  titel: "a”\t\n', 'document:\n  titel: "a"\t\n'],
    ['a curly close followed by spaces', 'document:\n  titel: "a”  \n', 'document:\n  titel: "a"  \n'],
    [
      'a cut text followed by spaces: the spaces stay outside the quotes',
      'document:\n  titel: Afspraken #2025   \n',
      'document:\n  titel: "Afspraken #2025"   \n',
    ],
    [
      'a curly-wrapped text before a comment-like hashtag: only the quotes change',
      'document:\n  titel: “Afspraken” #2025\n',
      'document:\n  titel: "Afspraken" #2025\n',
    ],
    ['a Dutch date cut by " #": the whole text is quoted, not made a date', 'document:\n  datum: 1 maart 2025 #1\n', 'document:\n  datum: "1 maart 2025 #1"\n'],
    ['a tab and a second colon on one line', 'document:\n  titel: Afspraken\n\tondertitel: a: b\n', 'document:\n  titel: Afspraken\n  ondertitel: "a: b"\n'],
    [
      'a known key without its space, on the line above the one yaml complains about',
      'document:\n  titel:Afspraken\n  versie: "2"\n',
      'document:\n  titel: Afspraken\n  versie: "2"\n',
    ],
    ['a known key without its space, below another key', 'document:\n  versie: "2"\n  titel:Afspraken\n', 'document:\n  versie: "2"\n  titel: Afspraken\n'],
    [
      'a curly-wrapped text with a low opening quote paired inside',
      'document:\n  titel: “de „nieuwe” regeling”\n',
      'document:\n  titel: "de „nieuwe” regeling"\n',
    ],
    ['a second colon in a list item with two spaces after the dash', 'document:\n  -  titel: a: b\n', 'document:\n  -  titel: "a: b"\n'],
    [
      'a known key without its space in a list item with two spaces after the dash',
      'document:\n  -  titel:Afspraken\n     versie: "2"\n',
      'document:\n  -  titel: Afspraken\n     versie: "2"\n',
    ],
  ])('%s', (_, text, fixed) => {
    expect(herstel(text).text).toBe(fixed);
  });
});

describe('herstel leaves alone what is not certainly a slip', () => {
  it.each([
    ['a key in curly quotes', 'document:\n  “titel”: x\n'],
    ['a Dutch date already in quotes', 'document:\n  datum: "1 maart 2025"\n'],
    ['a date that does not exist', 'document:\n  datum: 32 maart 2025\n'],
    ['a date-like value where the format wants a web address', 'visie:\n  documenten:\n    - titel: Visie\n      url: 1 maart 2025\n'],
    ['a number where the format wants a map', 'document: 5\n'],
    ['a number written with an exponent', 'document:\n  titel: Afspraken\n  versie: 1e3\n'],
    ['a number written in hexadecimal', 'document:\n  titel: Afspraken\n  versie: 0x10\n'],
    ['a text that only ends in curly quotes', 'document:\n  titel: x “Afspraken”\n'],
    ['a text that only starts in curly quotes', 'document:\n  titel: “Afspraken” x\n'],
    ['a text that only ends in curly single quotes', 'document:\n  titel: x ‘a’\n'],
    ['a text that only starts in curly single quotes', 'document:\n  titel: ‘a’ x\n'],
    ['two quoted parts, not one wrapped text', 'document:\n  titel: “a” en “b”\n'],
    ['a curly quote opened inside and never closed', 'document:\n  titel: “a “b”\n'],
    ['a curly-wrapped text over two lines', 'document:\n  titel: “a\n    b”\n'],
    ['a text in curly single quotes over two lines', 'document:\n  titel: ‘a\n    b’\n'],
    ['a curly close in the middle of a line', 'document:\n  titel: "a” b\n'],
    ['a second colon in a text that goes on on the next line', 'document:\n  titel: a: b\n    en meer\n'],
    ['a second colon before a deeper line that has a colon further on', 'document:\n  titel: a: b\n    zie ook: bijlage\n'],
    ['a second colon in a text with a comment behind it', 'document:\n  titel: termijn: binnen 5 dagen # x\n'],
    ['a key without its space that the format does not know', 'document:\n  titel: Afspraken\n  ondertitel:Tekst\n'],
  ])('%s', (_, text) => {
    expect(herstel(text)).toEqual({ text, changes: [] });
  });
});

describe('herstel leaves a misindentation without tabs to the writer', () => {
  it.each(['inspringing-te-ver', 'inspringing-te-weinig', 'inspringing-eerste-regel-te-ver'])('%s: only a tab says the spaces are a slip', (name) => {
    const text = readFileSync(join(import.meta.dirname, '../fixtures/check', name, 'afspraken.yaml'), 'utf8');
    expect(herstel(text)).toEqual({ text, changes: [] });
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { herstel } from '../../src/core/herstel.js';
import { dutchDateToIso } from '../../src/core/domain/dutch-date-input.js';
import { parsePositions } from '../../src/core/load/parse-yaml.js';
import { agreementFile, PROPERTY_TIMEOUT, settings } from '../property/arbitraries.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/check');
const CASES = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** The data a text stands for, or the errors that keep it from standing for anything. */
function dataOf(text: string): unknown {
  const { doc } = parsePositions(text);
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  return doc.toJS();
}

/** Fixture cases with a `bedoeld.yaml`: the file as its writer meant it. */
const FIXABLE = CASES.filter((name) => existsSync(join(FIXTURES, name, 'bedoeld.yaml')));

describe('herstel on the fixtures', () => {
  it('has fixable cases for every kind of correction', () => {
    expect(FIXABLE.length).toBeGreaterThanOrEqual(8);
  });

  it.each(FIXABLE)('%s: the fixed file holds the intended data, and a second run changes nothing', (name) => {
    const broken = readFileSync(join(FIXTURES, name, 'afspraken.yaml'), 'utf8');
    const intended = readFileSync(join(FIXTURES, name, 'bedoeld.yaml'), 'utf8');
    const fixed = herstel(broken);
    expect(fixed.changes.length).toBeGreaterThan(0);
    expect(dataOf(fixed.text)).toEqual(dataOf(intended));
    expect(herstel(fixed.text)).toEqual({ text: fixed.text, changes: [] });
  });

  it('changes nothing in a file without anything to fix', () => {
    const text = readFileSync(join(FIXTURES, 'compleet', 'afspraken.yaml'), 'utf8');
    expect(herstel(text)).toEqual({ text, changes: [] });
  });
});

describe('herstel keeps everything else as it was', () => {
  it('only the corrected characters change: comments, order and blank lines stay', () => {
    const text = '# kop\nschema_versie: 1\n\ndocument:   # commentaar\n  versie: 1.0\n  datum: 1 maart 2025  # datum\n  titel: “Afspraken”\n';
    const fixed = herstel(text);
    expect(fixed.text).toBe('# kop\nschema_versie: 1\n\ndocument:   # commentaar\n  versie: "1.0"\n  datum: 2025-03-01  # datum\n  titel: "Afspraken"\n');
    expect(fixed.changes.map((c) => [c.line, c.soort])).toEqual([
      [5, 'getal-als-tekst'],
      [6, 'datum'],
      [7, 'gekrulde-aanhalingstekens'],
    ]);
  });

  it('leaves a comment written as a comment alone, and quotes a text cut by " #"', () => {
    const fixed = herstel('gemeente:\n  naam: Toetsdorp # de naam\ndocument:\n  titel: Afspraken #2025\n');
    expect(fixed.text).toBe('gemeente:\n  naam: Toetsdorp # de naam\ndocument:\n  titel: "Afspraken #2025"\n');
  });

  it('does not touch a value the schema does not see as a date or as text', () => {
    const text = 'schema_versie: 1\ngemeente:\n  naam: 1 maart 2025\n';
    expect(herstel(text).changes).toEqual([]);
  });

  it('leaves text that only looks like a slip alone when the file reads fine', () => {
    const text = 'schema_versie: 1\ndocument:\n  titel: |\n    wanneer:Bij\n    \tmet een tab\n    tijd: 10:00\n';
    expect(herstel(text)).toEqual({ text, changes: [] });
  });

  it('a hostile file with twelve thousand tab lines is left to yaml, in bounded time', () => {
    const lines = ['a:', '  b: 1', ...Array.from({ length: 12_000 }, (_, i) => `\t  k${i}: v`)];
    const started = Date.now();
    expect(herstel(lines.join('\n')).changes).toEqual([]);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('keeps a byte order mark and Windows line ends', () => {
    const fixed = herstel('\uFEFFschema_versie: 1\r\ndocument:\r\n  versie: 2.0\r\n');
    expect(fixed.text).toBe('\uFEFFschema_versie: 1\r\ndocument:\r\n  versie: "2.0"\r\n');
  });
});

describe('Dutch dates', () => {
  it.each([
    ['1 maart 2025', '2025-03-01'],
    ['01-03-2025', '2025-03-01'],
    ['1/3/2025', '2025-03-01'],
    ['31 december 2024', '2024-12-31'],
    ['2025-3-1', '2025-03-01'],
    ['29 februari 2024', '2024-02-29'],
    ['1 mrt. 2025', '2025-03-01'],
  ])('%s → %s', (written, iso) => expect(dutchDateToIso(written)).toBe(iso));

  it.each(['29 februari 2023', '32-01-2025', '1 maand 2025', 'maart 2025', '03-2025', 'morgen'])('%s is not one certain day', (written) => {
    expect(dutchDateToIso(written)).toBeUndefined();
  });
});

// ---- property: break a valid generated file in a fixable way, fix, compare ----------------------

interface Breakage {
  intended: string;
  broken: string;
}

type Break = (lines: string[], pick: number) => Breakage | undefined;

const PLAIN_VALUE = /^( *(?:- +)?[a-z_]+: )([A-Z][^"'#:\n]*[a-z.)])$/;

function choose<T>(items: T[], pick: number): T | undefined {
  return items.length === 0 ? undefined : items[pick % items.length];
}

function replaceLine(lines: string[], index: number, line: string): string {
  return lines.map((l, i) => (i === index ? line : l)).join('\n');
}

function indices(lines: string[], test: (line: string, index: number) => boolean): number[] {
  return lines.flatMap((line, index) => (test(line, index) ? [index] : []));
}

const BREAKS: Record<string, Break> = {
  /** A tab in place of the spaces of a line that lines up with the line above it, or is its first child. */
  tab(lines, pick) {
    const index = choose(
      indices(lines, (line, i) => {
        if (!/^ +(?:- )?[a-z_]+:/.test(line) || i === 0) return false;
        const above = lines[i - 1]!;
        const spaces = (l: string): number => /^ */.exec(l)![0].length;
        return (
          /^ *(?:- )?[a-z_]+:/.test(above) && (spaces(above) === spaces(line) || (/:\s*$/.test(above) && !/^ *- /.test(above) && spaces(line) > spaces(above)))
        );
      }),
      pick,
    );
    if (index === undefined) return undefined;
    return { intended: lines.join('\n'), broken: replaceLine(lines, index, lines[index]!.replace(/^ +/, '\t')) };
  },
  curly(lines, pick) {
    const index = choose(
      indices(lines, (line) => PLAIN_VALUE.test(line)),
      pick,
    );
    if (index === undefined) return undefined;
    const [, key, value] = PLAIN_VALUE.exec(lines[index]!)!;
    return { intended: lines.join('\n'), broken: replaceLine(lines, index, `${key}“${value}”`) };
  },
  datum(lines, pick) {
    const index = choose(
      indices(lines, (line) => /^ +(?:datum|van|tot|laatste|volgende|vastgesteld): \d{4}-\d{2}-\d{2}$/.test(line)),
      pick,
    );
    if (index === undefined) return undefined;
    const [, head, y, m, d] = /^(.*: )(\d{4})-(\d{2})-(\d{2})$/.exec(lines[index]!)!;
    const month = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][Number(m) - 1];
    return { intended: lines.join('\n'), broken: replaceLine(lines, index, `${head}${Number(d)} ${month} ${y}`) };
  },
  versie(lines, pick) {
    const index = choose(
      indices(lines, (line) => /^ +versie: "\d+(\.\d+)?"$/.test(line)),
      pick,
    );
    if (index === undefined) return undefined;
    return { intended: lines.join('\n'), broken: replaceLine(lines, index, lines[index]!.replaceAll('"', '')) };
  },
  dubbelePunt(lines, pick) {
    const index = choose(
      indices(lines, (line) => PLAIN_VALUE.test(line) && / /.test(PLAIN_VALUE.exec(line)![2]!)),
      pick,
    );
    if (index === undefined) return undefined;
    const [, key, value] = PLAIN_VALUE.exec(lines[index]!)!;
    const withColon = value!.replace(' ', ': ');
    return { intended: replaceLine(lines, index, `${key}"${withColon}"`), broken: replaceLine(lines, index, `${key}${withColon}`) };
  },
  hekje(lines, pick) {
    const index = choose(
      indices(lines, (line) => PLAIN_VALUE.test(line)),
      pick,
    );
    if (index === undefined) return undefined;
    const [, key, value] = PLAIN_VALUE.exec(lines[index]!)!;
    return { intended: replaceLine(lines, index, `${key}"${value} #bijlage2"`), broken: replaceLine(lines, index, `${key}${value} #bijlage2`) };
  },
  spatie(lines, pick) {
    // A list item `- afspraak:Volgt.` is valid YAML (one text) and stays as it is; a key among keys is not.
    const index = choose(
      indices(
        lines,
        (line, i) =>
          PLAIN_VALUE.test(line) &&
          !/^ *- /.test(line) &&
          /^ *[a-z_]+: /.test(lines[i + 1] ?? '') &&
          /^ */.exec(lines[i + 1]!)![0].length === /^ */.exec(line)![0].length,
      ),
      pick,
    );
    if (index === undefined) return undefined;
    return { intended: lines.join('\n'), broken: replaceLine(lines, index, lines[index]!.replace(/: /, ':')) };
  },
};

describe('herstel over generated files', () => {
  it(
    'a valid file broken in one fixable way is fixed to the same data, and fixing again changes nothing',
    () => {
      fc.assert(
        fc.property(agreementFile(), fc.constantFrom(...Object.keys(BREAKS)), fc.nat(), (file, how, pick) => {
          const breakage = BREAKS[how]!(file.text.split('\n'), pick);
          fc.pre(breakage !== undefined);
          const { intended, broken } = breakage!;
          const fixed = herstel(broken);
          expect(dataOf(fixed.text), `${how}\n${fixed.changes.map((c) => `${c.line}: ${c.omschrijving}`).join('\n')}`).toEqual(dataOf(intended));
          expect(herstel(fixed.text).changes).toEqual([]);
        }),
        settings(150),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'a valid file broken in several fixable ways on lines apart is fixed in one run to the same data, and fixing again changes nothing',
    () => {
      const oneBreak = fc.tuple(fc.constantFrom(...Object.keys(BREAKS)), fc.nat());
      fc.assert(
        fc.property(agreementFile(), fc.array(oneBreak, { minLength: 2, maxLength: 8 }), (file, breaks) => {
          const lines = file.text.split('\n');
          const intended = [...lines];
          const broken = [...lines];
          const used: number[] = [];
          for (const [how, pick] of breaks) {
            const breakage = BREAKS[how]!(lines, pick);
            if (breakage === undefined) continue;
            const brokenLines = breakage.broken.split('\n');
            const index = brokenLines.findIndex((line, i) => line !== lines[i]);
            // Lines next to each other can break into one slip that means something else; those are the one-break property's.
            if (index < 0 || used.some((u) => Math.abs(u - index) < 2)) continue;
            used.push(index);
            intended[index] = breakage.intended.split('\n')[index]!;
            broken[index] = brokenLines[index]!;
          }
          fc.pre(used.length >= 2);
          const fixed = herstel(broken.join('\n'));
          expect(dataOf(fixed.text), fixed.changes.map((c) => `${c.line}: ${c.omschrijving}`).join('\n')).toEqual(dataOf(intended.join('\n')));
          expect(herstel(fixed.text).changes).toEqual([]);
        }),
        settings(100),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'a tab before siblings with a value to fix: the key keeps its level, and the values below it are fixed',
    () => {
      const indent = (line: string): number => /^ */.exec(line)![0].length;
      fc.assert(
        fc.property(agreementFile(), fc.nat(), fc.nat(), (file, pickTab, pickValue) => {
          const lines = file.text.split('\n');
          // A key without a value of its own, between siblings: with a tab it could also be read as their parent.
          const tabLines = indices(
            lines,
            (line, i) => /^ +[a-z_]+:$/.test(line) && i > 0 && indent(lines[i - 1]!) === indent(line) && /^ *[a-z_]+:/.test(lines[i - 1]!),
          );
          const tabAt = choose(tabLines, pickTab);
          fc.pre(tabAt !== undefined);
          const level = indent(lines[tabAt!]!);
          const siblings: number[] = [];
          for (let i = tabAt! + 1; i < lines.length && (lines[i]!.trim() === '' || indent(lines[i]!) >= level); i++) {
            if (indent(lines[i]!) === level && /^ +(?:datum|versie): /.test(lines[i]!)) siblings.push(i);
          }
          const valueAt = choose(siblings, pickValue);
          fc.pre(valueAt !== undefined);
          const [, head, quoted] = /^( +[a-z]+: )"?([^"]*)"?$/.exec(lines[valueAt!]!)!;
          const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(quoted!);
          const brokenValue = iso ? `${head}${Number(iso[3])}-${Number(iso[2])}-${iso[1]}` : `${head}${quoted}`;
          const broken = lines.map((line, i) => (i === tabAt ? line.replace(/^ +/, '\t') : i === valueAt ? brokenValue : line)).join('\n');
          const fixed = herstel(broken);
          expect(dataOf(fixed.text), fixed.changes.map((c) => `${c.line}: ${c.omschrijving}`).join('\n')).toEqual(dataOf(file.text));
        }),
        settings(100),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'a valid generated file is left exactly as it is, or only its fixable values change',
    () => {
      fc.assert(
        fc.property(agreementFile(), (file) => {
          const fixed = herstel(file.text);
          for (const change of fixed.changes) expect(['datum', 'getal-als-tekst', 'gekrulde-aanhalingstekens', 'tekst-afgebroken']).toContain(change.soort);
          if (fixed.changes.length === 0) expect(fixed.text).toBe(file.text);
        }),
        settings(100),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

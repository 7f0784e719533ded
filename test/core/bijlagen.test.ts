import { describe, expect, it } from 'vitest';
import { checkSource, type CheckOptions } from '../../src/core/check.js';
import { bijlageFindings } from '../../src/core/load/bijlagen.js';
import { levelsUp } from '../../src/core/load/levels-up.js';
import { loadSource } from '../../src/core/load/source.js';
import type { Finding } from '../../src/findings.js';
import { lineOf, memoryFiles } from '../regio/memory-files.js';

// `bijlagen.*.bestand` in the pure core: which path is looked up, which is refused without looking,
// and what the gemeente reads, at which line and column. The CLI tests (test/files/bijlagen-real-paths)
// do the same against a real directory; these run in-process, so a change in src/ shows here.

const FILE = 'g/a.yaml';
const withBijlagen = (...entries: string[]): string => `schema_versie: 1\ngemeente:\n  naam: G\nbijlagen:\n${entries.join('')}`;
const bijlage = (bestand: string): string => `  - titel: Formulier\n    bestand: ${bestand}\n`;

interface Seen {
  findings: Finding[];
  looked: string[];
}

/** Checks `text` as g/a.yaml; `fail` says which looked-up path throws which error (or value). */
function check(text: string, fail: Record<string, unknown> = {}, options: Partial<CheckOptions> = {}, file = FILE, more: Record<string, string> = {}): Seen {
  const fs = memoryFiles({ [file]: text, ...more });
  const looked: string[] = [];
  const result = checkSource(file, fs.bytes(file), {
    today: '2026-11-23',
    readFile: fs.readFile,
    rootLevelsUp: 1,
    checkFile: (path) => {
      looked.push(path);
      if (Object.hasOwn(fail, path)) throw fail[path];
    },
    ...options,
  });
  return { findings: result.findings.filter((f) => f.rule.startsWith('bijlage-') && f.rule !== 'bijlage-zonder-titel'), looked };
}
const code = (name: string): Error => Object.assign(new Error(name), { code: name });

describe('a bijlage file that is there', () => {
  it('is looked up from the directory of the agreements file, trimmed, with \\ read as /', () => {
    const seen = check(withBijlagen(bijlage('bijlagen/a.pdf'), bijlage('"  bijlagen\\\\b.pdf  "'), bijlage('../gedeeld/c.pdf'), bijlage('./d.pdf')));
    expect(seen.findings).toEqual([]);
    expect(seen.looked).toEqual(['g/bijlagen/a.pdf', 'g/bijlagen/b.pdf', 'gedeeld/c.pdf', 'g/d.pdf']);
  });

  it('is not looked up at all without a way to look (the core never touches the disk itself)', () => {
    const fs = memoryFiles({ [FILE]: withBijlagen(bijlage('bijlagen/weg.pdf')) });
    const result = checkSource(FILE, fs.bytes(FILE), { today: '2026-11-23', readFile: fs.readFile });
    expect(result.findings.filter((f) => f.rule.startsWith('bijlage-'))).toEqual([]);
  });

  it('entries without a usable `bestand` are skipped: no path, an empty or placeholder path, a number, or no map', () => {
    const text = withBijlagen(
      '  - titel: Alleen een titel\n',
      bijlage('""'),
      bijlage('TODO'),
      bijlage('12'),
      '  - losse tekst\n',
      bijlage('bijlagen/echt.pdf'),
    );
    const seen = check(text);
    expect(seen.looked).toEqual(['g/bijlagen/echt.pdf']);
    expect(seen.findings).toEqual([]);
  });

  it("`bijlagen` that is no list is the schema's finding, not a file to look for", () => {
    const seen = check('schema_versie: 1\ngemeente:\n  naam: G\nbijlagen:\n  bestand: bijlagen/x.pdf\n');
    expect(seen).toEqual({ findings: [], looked: [] });
  });

  it('with no file at all in the chain there is nothing to read from', () => {
    expect(
      bijlageFindings(
        [],
        { bijlagen: [{ bestand: 'x.pdf' }] },
        {
          checkFile: () => {
            throw code('ENOENT');
          },
          rootLevelsUp: 0,
        },
      ),
    ).toEqual([]);
  });
});

describe('a bijlage file that is not there', () => {
  const text = withBijlagen(bijlage('bijlagen/ok.pdf'), bijlage('bijlagen/x.pdf'));
  const line = lineOf(text, 'bijlagen/x.pdf');

  it.each([
    ['ENOENT', 'bestaat niet'],
    ['EISDIR', 'is een map, geen bestand'],
    ['ENOTFILE', 'is geen gewoon bestand (maar bijvoorbeeld een pijp of apparaat)'],
    ['EACCES', 'mag niet gelezen worden (geen rechten)'],
    ['EPERM', 'mag niet gelezen worden (geen rechten)'],
    ['ELOOP', 'is een kring van snelkoppelingen'],
  ])('%s: a fout at the value of `bestand` that says why', (errorCode, why) => {
    const seen = check(text, { 'g/bijlagen/x.pdf': code(errorCode) });
    expect(seen.findings).toEqual([
      expect.objectContaining({
        rule: 'bijlage-niet-gevonden',
        severity: 'fout',
        onderdeel: null,
        file: FILE,
        line,
        column: 14,
        path: ['bijlagen', 1, 'bestand'],
        message: `Het bestand g/bijlagen/x.pdf van bijlage nr. 2 ${why}. Het pad wordt gelezen vanaf de map van het afsprakenbestand; verbeter het pad of haal \`bestand\` weg.`,
      }),
    ]);
  });

  it('an error the tool does not know is named by its code, or as an unknown cause', () => {
    const tail = 'Het pad wordt gelezen vanaf de map van het afsprakenbestand; verbeter het pad of haal `bestand` weg.';
    expect(check(text, { 'g/bijlagen/x.pdf': code('EIO') }).findings.map((f) => f.message)).toEqual([
      `Het bestand g/bijlagen/x.pdf van bijlage nr. 2 kan niet gelezen worden (EIO). ${tail}`,
    ]);
    for (const thrown of [new Error('zomaar'), null, 'tekst']) {
      expect(check(text, { 'g/bijlagen/x.pdf': thrown }).findings.map((f) => f.message)).toEqual([
        `Het bestand g/bijlagen/x.pdf van bijlage nr. 2 kan niet gelezen worden (onbekende oorzaak). ${tail}`,
      ]);
    }
  });

  it('a symlink that leads out of the repository is refused as outside it', () => {
    const seen = check(text, { 'g/bijlagen/x.pdf': code('EOUTSIDE') });
    expect(seen.findings).toEqual([
      expect.objectContaining({
        rule: 'bijlage-buiten-repository',
        severity: 'fout',
        line,
        column: 14,
        message:
          'Bijlage nr. 2 wijst naar bijlagen/x.pdf, maar dat is een snelkoppeling (symlink) naar een bestand buiten de repository. Zet het bestand zelf in de repository.',
      }),
    ]);
  });
});

describe('a path that is refused without looking', () => {
  it.each(['https://example.org/x.pdf', 'mailto:iemand@example.org', 'HTTP:x.pdf', 'git+ssh.v2://host/x.pdf'])(
    'a web address (%s) belongs under `url`',
    (bestand) => {
      const text = withBijlagen(bijlage(bestand));
      const seen = check(text);
      expect(seen.looked).toEqual([]);
      expect(seen.findings).toEqual([
        expect.objectContaining({
          rule: 'bijlage-niet-gevonden',
          line: lineOf(text, bestand),
          column: 14,
          message: `Bij \`bestand\` van bijlage nr. 1 staat een webadres (${bestand}). Zet een webadres bij \`url\`, en bij \`bestand\` alleen een pad in de repository.`,
        }),
      ]);
    },
  );

  it('a path that only contains a colon further on, or starts with a digit, is a path', () => {
    const seen = check(withBijlagen(bijlage('map/http://x.pdf'), bijlage('9p://x.pdf')));
    expect(seen.findings).toEqual([]);
    expect(seen.looked).toEqual(['g/map/http:/x.pdf', 'g/9p:/x.pdf']);
  });

  it.each(['/etc/passwd', 'C:/Users/x.pdf', 'c:\\\\Users\\\\x.pdf', '\\\\\\\\server\\\\x.pdf'])(
    'a full path (%s) would only work on one computer',
    (bestand) => {
      const seen = check(withBijlagen(bijlage(`"${bestand}"`)));
      expect(seen.looked).toEqual([]);
      const shown = bestand.replaceAll('\\\\', '\\');
      expect(seen.findings).toEqual([
        expect.objectContaining({
          rule: 'bijlage-buiten-repository',
          severity: 'fout',
          message: `Bijlage nr. 1 gebruikt een volledig pad (${shown}). Gebruik een pad gezien vanaf het afsprakenbestand, bijvoorbeeld \`bijlagen/overdrachtsformulier.pdf\`, zodat het ook op andere computers werkt.`,
        }),
      ]);
    },
  );

  it('a relative path above the repository root is outside it; up to the root is inside', () => {
    const text = withBijlagen(bijlage('../x.pdf'), bijlage('../../buiten.pdf'), bijlage('bijlagen/../../../y.pdf'));
    const seen = check(text);
    expect(seen.looked).toEqual(['x.pdf']);
    expect(seen.findings.map((f) => [f.rule, f.line, f.message])).toEqual([
      [
        'bijlage-buiten-repository',
        lineOf(text, '../../buiten.pdf'),
        'Bijlage nr. 2 wijst naar ../../buiten.pdf, en dat ligt buiten de map van dit project (de repository). Zet de bijlage in de repository en verwijs ernaar vanaf het afsprakenbestand.',
      ],
      [
        'bijlage-buiten-repository',
        lineOf(text, 'y.pdf'),
        'Bijlage nr. 3 wijst naar bijlagen/../../../y.pdf, en dat ligt buiten de map van dit project (de repository). Zet de bijlage in de repository en verwijs ernaar vanaf het afsprakenbestand.',
      ],
    ]);
  });

  it('the root is the directory of the checked file when no repository lies above it', () => {
    const seen = check(withBijlagen(bijlage('../x.pdf'), bijlage('bijlagen/y.pdf')), {}, { rootLevelsUp: 0 });
    expect(seen.findings.map((f) => f.rule)).toEqual(['bijlage-buiten-repository']);
    expect(seen.looked).toEqual(['g/bijlagen/y.pdf']);
  });

  it('a Windows file name (g\\a.yaml) is read with / too: its directory is the root', () => {
    const seen = check(withBijlagen(bijlage('../x.pdf'), bijlage('y.pdf')), {}, { rootLevelsUp: 0 }, 'g\\a.yaml');
    expect(seen.findings.map((f) => [f.rule, f.file])).toEqual([['bijlage-buiten-repository', 'g\\a.yaml']]);
    expect(seen.looked).toEqual(['g/y.pdf']);
  });
});

describe('a bijlage named in a base file', () => {
  it("is read from the base file's directory, and the finding points into the base file", () => {
    const base = 'schema_versie: 1\nbasis: true\nbijlagen:\n  - titel: Regioformulier\n    bestand: formulieren/regio.pdf\n';
    const child = 'schema_versie: 1\ngemeente:\n  naam: G\nextends: ../regio/basis.yaml\n';
    const seen = check(child, { 'regio/formulieren/regio.pdf': code('ENOENT') }, {}, FILE, { 'regio/basis.yaml': base });
    expect(seen.looked).toEqual(['regio/formulieren/regio.pdf']);
    expect(seen.findings).toEqual([expect.objectContaining({ rule: 'bijlage-niet-gevonden', file: 'regio/basis.yaml', line: 5, column: 14 })]);
    expect(seen.findings[0]!.message).toContain('Het bestand regio/formulieren/regio.pdf van bijlage nr. 1 bestaat niet.');
  });

  it("the chain's root is the checked file, not the base: a base bijlage may not leave the repository either", () => {
    const base = 'schema_versie: 1\nbasis: true\nbijlagen:\n  - titel: Buiten\n    bestand: ../../buiten.pdf\n';
    const child = 'schema_versie: 1\ngemeente:\n  naam: G\nextends: ../regio/basis.yaml\n';
    const seen = check(child, {}, {}, FILE, { 'regio/basis.yaml': base });
    expect(seen.looked).toEqual([]);
    expect(seen.findings.map((f) => [f.rule, f.file])).toEqual([['bijlage-buiten-repository', 'regio/basis.yaml']]);
  });

  it('direct use: layers as loaded, nearest first', () => {
    const loaded = loadSource('a.yaml', new TextEncoder().encode(withBijlagen(bijlage('x.pdf'))));
    if (!loaded.ok) throw new Error('fixture');
    const looked: string[] = [];
    expect(bijlageFindings([loaded.source], loaded.source.data, { checkFile: (p) => looked.push(p), rootLevelsUp: 0 })).toEqual([]);
    expect(looked).toEqual(['x.pdf']);
  });
});

describe('levelsUp: how far above its start a relative path reaches', () => {
  it.each([
    ['.', 0],
    ['a/b', 0],
    ['..', 1],
    ['../..', 2],
    ['../a/..', 1],
    ['a/../..', 0],
    ['', 0],
  ] as const)('%j → %d', (relative, levels) => {
    expect(levelsUp(relative)).toBe(levels);
  });
});

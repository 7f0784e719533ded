import { execFileSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, swa } from '../helpers/cli.js';

const DATUM = ['--datum', '2026-11-23'];
const VOORBEELD = readFileSync(join(ROOT, 'examples/voorbeeldstad.yaml'));
const DOCUMENT = 'voorbeeldstad-samenwerkingsafspraken.docx';

/** A directory with one complete agreements file, a.yaml. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'swa-doel-'));
  writeFileSync(join(dir, 'a.yaml'), VOORBEELD);
  return dir;
}

type Kind = 'pijp' | 'snelkoppeling naar /dev/zero' | 'snelkoppeling naar een pijp' | 'map';

/** Puts something that is not a regular file at `path`. */
function plant(kind: Kind, path: string): void {
  if (kind === 'pijp') execFileSync('mkfifo', [path]);
  else if (kind === 'snelkoppeling naar /dev/zero') symlinkSync('/dev/zero', path);
  else if (kind === 'snelkoppeling naar een pijp') {
    execFileSync('mkfifo', [`${path}.fifo`]);
    symlinkSync(`${path}.fifo`, path);
  } else mkdirSync(path);
}

/** What stands at a path, without following a symlink or opening anything. */
function kindOf(path: string): string {
  const info = lstatSync(path);
  return info.isSymbolicLink()
    ? 'symlink'
    : info.isFIFO()
      ? 'fifo'
      : info.isDirectory()
        ? 'dir'
        : info.isCharacterDevice()
          ? 'char'
          : info.isFile()
            ? 'file'
            : 'other';
}

/** Every way swa writes a file or compares with one: the target's name in the workspace, and the command. */
const WRITERS: Record<string, { target: string; args: (target: string) => string[] }> = {
  'check --output': { target: 'rapport.json', args: (t) => ['check', 'a.yaml', '--format', 'json', '--output', t, ...DATUM] },
  'check --format sarif:bestand': { target: 'rapport.sarif', args: (t) => ['check', 'a.yaml', '--format', `sarif:${t}`, ...DATUM] },
  'render (document in --out)': { target: `uit/${DOCUMENT}`, args: () => ['render', 'a.yaml', '--out', 'uit', ...DATUM] },
  'render --check (vergelijking)': { target: `uit/${DOCUMENT}`, args: () => ['render', 'a.yaml', '--out', 'uit', '--check', ...DATUM] },
  'overzicht --out': { target: 'overzicht.md', args: (t) => ['overzicht', 'a.yaml', '--out', t, '--force', ...DATUM] },
  'init --uit': { target: 'nieuw.yaml', args: (t) => ['init', '--ja', '--gemeente', 'Proefstad', '--uit', t, '--force', ...DATUM] },
};

describe('a target that is not a regular file is refused, never replaced or read', () => {
  for (const [writer, { target, args }] of Object.entries(WRITERS)) {
    for (const kind of ['pijp', 'snelkoppeling naar /dev/zero', 'snelkoppeling naar een pijp', 'map'] as const) {
      it(`${writer}: a ${kind} → exit 2 with a Dutch message, left as it was`, () => {
        const dir = workspace();
        mkdirSync(join(dir, 'uit'));
        const path = join(dir, target);
        plant(kind, path);
        const before = kindOf(path);
        // A read of the pipe or of /dev/zero would hang or grow without end; the helper kills a hang after a minute.
        const result = swa(args(target), { cwd: dir });
        expect(result.code, result.stderr).toBe(2);
        expect(result.stderr).toMatch(kind === 'map' ? /is een map/ : /is geen gewoon bestand/);
        expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
        expect(kindOf(path)).toBe(before);
        expect(readdirSync(join(dir, 'uit')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      });
    }
  }

  it('--output /dev/null (run as root this used to replace the device with a file): refused, the device stays', () => {
    const dir = workspace();
    const result = swa(['check', 'a.yaml', '--format', 'json', '--output', '/dev/null', ...DATUM], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/dev/null is geen gewoon bestand');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a directory that is a symlink into /dev does not lead around the check', () => {
    const dir = workspace();
    symlinkSync('/dev', join(dir, 'apparaten'));
    const result = swa(['check', 'a.yaml', '--format', 'json', '--output', 'apparaten/null', ...DATUM], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is geen gewoon bestand');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  for (const [option, value] of [
    ['--output', '/dev/stdout'],
    ['--format', 'sarif:/dev/stderr'],
    ['--output', '/proc/self/fd/1'],
  ] as const) {
    it(`${option} ${value}: refused with the hint to leave the file name out, nothing replaced`, () => {
      const dir = workspace();
      const args = option === '--output' ? ['--format', 'json', '--output', value] : ['--format', value];
      const result = swa(['check', 'a.yaml', ...args, ...DATUM], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/Laat de bestandsnaam weg .* om naar het scherm te schrijven/);
      expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
      expect(lstatSync('/dev/stderr').isSymbolicLink()).toBe(true);
    });
  }

  it('a symlink to a regular file is an ordinary target: the link is replaced, the file it pointed to is untouched', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'elders.json'), 'oud');
    symlinkSync(join(dir, 'elders.json'), join(dir, 'rapport.json'));
    const result = swa(['check', 'a.yaml', '--format', 'json', '--output', 'rapport.json', ...DATUM], { cwd: dir });
    expect(result.code).toBe(0);
    expect(kindOf(join(dir, 'rapport.json'))).toBe('file');
    expect(JSON.parse(readFileSync(join(dir, 'rapport.json'), 'utf8'))).toHaveProperty('files');
    expect(readFileSync(join(dir, 'elders.json'), 'utf8')).toBe('oud');
  });
});

describe("a symlink that points nowhere is the user's: named as such and kept, replaced only with --force", () => {
  const KEEPERS: Record<string, { target: string; args: (target: string) => string[] }> = {
    'render (document in --out)': WRITERS['render (document in --out)']!,
    'overzicht --out': { target: 'overzicht.md', args: (t) => ['overzicht', 'a.yaml', '--out', t, ...DATUM] },
    'init --uit': { target: 'nieuw.yaml', args: (t) => ['init', '--ja', '--gemeente', 'Proefstad', '--uit', t, ...DATUM] },
  };
  for (const [writer, { target, args }] of Object.entries(KEEPERS)) {
    it(`${writer}: exit 1, the message names the link and where it points, nothing is written through it`, () => {
      const dir = workspace();
      mkdirSync(join(dir, 'uit'));
      // A name with a line break: printed, it may not start a line of its own.
      const nowhere = join(dir, 'nergens', 'weg\nswa: alles in orde.docx');
      symlinkSync(nowhere, join(dir, target));
      const result = swa(args(target), { cwd: dir });
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(/is een snelkoppeling \(symlink\) naar .*nergens.*, dat niet bestaat\..*--force/);
      expect(result.stderr).not.toMatch(/zojuist door een ander proces|\n\s+at |^swa: alles in orde/m);
      expect(kindOf(join(dir, target))).toBe('symlink');
      expect(readdirSync(dir)).not.toContain('nergens');
      expect(readdirSync(dirname(join(dir, target))).filter((name) => name.endsWith('.tmp'))).toEqual([]);

      const forced = swa([...args(target), '--force'], { cwd: dir });
      expect(forced.code, forced.stderr).toBe(0);
      expect(kindOf(join(dir, target))).toBe('file');
      expect(readdirSync(dir)).not.toContain('nergens');
    });
  }

  it('check --output (a report is always replaced): the link gives way to the report, nothing is written where it pointed', () => {
    const dir = workspace();
    symlinkSync(join(dir, 'nergens', 'rapport.json'), join(dir, 'rapport.json'));
    const result = swa(['check', 'a.yaml', '--format', 'json', '--output', 'rapport.json', ...DATUM], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(kindOf(join(dir, 'rapport.json'))).toBe('file');
    expect(readdirSync(dir)).not.toContain('nergens');
  });
});

describe('no output replaces a file the run reads: an input or a base file, however it is spelled', () => {
  /** The bundled region: a base file and gemeente files that extend it. */
  function regio(): { dir: string; base: string; gemeente: string; baseBytes: Buffer } {
    const dir = mkdtempSync(join(tmpdir(), 'swa-basis-'));
    cpSync(join(ROOT, 'test/fixtures/render/basisbestand'), dir, { recursive: true });
    const base = join(dir, 'regio-basis.yaml');
    return { dir, base, gemeente: 'gemeenten/zuiderpolder.yaml', baseBytes: readFileSync(base) };
  }

  for (const spelling of ['regio-basis.yaml', './gemeenten/../regio-basis.yaml', 'link-naar-basis.json']) {
    it(`check --output ${spelling}: the base reached through extends is kept, exit 2`, () => {
      const { dir, base, gemeente, baseBytes } = regio();
      symlinkSync(base, join(dir, 'link-naar-basis.json'));
      const result = swa(['check', gemeente, '--format', 'json', '--output', spelling, ...DATUM], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('overschrijven');
      expect(readFileSync(base)).toEqual(baseBytes);
    });
  }

  it('overzicht --out over the base, even with --force: refused, exit 2', () => {
    const { dir, base, gemeente, baseBytes } = regio();
    const result = swa(['overzicht', gemeente, '--out', 'regio-basis.yaml', '--format', 'csv', '--force', ...DATUM], { cwd: dir });
    expect(result.code).toBe(2);
    expect(readFileSync(base)).toEqual(baseBytes);
  });

  it('init --extends regio-basis.yaml --uit regio-basis.yaml --force: refused, the base is kept', () => {
    const { dir, base, baseBytes } = regio();
    const result = swa(['init', '--ja', '--gemeente', 'Proefstad', '--extends', 'regio-basis.yaml', '--uit', 'regio-basis.yaml', '--force', ...DATUM], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('overschrijven');
    expect(readFileSync(base)).toEqual(baseBytes);
  });

  it('render --force never writes a document over the agreements file it renders', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'uit'));
    // An input that carries the name of its own document: the render would replace it.
    writeFileSync(join(dir, 'uit', DOCUMENT), VOORBEELD);
    const result = swa(['render', `uit/${DOCUMENT}`, '--out', 'uit', '--force', ...DATUM], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('overschrijven');
    expect(readFileSync(join(dir, 'uit', DOCUMENT))).toEqual(VOORBEELD);
  });

  it('check --output through a symlink to the input itself: refused before anything is read', () => {
    const dir = workspace();
    symlinkSync(join(dir, 'a.yaml'), join(dir, 'rapport.json'));
    const result = swa(['check', 'a.yaml', '--format', 'json', '--output', 'rapport.json', ...DATUM], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('overschrijven');
    expect(readFileSync(join(dir, 'a.yaml'))).toEqual(VOORBEELD);
  });
});

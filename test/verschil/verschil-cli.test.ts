/**
 * swa verschil as a user runs it (the built CLI): a file or a git revision as the old version,
 * extends read from the same revision, the rules of render for --out, and hostile revisions and
 * paths that never reach git as options or leave the repository.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeal } from '../../src/render/document-seal.js';
import { ROOT, swa } from '../helpers/cli.js';
import { acceptAll, hasRevisions, paragraphTexts, part, rejectAll } from './track-changes.js';

let repo: string;
const git = (...args: string[]): string =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' },
  });
const read = (path: string): string => readFileSync(join(repo, path), 'utf8');
const write = (path: string, text: string): void => writeFileSync(join(repo, path), text);

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'swa-verschil-'));
  git('init', '-q', '-b', 'main');
  cpSync(join(ROOT, 'examples/voorbeeldstad.yaml'), join(repo, 'voorbeeldstad.yaml'));
  cpSync(join(ROOT, 'examples/regio-voorbeeld'), join(repo, 'regio'), { recursive: true });
  git('add', '.');
  git('commit', '-q', '-m', 'versie 1.1');
  git('tag', 'v1.1');
  write(
    'voorbeeldstad.yaml',
    read('voorbeeldstad.yaml').replace('versie: "1.1"', 'versie: "2.0"').replace('minimaal elke twee weken contact', 'minimaal elke week contact'),
  );
  // A change in the region's base file only: it shows in the gemeente's redline.
  write(
    'regio/regio-waterland-zuid.yaml',
    read('regio/regio-waterland-zuid.yaml').replace(/afspraak: (>-\n\s+)?/, (m) => `${m}Regionaal herzien: `),
  );
}, 60_000);

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('swa verschil', () => {
  it("compares the working file with a git revision and writes the redline with render's name rules", () => {
    const result = swa(['verschil', 'v1.1:voorbeeldstad.yaml', 'voorbeeldstad.yaml', '--out', 'uit', '--auteur', 'Ilse de Groot'], { cwd: repo });
    expect(result.stderr).toContain('1 document gemaakt');
    expect(result.code).toBe(0);
    const bytes = readFileSync(join(repo, 'uit/voorbeeldstad-samenwerkingsafspraken-wijzigingen.docx'));
    const xml = part(bytes);
    expect(paragraphTexts(xml)).toContain('Wijzigingen ten opzichte van versie 1.1');
    expect(paragraphTexts(acceptAll(xml)).join('\n')).toContain('minimaal elke week contact');
    expect(paragraphTexts(rejectAll(xml)).join('\n')).toContain('minimaal elke twee weken contact');
    // The date of the new version, since --datum was not given.
    expect(xml).toContain('w:author="Ilse de Groot" w:date="2026-03-15T00:00:00Z"');
    expect(readSeal(bytes)?.intact).toBe(true);
  });

  it('gives the same bytes when run again, and leaves the document as it is', () => {
    const path = join(repo, 'uit/voorbeeldstad-samenwerkingsafspraken-wijzigingen.docx');
    const before = readFileSync(path);
    const result = swa(['verschil', 'v1.1:voorbeeldstad.yaml', 'voorbeeldstad.yaml', '--out', 'uit', '--auteur', 'Ilse de Groot'], { cwd: repo });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('(ongewijzigd)');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("swa verwerk refuses a redline: its tracked changes are swa's own, not a partner's proposals (exit 2, the YAML untouched)", () => {
    const before = read('voorbeeldstad.yaml');
    const result = swa(['verwerk', 'uit/voorbeeldstad-samenwerkingsafspraken-wijzigingen.docx', '--bestand', 'voorbeeldstad.yaml'], { cwd: repo });
    expect(result.stderr).toContain('is een overzicht van wijzigingen (swa verschil, ten opzichte van');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(2);
    expect(read('voorbeeldstad.yaml')).toBe(before);
  });

  it("swa render --check in the same folder does not call the redline an orphan: it is verschil's, not render's", () => {
    expect(swa(['render', 'voorbeeldstad.yaml', '--out', 'uit'], { cwd: repo }).code).toBe(0);
    const result = swa(['render', 'voorbeeldstad.yaml', '--out', 'uit', '--check'], { cwd: repo });
    expect(result.stderr).not.toContain('verweesd');
    expect(result.code).toBe(0);
    expect(existsSync(join(repo, 'uit/voorbeeldstad-samenwerkingsafspraken-wijzigingen.docx'))).toBe(true);
  });

  it("reads extends from the same revision: a change in the base file shows in the gemeente's redline", () => {
    const result = swa(['verschil', 'v1.1:regio/gemeenten/waterstad.yaml', 'regio/gemeenten/waterstad.yaml', '--out', 'uit-regio', '--datum', '2026-06-01'], {
      cwd: repo,
    });
    expect(result.stderr).toMatch(/[1-9]\d* gewijzigd/);
    expect(result.code).toBe(0);
    const [name] = readdirSync(join(repo, 'uit-regio'));
    const xml = part(readFileSync(join(repo, 'uit-regio', name!)));
    expect(xml).toMatch(/<w:ins [^>]*w:date="2026-06-01T00:00:00Z"><w:r><w:t xml:space="preserve">Regionaal herzien: ?<\/w:t>/);
  });

  it('takes a file as the old version too', () => {
    git('show', 'v1.1:voorbeeldstad.yaml');
    write('oud.yaml', git('show', 'v1.1:voorbeeldstad.yaml'));
    const result = swa(['verschil', 'oud.yaml', 'voorbeeldstad.yaml', '--out', 'uit-bestand', '--per-partner'], { cwd: repo });
    expect(result.code).toBe(0);
    expect(readdirSync(join(repo, 'uit-bestand')).sort()).toEqual([
      'voorbeeldstad-samenwerkingsafspraken-gi-jbrv-wijzigingen.docx',
      'voorbeeldstad-samenwerkingsafspraken-gi-wss-wijzigingen.docx',
      'voorbeeldstad-samenwerkingsafspraken-rvdk-wijzigingen.docx',
      'voorbeeldstad-samenwerkingsafspraken-veilig-thuis-wijzigingen.docx',
      'voorbeeldstad-samenwerkingsafspraken-wijzigingen.docx',
    ]);
    for (const name of readdirSync(join(repo, 'uit-bestand'))) expect(hasRevisions(part(readFileSync(join(repo, 'uit-bestand', name))))).toBe(true);
  });

  it('keeps a file it did not write, and replaces it only with --force (exit 1 without)', () => {
    mkdirSync(join(repo, 'uit-vreemd'), { recursive: true });
    write('uit-vreemd/voorbeeldstad-samenwerkingsafspraken-wijzigingen.docx', 'van iemand anders');
    const refused = swa(['verschil', 'oud.yaml', 'voorbeeldstad.yaml', '--out', 'uit-vreemd'], { cwd: repo });
    expect(refused.code).toBe(1);
    expect(read('uit-vreemd/voorbeeldstad-samenwerkingsafspraken-wijzigingen.docx')).toBe('van iemand anders');
    const forced = swa(['verschil', 'oud.yaml', 'voorbeeldstad.yaml', '--out', 'uit-vreemd', '--force'], { cwd: repo });
    expect(forced.code).toBe(0);
    expect(read('uit-vreemd/voorbeeldstad-samenwerkingsafspraken-wijzigingen.docx')).not.toBe('van iemand anders');
  });

  it('refuses a version with YAML errors (exit 1) and writes nothing', () => {
    write('kapot.yaml', 'gemeente: [\n');
    const result = swa(['verschil', 'kapot.yaml', 'voorbeeldstad.yaml', '--out', 'uit-kapot'], { cwd: repo });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('kapot.yaml (de oude versie) wordt niet vergeleken');
    expect(existsSync(join(repo, 'uit-kapot'))).toBe(false);
  });
});

describe('swa verschil with revisions and paths it must refuse', () => {
  const refuses = (old: string, pattern: RegExp, cwd = (): string => repo): void => {
    // After `--`, so that commander does not take a dash for an option itself: swa must refuse it.
    const result = swa(['verschil', '--out', 'uit-geweigerd', '--', old, 'voorbeeldstad.yaml'], { cwd: cwd() });
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(2);
    expect(existsSync(join(repo, 'uit-geweigerd'))).toBe(false);
  };

  it('a revision that starts with a dash never reaches git as an option', () => {
    refuses(`--output=${join(repo, 'gelekt')}:voorbeeldstad.yaml`, /De revisie ‘--output=.*gelekt’ begint met een streepje/);
    refuses('-p:voorbeeldstad.yaml', /begint met een streepje/);
    expect(existsSync(join(repo, 'gelekt'))).toBe(false);
  });

  it('a revision or path that does not exist', () => {
    refuses('v9.9:voorbeeldstad.yaml', /De revisie ‘v9\.9’ bestaat niet in de repository/);
    refuses('v1.1:bestaat-niet.yaml', /bestaat-niet\.yaml bestaat niet in die revisie \(revisie v1\.1/);
    refuses('v1.1:regio', /regio is in die revisie een map, geen bestand/);
  });

  it('a path with .. that leaves the repository, and an absolute path', () => {
    refuses('v1.1:../buiten.yaml', /ligt buiten de repository/);
    refuses('v1.1:regio/../../buiten.yaml', /ligt buiten de repository/);
    refuses('v1.1:/etc/passwd', /ligt buiten de repository/);
  });

  it('a symlink in the revision that leads out of the repository', () => {
    symlinkSync('../../etc/passwd', join(repo, 'link.yaml'));
    git('add', 'link.yaml');
    git('commit', '-q', '-m', 'symlink');
    git('tag', 'met-link');
    refuses('met-link:link.yaml', /link\.yaml is in die revisie een snelkoppeling \(symlink\) naar een bestand buiten de repository/);
  });

  it('outside a git repository, with a clear message', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'swa-geen-git-'));
    try {
      cpSync(join(ROOT, 'examples/voorbeeldstad.yaml'), join(elsewhere, 'voorbeeldstad.yaml'));
      const result = swa(['verschil', 'v1.1:voorbeeldstad.yaml', 'voorbeeldstad.yaml', '--out', 'uit'], {
        cwd: elsewhere,
        env: { GIT_CEILING_DIRECTORIES: tmpdir() },
      });
      expect(result.stderr).toMatch(/ligt niet in een git-repository/);
      expect(result.code).toBe(2);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('without git installed, with a clear message', () => {
    const result = swa(['verschil', 'v1.1:voorbeeldstad.yaml', 'voorbeeldstad.yaml', '--out', 'uit-geweigerd'], { cwd: repo, env: { PATH: '/nonexistent' } });
    expect(result.stderr).toMatch(/git is niet gevonden/);
    expect(result.code).toBe(2);
  });
});

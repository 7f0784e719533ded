import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSeal } from '../../src/render/document-seal.js';
import { ROOT, swa } from '../helpers/cli.js';

const DATUM = ['--datum', '2026-11-23'];
const COMPLEET = readFileSync(join(ROOT, 'test/fixtures/check/compleet/afspraken.yaml'), 'utf8');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'swa-pool-'));
}

/** Every entry of a directory (hidden ones too: a temporary file left behind would show) with a hash of its bytes. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex'),
      ]),
  );
}

/** A region in a directory of its own: a base file, its gemeenten, two complete files and a concept. */
function region(): string {
  const dir = tempDir();
  cpSync(join(ROOT, 'examples/regio-voorbeeld'), join(dir, 'regio'), { recursive: true });
  cpSync(join(ROOT, 'examples/voorbeeldstad.yaml'), join(dir, 'regio/gemeenten/voorbeeldstad.yaml'));
  cpSync(join(ROOT, 'examples/concept-middenwaard.yaml'), join(dir, 'regio/gemeenten/middenwaard.yaml'));
  writeFileSync(join(dir, 'regio/gemeenten/toetsdorp.yaml'), COMPLEET);
  return dir;
}

describe('swa render over worker threads', () => {
  it.runIf(availableParallelism() >= 2)(
    'gives the same bytes and the same log as the main thread alone, in whatever order the files come',
    () => {
      const dir = region();
      const files = readdirSync(join(dir, 'regio/gemeenten'))
        .sort()
        .map((name) => join('regio/gemeenten', name));
      expect(files.length).toBeGreaterThanOrEqual(4);
      const pooled = swa(['render', 'regio/regio-waterland-zuid.yaml', ...files, '--per-partner', '--out', 'met-werkers', '--kernen', '2', ...DATUM], {
        cwd: dir,
      });
      const single = swa(['render', 'regio/regio-waterland-zuid.yaml', ...files, '--per-partner', '--out', 'een-thread', '--kernen', '1', ...DATUM], {
        cwd: dir,
      });
      const reversed = swa(['render', ...[...files].reverse(), 'regio/regio-waterland-zuid.yaml', '--per-partner', '--out', 'omgekeerd', ...DATUM], {
        cwd: dir,
        env: { SWA_KERNEN: '2' },
      });
      for (const result of [pooled, single, reversed]) expect(result.code, result.stderr).toBe(0);
      const written = contents(join(dir, 'een-thread'));
      expect(Object.keys(written).length).toBeGreaterThan(files.length * 3);
      expect(contents(join(dir, 'met-werkers'))).toEqual(written);
      expect(contents(join(dir, 'omgekeerd'))).toEqual(written);
      // The log names the same files with the same outcome, in the order given.
      expect(pooled.stderr.replaceAll('met-werkers', 'uit')).toBe(single.stderr.replaceAll('een-thread', 'uit'));
      // --check agrees whichever way the documents were made.
      expect(swa(['render', 'regio', '--per-partner', '--check', '--out', 'met-werkers', ...DATUM], { cwd: dir }).code).toBe(0);
    },
    300_000,
  );

  describe('a template that fails on the data of one file, in a worker and in the main thread', () => {
    let dir: string;
    const results: Record<string, ReturnType<typeof swa>> = {};
    beforeAll(() => {
      dir = tempDir();
      mkdirSync(join(dir, 'sjablonen'));
      // Valid Handlebars that only fails where a file names who signs for the gemeente: "x" is no field of a name.
      const inleiding = readFileSync(join(ROOT, 'templates/inleiding.hbs'), 'utf8').replace(
        '<h1>Inleiding</h1>',
        '<h1>Inleiding</h1>{{#if gemeente.ondertekenaar.naam}}{{gemeente.ondertekenaar.naam.x}}{{/if}}',
      );
      writeFileSync(join(dir, 'sjablonen/inleiding.hbs'), inleiding);
      mkdirSync(join(dir, 'in'));
      for (let i = 0; i < 8; i += 1) {
        let text = COMPLEET.replace(/naam: ([^\n]*)/, `naam: $1 ${i}`);
        if (i === 4) text = text.replace(/^gemeente:/m, 'gemeente:\n  ondertekenaar: { naam: A. Visser }');
        writeFileSync(join(dir, 'in', `g${i}.yaml`), text);
      }
      for (const kernen of ['1', '2'])
        results[kernen] = swa(['render', 'in', '--templates', 'sjablonen', '--out', `uit-${kernen}`, '--kernen', kernen, ...DATUM], { cwd: dir });
    }, 120_000);

    it('stops with the same Dutch message naming the template, line and column, and exit 2', () => {
      for (const result of Object.values(results)) {
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/swa: sjabloonfout in .*sjablonen\/inleiding\.hbs:2:\d+: het veld "x" bestaat hier niet/);
        expect(result.stderr).not.toMatch(/interne fout|\n\s+at /);
      }
      expect(results['2']!.stderr.replaceAll('uit-2', 'uit')).toBe(results['1']!.stderr.replaceAll('uit-1', 'uit'));
    });

    it('leaves the documents of the files before it whole, and nothing else: no half-written or temporary file', () => {
      const single = contents(join(dir, 'uit-1'));
      expect(Object.keys(single)).toEqual([
        'toetsdorp-0-samenwerkingsafspraken.docx',
        'toetsdorp-1-samenwerkingsafspraken.docx',
        'toetsdorp-2-samenwerkingsafspraken.docx',
        'toetsdorp-3-samenwerkingsafspraken.docx',
      ]);
      expect(contents(join(dir, 'uit-2'))).toEqual(single);
      for (const name of Object.keys(single))
        expect(readSeal(readFileSync(join(dir, 'uit-2', name)))).toEqual({ kind: 'integraal', intact: true, redline: false });
    });
  });

  it('--kernen takes a whole number of 1 or more, with a Dutch message otherwise', () => {
    for (const value of ['0', 'twee', '-1']) {
      const result = swa(['render', 'examples/voorbeeldstad.yaml', '--kernen', value, '--out', tempDir(), ...DATUM]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Gebruik een geheel getal van 1 of meer');
    }
    const fromEnv = swa(['render', 'examples/voorbeeldstad.yaml', '--out', tempDir(), ...DATUM], { env: { SWA_KERNEN: 'twee' } });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toBe(
      'swa: SWA_KERNEN is "twee", maar moet een geheel getal van 1 of meer zijn, bijvoorbeeld 2 (of laat de variabele weg: dan kiest swa zelf, alle kernen vanaf 150 documenten).\n',
    );
  });
});

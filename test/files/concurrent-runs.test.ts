import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { generateGemeenten } from '../../scripts/generate-gemeenten.mjs';
import { BIN, ROOT, swa } from '../helpers/cli.js';
import { startSwa, waitFor } from '../helpers/cli-process.js';

const DATUM = ['--datum', '2026-11-23'];

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'swa-samen-'));
}

const temporaries = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.tmp')) : []);
const documents = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.docx'))
    .sort();

/** The documents a run's progress lines say it wrote (not "ongewijzigd"), by file name. */
function written(stderr: string): Set<string> {
  const names = new Set<string>();
  for (const line of stderr.split('\n')) {
    const match = /: (?:gemaakt|concept) → (.*)$/.exec(line);
    if (!match) continue;
    for (const entry of match[1]!.split(', ')) if (!entry.endsWith('(ongewijzigd)')) names.add(entry.replace(/^.*\//, ''));
  }
  return names;
}

describe('two renders into one --out at the same time', () => {
  it("never overwrite each other's different document: each document is one run's, and that run says it made it", async () => {
    const dir = scratch();
    generateGemeenten(16, join(dir, 'a'));
    // The same gemeenten and file names, one word different: every document differs between a and b.
    cpSync(join(dir, 'a'), join(dir, 'b'), { recursive: true });
    for (const name of readdirSync(join(dir, 'b'))) {
      const path = join(dir, 'b', name);
      writeFileSync(path, readFileSync(path, 'utf8').replace('versie: "1.1"', 'versie: "1.2"'));
    }
    const reference: Record<'a' | 'b', Record<string, Buffer>> = { a: {}, b: {} };
    for (const run of ['a', 'b'] as const) {
      const result = swa(['render', run, '--out', `ref-${run}`, ...DATUM], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      for (const name of documents(join(dir, `ref-${run}`))) reference[run][name] = readFileSync(join(dir, `ref-${run}`, name));
    }
    const names = Object.keys(reference.a);
    expect(names.length).toBe(16);
    for (const name of names) expect(reference.a[name]!.equals(reference.b[name]!), name).toBe(false);

    const [a, b] = [startSwa(['render', 'a', '--out', 'uit', ...DATUM], { cwd: dir }), startSwa(['render', 'b', '--out', 'uit', ...DATUM], { cwd: dir })];
    const [resultA, resultB] = await Promise.all([a.done, b.done]);
    expect([0, 1]).toContain(resultA.code);
    expect([0, 1]).toContain(resultB.code);
    expect(resultA.stderr + resultB.stderr).not.toMatch(/\n\s+at |interne fout/);
    const claims = { a: written(resultA.stderr), b: written(resultB.stderr) };

    expect(documents(join(dir, 'uit'))).toEqual(names.sort());
    for (const name of names) {
      const final = readFileSync(join(dir, 'uit', name));
      const owner = final.equals(reference.a[name]!) ? 'a' : final.equals(reference.b[name]!) ? 'b' : 'neither';
      expect(owner, name).not.toBe('neither');
      const other = owner === 'a' ? 'b' : 'a';
      // The run whose document is there made it; the other one did not claim to have written it.
      expect(claims[owner as 'a' | 'b'].has(name), `${name}: ${owner} made it`).toBe(true);
      expect(claims[other].has(name), `${name}: ${other} must not say it wrote it`).toBe(false);
    }
    // Whoever lost a document said so: refused, exit 1.
    for (const [run, result] of [
      ['a', resultA],
      ['b', resultB],
    ] as const) {
      expect(result.code, run).toBe(claims[run].size === names.length ? 0 : 1);
    }
    expect(temporaries(join(dir, 'uit'))).toEqual([]);
  }, 300_000);
});

describe('interrupting a render', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal} while documents are being written: exit ${code}, no temporary file left, every document whole`, async () => {
      const dir = scratch();
      generateGemeenten(120, join(dir, 'g'));
      const out = join(dir, 'uit');
      const running = startSwa(['render', 'g', '--out', 'uit', ...DATUM], { cwd: dir });
      // As soon as a write is under way (a temporary file exists), or at least one document is there.
      await waitFor(() => existsSync(out) && readdirSync(out).some((name) => name.endsWith('.tmp') || name.endsWith('.docx')));
      running.child.kill(signal);
      const result = await running.done;
      expect(result.code, result.stderr).toBe(code);
      expect(result.stderr).toContain('onderbroken');
      expect(temporaries(out)).toEqual([]);
      const made = documents(out);
      expect(made.length).toBeLessThan(120);
      for (const name of made) expect(() => unzipSync(readFileSync(join(out, name))), name).not.toThrow();
    }, 300_000);
  }

  it('leftovers of a killed run are recognised by name and age and removed by the next run into that directory', () => {
    const dir = scratch();
    const out = join(dir, 'uit');
    mkdirSync(out);
    // A process number that certainly ran and certainly ended.
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const plant = (name: string, when?: Date): void => {
      writeFileSync(join(out, name), 'half');
      if (when) utimesSync(join(out, name), when, when);
    };
    plant(`.oud-samenwerkingsafspraken.docx.swa-${deadPid}-0123456789ab.tmp`, hourAgo);
    plant('.ouder-samenwerkingsafspraken.docx.0123456789ab.tmp', twoDaysAgo);
    // Perhaps another container's write in progress: young, or its process still running.
    plant(`.jong-samenwerkingsafspraken.docx.swa-${deadPid}-0123456789ab.tmp`);
    plant(`.levend-samenwerkingsafspraken.docx.swa-${process.pid}-0123456789ab.tmp`, hourAgo);
    // Not ours at all.
    plant('aantekeningen.tmp', twoDaysAgo);

    writeFileSync(join(dir, 'g.yaml'), readFileSync(join(ROOT, 'examples/voorbeeldstad.yaml')));
    const rendered = swa(['render', 'g.yaml', '--out', 'uit', ...DATUM], { cwd: dir });
    expect(rendered.code, rendered.stderr).toBe(0);
    expect(temporaries(out).sort()).toEqual(
      [
        `.jong-samenwerkingsafspraken.docx.swa-${deadPid}-0123456789ab.tmp`,
        `.levend-samenwerkingsafspraken.docx.swa-${process.pid}-0123456789ab.tmp`,
        'aantekeningen.tmp',
      ].sort(),
    );
  });
});

describe('a reader that closes the pipe early', () => {
  it("swa check … --format sarif | head -c 1: no stack trace, the run's own exit code", () => {
    const dir = scratch();
    generateGemeenten(250, join(dir, 'g'));
    for (const format of ['sarif', 'json']) {
      const plain = swa(['check', 'g', '--format', format, ...DATUM], { cwd: dir });
      // More than a pipe holds (64 KB), so swa is still writing when head has gone.
      expect(plain.stdout.length).toBeGreaterThan(128 * 1024);
      const result = spawnSync(
        'bash',
        ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" check g --format ${format} ${DATUM.join(' ')} 2>fouten.txt | head -c 1`],
        { cwd: dir, encoding: 'utf8', timeout: 60_000 },
      );
      expect(result.stdout.length).toBe(1);
      expect(result.status, format).toBe(plain.code);
      const stderr = readFileSync(join(dir, 'fouten.txt'), 'utf8');
      expect(stderr, format).not.toMatch(/Error|EPIPE|\n\s+at /);
    }
  }, 120_000);
});

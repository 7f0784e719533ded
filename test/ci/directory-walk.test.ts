import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/inputs/expand.js';

const NAMES = ['a', 'b', 'regio', '.verborgen', 'node_modules', '.git', 'x.yaml', 'y.yml', 'z.YAML', '.v.yaml', 'w.txt', 'map.yaml'];

type Entry = { name: string } & ({ kind: 'file' } | { kind: 'dir'; entries: Entry[] } | { kind: 'link'; to: string });

const entry: fc.Memo<Entry> = fc.memo((depth) =>
  fc.oneof(
    fc.record({ name: fc.constantFrom(...NAMES), kind: fc.constant('file' as const) }),
    fc.record({
      name: fc.constantFrom(...NAMES),
      kind: fc.constant('link' as const),
      to: fc.constantFrom('..', '../..', '.', 'a', '../a', 'x.yaml', '../x.yaml', 'weg'),
    }),
    depth > 1
      ? fc.record({ name: fc.constantFrom(...NAMES), kind: fc.constant('dir' as const), entries: fc.array(entry(depth - 1), { maxLength: 5 }) })
      : fc.record({ name: fc.constantFrom(...NAMES), kind: fc.constant('file' as const) }),
  ),
);

function build(dir: string, entries: Entry[]): void {
  mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  for (const item of entries) {
    if (used.has(item.name)) continue;
    used.add(item.name);
    const path = join(dir, item.name);
    if (item.kind === 'file') writeFileSync(path, 'schema_versie: 1\n');
    else if (item.kind === 'dir') build(path, item.entries);
    else symlinkSync(item.to, path);
  }
}

describe('the files of a directory argument', () => {
  it('are exactly those the pattern <map>/**/*.{yaml,yml} finds: hidden names, node_modules, .git, symlinks and loops alike (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry(4), { maxLength: 8 }), async (entries) => {
        // Two levels above the tree, so that no symlink (at most ../..) leads out of this directory.
        const cwd = mkdtempSync(join(tmpdir(), 'swa-walk-'));
        build(join(cwd, 'boven/regio'), entries);
        const walked = await expandInputs(['boven/regio'], cwd);
        const globbed = await expandInputs(['boven/regio/**/*.{yaml,yml}'], cwd);
        expect(walked.files).toEqual(globbed.files);
        expect(walked.problems.length).toBe(globbed.problems.length);
      }),
      { numRuns: Number(process.env.SWA_PROPERTY_RUNS ?? 1) * 150 },
    );
  });

  it('include a named pipe, so that reading it reports it instead of skipping it in silence', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'swa-walk-'));
    mkdirSync(join(cwd, 'regio'));
    execFileSync('mkfifo', [join(cwd, 'regio/pijp.yaml')]);
    expect((await expandInputs(['regio'], cwd)).files.map((file) => file.display)).toEqual([join('regio', 'pijp.yaml')]);
  });
});

describe('a directory full of symlinks that fan out', () => {
  it('stops after 20,000 directories with one Dutch message instead of walking 2^24 ways down', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'swa-walk-'));
    // Level i holds links a and b to level i + 1: every level doubles the number of ways down.
    for (let level = 0; level < 24; level += 1) mkdirSync(join(cwd, 'regio', `n${level}`), { recursive: true });
    for (let level = 0; level < 23; level += 1) {
      symlinkSync(`../n${level + 1}`, join(cwd, 'regio', `n${level}`, 'a'));
      symlinkSync(`../n${level + 1}`, join(cwd, 'regio', `n${level}`, 'b'));
    }
    writeFileSync(join(cwd, 'regio/n23/diep.yaml'), 'schema_versie: 1\n');
    writeFileSync(join(cwd, 'los.yaml'), 'schema_versie: 1\n');
    const started = Date.now();
    const result = await expandInputs(['regio/n0', 'los.yaml'], cwd);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('na 20.000 mappen stopt met zoeken')]);
    expect(result.files.map((file) => file.display)).toEqual(['los.yaml']);
  });
});

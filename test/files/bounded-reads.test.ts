import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBounded } from '../../src/cli/read-inputs.js';
import { MAX_FILE_BYTES } from '../../src/core/load/decode.js';
import { BIN, ROOT, swa } from '../helpers/cli.js';

const DATUM = ['--datum', '2026-11-23'];
const VOORBEELD = join(ROOT, 'examples/voorbeeldstad.yaml');

/** Runs the built CLI with standard input read from `path` (a device, for instance). */
function swaWithStdinFrom(path: string, args: string[], cwd = ROOT): { code: number | null; stdout: string; stderr: string } {
  const fd = openSync(path, 'r');
  try {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd,
      stdio: [fd, 'pipe', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    closeSync(fd);
  }
}

describe('standard input is read up to the size limit and no further', () => {
  it('swa check - < /dev/zero ends (it never did) with the too-large finding, exit 1', () => {
    const result = swaWithStdinFrom('/dev/zero', ['check', '-', '--format', 'json', ...DATUM]);
    expect(result.code, result.stderr).toBe(1);
    const [finding] = JSON.parse(result.stdout).files[0].findings;
    expect(finding.rule).toBe('bestand-te-groot');
    expect(finding.message).toContain('groter dan 2 MB');
  });

  it('swa render - < /dev/zero ends with the same message, exit 2, nothing written', () => {
    const out = mkdtempSync(join(tmpdir(), 'swa-stdin-'));
    const result = swaWithStdinFrom('/dev/zero', ['render', '-', '--out', join(out, 'uit'), ...DATUM]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('groter dan 2 MB');
    expect(existsSync(join(out, 'uit'))).toBe(false);
  });

  it('an endless generated stream (yes | swa check -) stops at the limit', () => {
    const result = spawnSync('sh', ['-c', `yes 'sleutel: waarde' | "${process.execPath}" "${BIN}" check - --format json ${DATUM.join(' ')}`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(1);
    expect(JSON.parse(result.stdout).files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['bestand-te-groot']);
  });

  it('a file just under the limit on standard input is read whole and checked', () => {
    const text = readFileSync(VOORBEELD, 'utf8');
    const padding = `# ${'x'.repeat(98)}\n`.repeat(Math.floor((MAX_FILE_BYTES - Buffer.byteLength(text) - 200) / 101));
    const result = swa(['check', '-', '--format', 'json', ...DATUM], { input: text + padding });
    expect(JSON.parse(result.stdout).files[0].findings.map((f: { rule: string }) => f.rule)).not.toContain('bestand-te-groot');
    expect(result.code).toBe(0);
  });

  it('readBounded: the whole stream when it fits, null when it is longer, whatever the chunking (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 12 }), fc.nat(200), async (chunks, limit) => {
        const stream = new PassThrough();
        for (const chunk of chunks) stream.write(Buffer.from(chunk));
        stream.end();
        const all = Buffer.concat(chunks.map((c) => Buffer.from(c)));
        const read = await readBounded(stream, limit);
        if (all.length > limit) expect(read).toBeNull();
        else expect(Buffer.from(read!)).toEqual(all);
      }),
    );
  });
});

describe('a template must be a regular file', () => {
  const cases: Array<[string, (path: string) => void]> = [
    ['a named pipe', (path) => execFileSync('mkfifo', [path])],
    ['a symlink to /dev/stdin', (path) => symlinkSync('/dev/stdin', path)],
    ['a symlink to /dev/zero', (path) => symlinkSync('/dev/zero', path)],
    ['a directory', (path) => mkdirSync(path)],
    ['larger than 1 MB', (path) => writeFileSync(path, 'x'.repeat(1024 * 1024 + 1))],
  ];
  for (const [name, make] of cases) {
    it(`${name} as inleiding.hbs: a Dutch template error naming the file, exit 2, no hang, nothing written`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'swa-sjabloon-'));
      mkdirSync(join(dir, 'sjablonen'));
      make(join(dir, 'sjablonen', 'inleiding.hbs'));
      // Standard input is a pipe nobody writes to (opened read-write, so opening it does not wait):
      // reading /dev/stdin would wait for ever.
      execFileSync('mkfifo', [join(dir, 'stil')]);
      const stdin = openSync(join(dir, 'stil'), 'r+');
      const result = spawnSync(process.execPath, [BIN, 'render', VOORBEELD, '--templates', 'sjablonen', '--out', 'uit', ...DATUM], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
        stdio: [stdin, 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1' },
      });
      closeSync(stdin);
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toMatch(/sjabloonfout in .*inleiding\.hbs: /);
      expect(result.stderr).toMatch(name === 'larger than 1 MB' ? /groter dan 1 MB/ : name === 'a directory' ? /een map/ : /geen gewoon bestand/);
      expect(existsSync(join(dir, 'uit'))).toBe(false);
    });
  }
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isInside } from '../../src/files/inside.js';
import { readRegularFile, readRegularFileSync } from '../../src/files/regular-file.js';

const dir = mkdtempSync(join(tmpdir(), 'swa-regular-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('isInside', () => {
  it('a name that starts with two dots is inside; .. and ../x are not', () => {
    expect(isInside('/repo', '/repo/..regio.yaml')).toBe(true);
    expect(isInside('/repo', '/repo')).toBe(true);
    expect(isInside('/repo', '/')).toBe(false);
    expect(isInside('/repo', '/repo-b/x')).toBe(false);
  });

  it('every path built below a directory is inside it; its parent is not (property)', () => {
    const segment = fc.stringMatching(/^[a-z.]{1,6}$/).filter((s) => s !== '.' && s !== '..');
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (parts) => {
        expect(isInside('/repo', `/repo${sep}${parts.join(sep)}`)).toBe(true);
        expect(isInside(`/repo${sep}${parts.join(sep)}`, '/repo')).toBe(false);
      }),
    );
  });
});

describe('readRegularFile', () => {
  const file = join(dir, 'a.yaml');
  writeFileSync(file, 'x'.repeat(100));

  it('reads a regular file up to the limit, async and sync alike', async () => {
    expect((await readRegularFile(file, 100)).bytes.length).toBe(100);
    expect(readRegularFileSync(file, 100).bytes.length).toBe(100);
  });

  it('one byte over the limit is EFBIG with the size, without reading it', async () => {
    await expect(readRegularFile(file, 99)).rejects.toMatchObject({ code: 'EFBIG', size: 100 });
    expect(() => readRegularFileSync(file, 99)).toThrow(expect.objectContaining({ code: 'EFBIG' }));
  });

  it('a directory is EISDIR, a named pipe ENOTFILE (and is never opened, so nothing waits)', async () => {
    const sub = join(dir, 'map');
    mkdirSync(sub);
    await expect(readRegularFile(sub, 10)).rejects.toMatchObject({ code: 'EISDIR' });
    const fifo = join(dir, 'pijp');
    execFileSync('mkfifo', [fifo]);
    await expect(readRegularFile(fifo, 10)).rejects.toMatchObject({ code: 'ENOTFILE' });
    expect(() => readRegularFileSync(fifo, 10)).toThrow(expect.objectContaining({ code: 'ENOTFILE' }));
  });

  it('a file that reports size 0 but holds more stops one byte past the limit', async () => {
    // /proc files report size 0; their content is read until it ends or passes the limit.
    await expect(readRegularFile('/proc/self/status', 10)).rejects.toMatchObject({ code: 'EFBIG' });
    expect(() => readRegularFileSync('/proc/self/status', 10)).toThrow(expect.objectContaining({ code: 'EFBIG' }));
    expect((await readRegularFile('/proc/self/status', 1_000_000)).bytes.length).toBeGreaterThan(10);
  });
});

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { swa } from '../helpers/cli.js';

describe.skipIf(!existsSync('/proc/self'))('a report directory that cannot be made', () => {
  it("fails at once with exit 2 instead of hanging (Node's recursive mkdir never returns for /proc/…)", () => {
    const result = swa([
      'check',
      'examples/voorbeeldstad.yaml',
      '--format',
      'junit',
      '--output',
      '/proc/swa-bestaat-niet/rapport.xml',
      '--datum',
      '2026-11-23',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is niet geschreven');
    expect(result.stderr).not.toContain('    at ');
  }, 20_000);
});

import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, streamTooLargeFinding } from '../../src/core/load/decode.js';

// Standard input is read only up to the limit: the finding says the input is larger than the
// limit, in MB, without a size it never measured.

describe('streamTooLargeFinding', () => {
  it('is a bestand-te-groot error at 1:1 that names the limit in MB', () => {
    expect(MAX_FILE_BYTES).toBe(2 * 1024 * 1024);
    expect(streamTooLargeFinding('-')).toEqual({
      rule: 'bestand-te-groot',
      severity: 'fout',
      onderdeel: null,
      file: '-',
      line: 1,
      column: 1,
      path: [],
      message: 'De invoer is groter dan 2 MB, het meeste dat een afsprakenbestand mag zijn; swa is gestopt met lezen. Controleer of dit het juiste bestand is.',
    });
  });
});

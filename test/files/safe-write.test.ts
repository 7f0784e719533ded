import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/cli/io.js';
import { holdsSameBytes } from '../../src/cli/output-target.js';
import { writeFileSafely } from '../../src/cli/safe-write.js';

const dir = mkdtempSync(join(tmpdir(), 'swa-schrijven-'));
let counter = 0;
const fresh = (): string => join(dir, `f${counter++}.bin`);

describe('writeFileSafely and the comparison behind it (properties over generated contents)', () => {
  it('holdsSameBytes is byte equality', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), async (existing, content) => {
        const path = fresh();
        writeFileSync(path, existing);
        expect(await holdsSameBytes(path, Buffer.from(content))).toBe(Buffer.from(existing).equals(Buffer.from(content)));
      }),
      { numRuns: 200 },
    );
  });

  it('holdsSameBytes over several 64 KB pieces: one changed byte anywhere is found', async () => {
    const content = Buffer.alloc(200 * 1024, 7);
    const path = fresh();
    writeFileSync(path, content);
    expect(await holdsSameBytes(path, content)).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.nat(content.length - 1), async (position) => {
        const changed = Buffer.from(content);
        changed[position] = 8;
        expect(await holdsSameBytes(path, changed)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('without force: absent → written, same → unchanged, different → refused (exit 1) and kept; with force: replaced; never a temporary file left', async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(fc.uint8Array({ maxLength: 200 })), fc.uint8Array({ maxLength: 200 }), fc.boolean(), async (existing, content, force) => {
        const path = fresh();
        if (existing !== null) writeFileSync(path, existing);
        const same = existing !== null && Buffer.from(existing).equals(Buffer.from(content));
        const outcome = await writeFileSafely(path, content, { force }).catch((error: unknown) => error);
        if (existing === null) expect(outcome).toBe('geschreven');
        else if (same) expect(outcome).toBe('ongewijzigd');
        else if (force) expect(outcome).toBe('vervangen');
        else {
          expect(outcome).toBeInstanceOf(UserError);
          expect((outcome as UserError).exitCode).toBe(1);
        }
        const refused = existing !== null && !same && !force;
        expect(readFileSync(path)).toEqual(Buffer.from(refused ? existing : content));
        expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

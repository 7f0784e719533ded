import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile } from '../../src/cli/existing-documents.js';
import { UserError } from '../../src/cli/io.js';
import { ProtectedFiles } from '../../src/cli/protected-files.js';
import { compareDocument, placeDocuments, type PlaceContext } from '../../src/cli/render/place-documents.js';
import { swa } from '../helpers/cli.js';

const DATUM = ['--datum', '2026-11-23'];
const document = { fileName: 'stad-samenwerkingsafspraken.docx', bytes: new Uint8Array([1, 2, 3]), partner: null };

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'swa-compare-'));
}

/** A reader that fails as reading a file without permission does (root reads everything, so it is put in its place). */
const deniedReader = async (path: string): Promise<never> => {
  throw new UserError(`${path} kan niet worden gelezen om te vergelijken (EACCES).`);
};

function context(outDir: string, problems: string[], check: boolean): PlaceContext {
  return {
    outDir,
    force: false,
    check,
    perPartnerAsked: false,
    startedMs: Date.now(),
    claimed: new Map(),
    readFiles: new ProtectedFiles(),
    baseFilesRead: [],
    shown: (path) => path,
    problem: (line) => problems.push(line),
    read: deniedReader,
  };
}

describe('the compare step of swa render', () => {
  it('a document that is there but cannot be read is neither missing nor outdated: it says it cannot be read', async () => {
    const out = tempDir();
    writeFileSync(join(out, document.fileName), 'bestaat');
    await expect(
      compareDocument(join(out, document.fileName), document, 'a.yaml', { perPartnerAsked: false, shown: (p) => p, read: deniedReader }),
    ).rejects.toThrow(/kan niet worden gelezen om te vergelijken \(EACCES\)/);
    for (const check of [true, false]) {
      const problems: string[] = [];
      const placed = await placeDocuments('a.yaml', [document], context(out, problems, check));
      // Exit 2 ("niet vergeleken" / "niet geschreven"), never "ontbreekt" or "verouderd".
      expect(placed).toEqual({ written: [], stale: [], refused: false, unwritten: true });
      expect(problems).toEqual([`swa: ${join(out, document.fileName)} kan niet worden gelezen om te vergelijken (EACCES).`]);
    }
  });

  it('a missing document is still "ontbreekt"', async () => {
    const out = tempDir();
    expect(await compareDocument(join(out, document.fileName), document, 'a.yaml', { perPartnerAsked: false, shown: (p) => p })).toBe(
      `${join(out, document.fileName)} ontbreekt (uit a.yaml)`,
    );
  });

  it('reading an existing document under a path whose parent is a file fails with a Dutch message instead of "not there"', async () => {
    const file = join(tempDir(), 'bestand');
    writeFileSync(file, 'x');
    await expect(readRegularFile(join(file, 'document.docx'))).rejects.toThrow(
      /kan niet worden gelezen om te vergelijken: het bestand .*een deel van het pad is een bestand, geen map/,
    );
    expect(await readRegularFile(join(tempDir(), 'er-niet.docx'))).toBeNull();
  });

  it('--check with an --out that is a file: a Dutch message that it cannot be read, exit 2, no stack trace', () => {
    const out = join(tempDir(), 'geen-map');
    writeFileSync(out, 'x');
    const result = swa(['render', 'examples/voorbeeldstad.yaml', '--check', '--out', out, ...DATUM]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`swa: ${out} kan niet worden gelezen om de documenten te vergelijken (dit is geen map).`);
    expect(result.stderr).not.toMatch(/ontbreekt|\n\s+at /);
  });
});

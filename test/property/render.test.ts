/**
 * Issue 8 (d) and (e): rendering is byte-identical across runs and across batch orders, and a file
 * that `swa check` can read (exit 0 or 1, not unreadable) renders without an exception. Also: the
 * documents of one file never share a file name (two GIs whose ids differ only in "_" and "-").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementFile, nearlyCompleteFile, PROPERTY_TIMEOUT, settings, type GeneratedFile } from './arbitraries.js';
import { check, docxText, renderable, renderDocx } from './documents.js';
import { buildModel } from '../../src/core/model/build-model.js';
import { documentFileName } from '../../src/render/file-names.js';

/** Each file keeps its name in both orders: the document names its source file (swa-bron). */
async function renderAll(files: Array<{ name: string; file: GeneratedFile }>): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const { name, file } of files) {
    const result = check(file.text, name);
    if (!renderable(result)) continue;
    for (const document of (await renderDocx(result)).documents) out.set(`${name}/${document.partner ?? 'integraal'}`, document.bytes);
  }
  return out;
}

describe('property (d): the same input gives the same bytes', () => {
  it(
    'rendering a batch twice, in two orders, gives byte-identical documents',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(agreementFile({ maxGi: 1 }), nearlyCompleteFile({ maxGi: 1 })), { minLength: 2, maxLength: 2 }), async (files) => {
          const named = files.map((file, index) => ({ name: `gemeente-${index}.yaml`, file }));
          const first = await renderAll(named);
          const second = await renderAll([...named].reverse());
          expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
          for (const [key, bytes] of first)
            expect(Buffer.from(second.get(key)!).equals(Buffer.from(bytes)), `${key} verschilt tussen de twee keren`).toBe(true);
        }),
        settings(1),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('property (e): what swa check can read, swa render can make', () => {
  it(
    'a file check reads (exit 0 or 1) renders, with its partner documents, without an exception, into documents that open',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(agreementFile({ level: 'willekeurig', maxGi: 2 }), agreementFile({ dates: 'willekeurig', maxGi: 2 })), async (file) => {
          const result = check(file.text);
          expect(result.findings.some((f) => f.rule === 'bestand-onleesbaar')).toBe(false);
          // YAML and schema errors are refused by render with the check report; everything else must render.
          if (!renderable(result)) return;
          const { documents } = await renderDocx(result);
          expect(documents.length).toBeGreaterThanOrEqual(1);
          for (const document of documents) expect(docxText(document.bytes).text.length).toBeGreaterThan(0);
        }),
        settings(3),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'the documents of one file have different file names, so none overwrites another',
    () => {
      fc.assert(
        fc.property(agreementFile(), (file) => {
          const model = buildModel(file.data);
          // The documents render makes for one file, named as render-document.ts names them.
          const keys = [null, ...model.partners.map((p) => p.key).filter((key) => key !== 'lokaal_team')];
          const names = keys.map((partner) => documentFileName(model.gemeente.naam, 'gegenereerd.yaml', partner, keys));
          expect(
            names.filter((name, index) => names.indexOf(name) !== index),
            'documenten met dezelfde bestandsnaam',
          ).toEqual([]);
        }),
        settings(150),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

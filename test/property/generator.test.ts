import fc from 'fast-check';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { fastParse } from '../../src/core/load/fast-parse.js';
import { agreementFile, PROPERTY_TIMEOUT, settings, TODAY } from './arbitraries.js';
import { pathKey, type PathSegment } from './yaml-emitter.js';

/** The harness checks itself: what the generator writes is valid, reads back as its data, and its positions are right. */
describe('the generated agreement files', () => {
  it(
    'are valid YAML that reads back as the generated data (with both YAML readers), and valid per the JSON Schema',
    () => {
      fc.assert(
        fc.property(agreementFile(), (file) => {
          const doc = parseDocument(file.text);
          expect(doc.errors).toEqual([]);
          expect(doc.toJS()).toEqual(file.data);
          // A clean file is checked on the fast reader's data (js-yaml): it must read the same.
          expect(fastParse(file.text)?.data).toEqual(file.data);
          const check = checkSource('gegenereerd.yaml', new TextEncoder().encode(file.text), { today: TODAY });
          expect(check.findings.filter((f) => /^(yaml|schema|bestand)-/.test(f.rule))).toEqual([]);
        }),
        settings(20),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'record where each key and value starts, as the yaml library reads it',
    () => {
      fc.assert(
        fc.property(agreementFile(), (file) => {
          const lineCounter = new LineCounter();
          const doc = parseDocument(file.text, { lineCounter });
          const pos = (offset: number) => {
            const { line, col } = lineCounter.linePos(offset);
            return { line, column: col };
          };
          const visit = (node: unknown, path: PathSegment[]): void => {
            if (isMap(node)) {
              for (const pair of node.items) {
                const key = String((pair.key as { value: unknown }).value);
                const recorded = file.positions.get(pathKey([...path, key]));
                expect(recorded, `positie van ${pathKey([...path, key])}`).toBeDefined();
                expect(recorded!.key, pathKey([...path, key])).toEqual(pos((pair.key as Node).range![0]));
                const value = pair.value as Node | null;
                if (value && !recorded!.emptyValue) expect(recorded!.value, pathKey([...path, key])).toEqual(pos(value.range![0]));
                visit(value, [...path, key]);
              }
            } else if (isSeq(node)) {
              node.items.forEach((item, index) => {
                const recorded = file.positions.get(pathKey([...path, index]));
                expect(recorded!.value, pathKey([...path, index])).toEqual(pos((item as Node).range![0]));
                visit(item, [...path, index]);
              });
            }
          };
          visit(doc.contents, []);
        }),
        settings(15),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

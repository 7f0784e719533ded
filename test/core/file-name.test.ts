import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inheritedGap } from '../../src/core/check.js';
import { fileName } from '../../src/core/domain/file-name.js';
import { documentFileName } from '../../src/render/file-names.js';

// The name of a file without its folders goes into finding messages that end up in Word documents
// and into document names: neither may depend on the folders, whatever characters they hold.

const RUNS = Number(process.env.SWA_PROPERTY_RUNS ?? 1);
const separator = fc.constantFrom('/', '\\');
const anyText = fc.string({ unit: 'binary', maxLength: 30 });
const lastPart = anyText.map((text) => text.replace(/[\\/]/g, ''));
const folders = fc.array(fc.tuple(anyText, separator), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([name, sep]) => name + sep).join(''));

describe('fileName', () => {
  it('is what follows the last slash or backslash', () => {
    expect(fileName('g.yaml')).toBe('g.yaml');
    expect(fileName('/srv/regio/g.yaml')).toBe('g.yaml');
    expect(fileName('gemeenten\\g.yaml')).toBe('g.yaml');
    expect(fileName('a\\b/c')).toBe('c');
    expect(fileName('a/')).toBe('');
  });

  it('drops folders whose names hold line breaks (a `.*` regex stops at them)', () => {
    expect(fileName('map\nmet regel/g.yaml')).toBe('g.yaml');
    expect(fileName('a\r\nb\u2028c\u2029/d\\g.yaml')).toBe('g.yaml');
  });

  it('over any folders: the last part, unchanged', () => {
    fc.assert(
      fc.property(folders, lastPart, (path, name) => fileName(path + name) === name),
      { numRuns: RUNS * 300 },
    );
  });
});

describe('what depends on the file name only', () => {
  it('the inherited-gap sentence is the same wherever the file lies', () => {
    fc.assert(
      fc.property(folders, lastPart, (path, name) => inheritedGap(path + name) === inheritedGap(name)),
      { numRuns: RUNS * 200 },
    );
    expect(inheritedGap('regio\nnoord/g.yaml')).toBe(inheritedGap('g.yaml'));
  });

  it('a document without gemeente name is named after the file, not its folders', () => {
    expect(documentFileName(null, 'regio\nnoord/deventer.yaml', null)).toBe('deventer-samenwerkingsafspraken.docx');
    fc.assert(
      fc.property(folders, lastPart, (path, name) => documentFileName(null, path + name, null) === documentFileName(null, name, null)),
      { numRuns: RUNS * 200 },
    );
  });
});

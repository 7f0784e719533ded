import { describe, expect, it } from 'vitest';
import { SHARED_PARTS } from '../../src/generated/word-shared-parts.js';
import { compileSharedParts } from '../../src/render/word-shared-compile.js';

describe('the parts every document shares, compiled by docx at build time', () => {
  it('are what docx compiles from the styles now, part for part and in order (a build older than word-styles.ts fails here)', () => {
    expect(SHARED_PARTS.plain).toEqual(compileSharedParts(false));
    expect(SHARED_PARTS.list).toEqual(compileSharedParts(true));
  });

  it('differ between the two variants only in the body and the numbering of the bullet list', () => {
    const differing = SHARED_PARTS.plain.filter(([name, text], index) => SHARED_PARTS.list[index]![0] !== name || SHARED_PARTS.list[index]![1] !== text);
    expect(differing.map(([name]) => name).sort()).toEqual(['word/document.xml', 'word/numbering.xml']);
  });
});

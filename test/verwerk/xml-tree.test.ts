import { describe, expect, it } from 'vitest';
import { parseXml, XmlError } from '../../src/word/xml-tree.js';

describe('parseXml', () => {
  it('reads elements, attributes, text and entities in the preserveOrder shape', () => {
    expect(
      parseXml('<?xml version="1.0"?><w:p a="x &amp; y" b=\'1\'><w:r><w:t xml:space="preserve"> a &lt;&#233;&#x41;&quot; </w:t><w:br/></w:r></w:p>'),
    ).toEqual([
      { 'w:p': [{ 'w:r': [{ 'w:t': [{ '#text': ' a <éA" ' }], ':@': { 'xml:space': 'preserve' } }, { 'w:br': [] }] }], ':@': { a: 'x & y', b: '1' } },
    ]);
  });

  it('refuses XML whose elements do not nest', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlError);
    expect(() => parseXml('<a>')).toThrow(XmlError);
    expect(() => parseXml('<a>1 < 2</a>')).toThrow(XmlError);
  });
});

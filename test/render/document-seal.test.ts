import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { contentHash, readSeal, sealParts, sealProperties, SWA_PROPERTIES } from '../../src/render/document-seal.js';

/** A package with the custom properties as docx writes them (a placeholder for the hash). */
function customXml(properties: Array<{ name: string; value: string }>): Uint8Array {
  const body = properties
    .map((p, i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${p.name}"><vt:lpwstr>${p.value}</vt:lpwstr></property>`)
    .join('');
  return strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${body}</Properties>`,
  );
}

const partName = fc.stringMatching(/^word\/[a-z]{1,8}\.xml$/);
const parts = fc.dictionary(partName, fc.uint8Array({ minLength: 1, maxLength: 200 }), { minKeys: 1, maxKeys: 6 });

function sealed(content: Record<string, Uint8Array>): Uint8Array {
  const files = { ...content, 'docProps/custom.xml': customXml(sealProperties('veilig_thuis')) };
  sealParts(files);
  return zipSync(files);
}

describe('the seal of a document swa wrote', () => {
  it('is intact for what swa wrote, and names the kind of document (property over generated packages)', () => {
    fc.assert(
      fc.property(parts, (content) => {
        expect(readSeal(sealed(content))).toEqual({ kind: 'partner:veilig_thuis', intact: true, redline: false });
      }),
    );
  });

  it('is broken by any change to any part but the custom properties', () => {
    fc.assert(
      fc.property(parts, fc.nat(), fc.nat(), (content, which, where) => {
        const files = unzipSync(sealed(content));
        const names = Object.keys(files).filter((n) => n !== 'docProps/custom.xml');
        const name = names[which % names.length]!;
        const edited = Uint8Array.from(files[name]!);
        const at = where % edited.length;
        edited[at] = edited[at]! ^ 0xff;
        files[name] = edited;
        expect(readSeal(zipSync(files))).toEqual({ kind: 'partner:veilig_thuis', intact: false, redline: false });
      }),
    );
  });

  it('is broken by a part added or removed, and kept when the custom properties gain another swa-… property', () => {
    const files = unzipSync(sealed({ 'word/document.xml': strToU8('<w:document/>'), 'word/styles.xml': strToU8('<w:styles/>') }));
    expect(readSeal(zipSync({ ...files, 'word/extra.xml': strToU8('<x/>') }))?.intact).toBe(false);
    const { 'word/styles.xml': _removed, ...fewer } = files;
    expect(readSeal(zipSync(fewer))?.intact).toBe(false);
    // A later swa may add its version or source; Word may re-lay the XML out: the seal still holds.
    const custom = strFromU8(files['docProps/custom.xml']!).replace(
      '</Properties>',
      '<property fmtid="{x}" pid="9" name="swa-versie">\n  <vt:lpwstr>9.9.9</vt:lpwstr></property></Properties>',
    );
    expect(readSeal(zipSync({ ...files, 'docProps/custom.xml': strToU8(custom) }))?.intact).toBe(true);
  });

  it('does not depend on the order of the parts in the zip', () => {
    const a = { 'word/a.xml': strToU8('a'), 'word/b.xml': strToU8('b') };
    expect(contentHash(a)).toBe(contentHash({ 'word/b.xml': strToU8('b'), 'word/a.xml': strToU8('a') }));
    // Name and content are kept apart: moving a byte from one part into the other changes the hash.
    expect(contentHash({ 'word/a.xml': strToU8('ab'), 'word/b.xml': strToU8('') })).not.toBe(contentHash(a));
  });

  it("is absent from other people's files: not a zip, no custom properties, or properties of their own", () => {
    expect(readSeal(strToU8('geen zip'))).toBeNull();
    expect(readSeal(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toBeNull();
    const theirs = zipSync({ 'word/document.xml': strToU8('<w:document/>'), 'docProps/custom.xml': customXml([{ name: 'Afdeling', value: 'Jeugd' }]) });
    expect(readSeal(theirs)).toBeNull();
    const halfSwa = zipSync({ 'docProps/custom.xml': customXml([{ name: SWA_PROPERTIES.inhoud, value: 'abc' }]) });
    expect(readSeal(halfSwa)).toBeNull();
  });
});

describe('reading the seal of a file in --out is bounded', () => {
  it('a zip that says it unpacks to more than 256 MB is not unpacked: no seal', () => {
    const bytes = Buffer.from(sealed({ 'word/document.xml': strToU8('<w:document/>') }));
    expect(readSeal(bytes)?.intact).toBe(true);
    // Claim 1 GB for the first entry in the central directory (uncompressed size at offset 24).
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(central).toBeGreaterThan(0);
    bytes.writeUInt32LE(1024 * 1024 * 1024, central + 24);
    expect(readSeal(bytes)).toBeNull();
  });
});

import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameApartFromMoment } from '../../src/cli/pdf/pdf-identity.js';

interface Moment {
  date: string;
  id: string;
  fontTime: number;
  profileTime: number;
}

/** A TrueType font with only a 'head' table, as a subset in a PDF carries it: when it was made is in there. */
function font(glyphs: string, time: number): Buffer {
  const head = Buffer.alloc(54);
  head.writeUInt32BE(0x00010000, 0);
  head.writeUInt32BE(time >>> 0, 8); // checkSumAdjustment follows the time
  head.writeUInt32BE(time >>> 0, 24); // created
  head.writeUInt32BE(time >>> 0, 32); // modified
  const body = Buffer.concat([head, Buffer.from(glyphs, 'latin1')]);
  const directory = Buffer.alloc(12 + 16);
  directory.writeUInt32BE(0x00010000, 0);
  directory.writeUInt16BE(1, 4);
  directory.write('head', 12, 'latin1');
  directory.writeUInt32BE(time >>> 0, 16);
  directory.writeUInt32BE(28, 20);
  directory.writeUInt32BE(body.length, 24);
  return Buffer.concat([directory, body]);
}

function profile(time: number): Buffer {
  const icc = Buffer.alloc(132);
  icc.write('acsp', 36, 'latin1');
  icc.writeUInt32BE(time >>> 0, 24);
  icc.writeUInt32BE(time >>> 0, 84);
  return icc;
}

/** A PDF laid out as LibreOffice writes one: indirect stream lengths, Flate streams, XMP, Info and a trailer with /ID. */
function pdf(text: string, moment: Moment, extra = ''): Buffer {
  const objects: Buffer[] = [];
  const add = (n: number, body: Buffer | string) =>
    objects.push(
      Buffer.concat([Buffer.from(`${n} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n\n', 'latin1')]),
    );
  const stream = (n: number, dictionary: string, data: Buffer) => {
    add(n, Buffer.concat([Buffer.from(`<</Length ${n + 1} 0 R${dictionary}>>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]));
    add(n + 1, String(data.length));
  };
  stream(2, '/Filter/FlateDecode', deflateSync(Buffer.from(`BT /F1 11 Tf (${text}) Tj ET`, 'latin1')));
  stream(4, '/Length1 200/Filter/FlateDecode', deflateSync(font(text.slice(0, 8), moment.fontTime)));
  stream(6, '/N 3/Filter/FlateDecode', deflateSync(profile(moment.profileTime)));
  stream(
    8,
    '/Type/Metadata/Subtype/XML',
    Buffer.from(`<x:xmpmeta><pdfaid:part>2</pdfaid:part><xmp:CreateDate>${moment.date}</xmp:CreateDate></x:xmpmeta>`, 'latin1'),
  );
  add(10, `<</Creator<FEFF0057>/Producer(LibreOffice 7.4)/CreationDate(D:${moment.date})>>`);
  add(11, `<</Type/Catalog/Metadata 8 0 R${extra}>>`);
  const body = Buffer.concat([Buffer.from('%PDF-1.6\n%\xe4\xfc\n', 'latin1'), ...objects]);
  const trailer = `xref\n0 12\n0000000000 65535 f \ntrailer\n<</Size 12/Root 11 0 R\n/Info 10 0 R\n/ID [ <${moment.id}>\n<${moment.id}> ]\n/DocChecksum /${moment.id}\n>>\nstartxref\n${body.length}\n%%EOF\n`;
  return Buffer.concat([body, Buffer.from(trailer, 'latin1')]);
}

const moment = fc.record({
  date: fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().replace(/[-:T]/g, '').slice(0, 14)),
  id: fc.stringMatching(/^[0-9A-F]{32}$/),
  fontTime: fc.nat(),
  profileTime: fc.nat(),
});
const text = fc.stringMatching(/^[A-Za-z0-9 .,]{1,60}$/);

describe('sameApartFromMoment', () => {
  it('holds for the same document made at any two moments', () => {
    fc.assert(fc.property(text, moment, moment, (content, a, b) => sameApartFromMoment(pdf(content, a), pdf(content, b))));
  });

  it('fails for two documents whose text differs, whatever their moments', () => {
    fc.assert(
      fc.property(text, text, moment, moment, (one, other, a, b) => {
        fc.pre(one !== other);
        return !sameApartFromMoment(pdf(one, a), pdf(other, b));
      }),
    );
  });

  it('fails when anything else in the document differs', () => {
    fc.assert(fc.property(text, moment, moment, (content, a, b) => !sameApartFromMoment(pdf(content, a), pdf(content, b, '/Lang(nl-NL)'))));
  });

  it('fails for a PDF with an incremental update, such as a signature added after swa made it', () => {
    const at: Moment = { date: '20261202040000', id: 'A'.repeat(32), fontTime: 1, profileTime: 1 };
    const made = pdf('Samenwerkingsafspraken', at);
    const signed = Buffer.concat([
      made,
      Buffer.from('12 0 obj\n<</Type/Sig>>\nendobj\nxref\n0 1\ntrailer\n<</Size 13/Root 11 0 R/Prev 0>>\nstartxref\n999\n%%EOF\n', 'latin1'),
    ]);
    expect(sameApartFromMoment(made, made)).toBe(true);
    expect(sameApartFromMoment(made, signed)).toBe(false);
  });

  it('fails for what is no PDF, or a damaged one', () => {
    const at: Moment = { date: '20261202040000', id: 'B'.repeat(32), fontTime: 2, profileTime: 2 };
    const made = pdf('Samenwerkingsafspraken', at);
    expect(sameApartFromMoment(Buffer.from('PK\x03\x04'), made)).toBe(false);
    expect(sameApartFromMoment(made.subarray(0, made.length / 2), made)).toBe(false);
  });
});

import { inflateSync } from 'node:zlib';

/**
 * Whether two PDFs are the same document apart from the moment they were made. LibreOffice writes
 * that moment into the document information, the XMP metadata, the trailer's /ID and /DocChecksum,
 * the header of the sRGB colour profile and the 'head' table of every embedded font subset; a stream that holds a font is compressed
 * again, so lengths and offsets move too. Everything else must be equal, object by object, after
 * decompression. A PDF with an incremental update (a signature, an annotation, an edit), object
 * streams or encryption is never the same: that is not a PDF as swa made it.
 */
export function sameApartFromMoment(a: Uint8Array, b: Uint8Array): boolean {
  const first = comparable(a);
  const second = comparable(b);
  if (first === null || second === null || first.length !== second.length) return false;
  return first.every((part, i) => part.equals(second[i]!));
}

/** The PDF as a list of parts with the moment masked; null when it is not a plain single-revision PDF. */
function comparable(pdf: Uint8Array): Buffer[] | null {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const text = bytes.toString('latin1');
  if (!text.startsWith('%PDF-') || text.split('startxref').length !== 2 || /\/(?:ObjStm|Encrypt|XRefStm)\b/.test(text)) return null;
  // LibreOffice gives a stream's length as a separate object written after it.
  const integers = new Map<string, number>();
  for (const match of text.matchAll(/(\d+) (\d+) obj\s*(\d+)\s*endobj/g)) integers.set(`${match[1]} ${match[2]}`, Number(match[3]));
  const parts: Buffer[] = [];
  const objectStart = /(\d+) (\d+) obj\b/g;
  let lastEnd = -1;
  for (let match = objectStart.exec(text); match !== null; match = objectStart.exec(text)) {
    const bodyStart = match.index + match[0].length;
    const end = text.indexOf('endobj', bodyStart);
    if (end === -1) return null;
    const streamAt = /\bstream\r?\n/.exec(text.slice(bodyStart, end));
    if (streamAt === null) {
      // A bare number is a stream length: it changes with the compressed font.
      const body = text.slice(bodyStart, end);
      parts.push(Buffer.from(`${match[1]} ${match[2]}:${/^\s*\d+\s*$/.test(body) ? 'lengte' : maskDictionary(body)}`, 'latin1'));
      objectStart.lastIndex = lastEnd = end + 'endobj'.length;
      continue;
    }
    const dictionary = text.slice(bodyStart, bodyStart + streamAt.index);
    const length = /\/Length\s+(\d+)(?:\s+(\d+)\s+R)?/.exec(dictionary);
    const size = length === null ? undefined : length[2] === undefined ? Number(length[1]) : integers.get(`${length[1]} ${length[2]}`);
    if (size === undefined) return null;
    const dataStart = bodyStart + streamAt.index + streamAt[0].length;
    const dataEnd = dataStart + size;
    const after = /^\s*endstream\s*endobj/.exec(text.slice(dataEnd, dataEnd + 64));
    if (after === null) return null;
    const data = maskStream(dictionary, bytes.subarray(dataStart, dataEnd));
    if (data === null) return null;
    parts.push(Buffer.from(`${match[1]} ${match[2]}:${maskDictionary(dictionary)}`, 'latin1'), data);
    objectStart.lastIndex = lastEnd = dataEnd + after[0].length;
  }
  if (lastEnd === -1) return null;
  // Only the references of the trailer count; its /ID, /DocChecksum and the offsets are the moment's.
  const trailer = text.slice(lastEnd);
  parts.push(Buffer.from(['Root', 'Info'].map((key) => new RegExp(`/${key}\\s+(\\d+\\s+\\d+)\\s+R`).exec(trailer)?.[1] ?? '').join('|'), 'latin1'));
  return parts;
}

function maskDictionary(dictionary: string): string {
  return dictionary.replace(/\/(CreationDate|ModDate)\s*(?:\([^)]*\)|<[^>]*>)/g, '/$1()').replace(/\/Length\s+\d+(?:\s+\d+\s+R)?/g, '/Length');
}

function maskStream(dictionary: string, raw: Buffer): Buffer | null {
  let data: Buffer;
  if (/\/Filter\s*\/FlateDecode\b/.test(dictionary)) {
    try {
      data = inflateSync(raw);
    } catch {
      return null;
    }
  } else {
    data = raw;
  }
  if (/\/Length1\b/.test(dictionary)) return maskFontTimes(data);
  if (data.length >= 128 && data.toString('latin1', 36, 40) === 'acsp') return maskProfileTime(data);
  if (/\/Type\s*\/Metadata\b/.test(dictionary)) {
    return Buffer.from(
      data.toString('latin1').replace(/<(xmp:(?:CreateDate|ModifyDate|MetadataDate)|xmpMM:(?:DocumentID|InstanceID))>[^<]*</g, '<$1><'),
      'latin1',
    );
  }
  return data;
}

/** The colour profile PDF/A requires is made on the spot too: its header has the date and an MD5 over it. */
function maskProfileTime(profile: Buffer): Buffer {
  const copy = Buffer.from(profile);
  copy.fill(0, 24, 36);
  copy.fill(0, 84, 100);
  return copy;
}

/** A TrueType font's 'head' table holds when the subset was made (and a checksum over it). */
function maskFontTimes(font: Buffer): Buffer {
  const copy = Buffer.from(font);
  if (copy.length < 12) return copy;
  const tables = copy.readUInt16BE(4);
  for (let i = 0; i < tables; i += 1) {
    const record = 12 + 16 * i;
    if (record + 16 > copy.length) break;
    if (copy.toString('latin1', record, record + 4) !== 'head') continue;
    copy.fill(0, record + 4, record + 8);
    const offset = copy.readUInt32BE(record + 8);
    if (offset + 36 <= copy.length) {
      copy.fill(0, offset + 8, offset + 12);
      copy.fill(0, offset + 20, offset + 36);
    }
  }
  return copy;
}

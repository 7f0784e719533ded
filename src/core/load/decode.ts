import type { Finding } from '../../findings.js';

/** Agreements files are a few dozen kilobytes; anything this large is not one and would only stall a run. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; finding: Finding };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The finding for a file over MAX_FILE_BYTES, also when the CLI refuses to read it at all. */
export function tooLargeFinding(file: string, size: number): Finding {
  const mb = (size / 1024 / 1024).toFixed(1);
  return fileFinding(
    file,
    'bestand-te-groot',
    1,
    1,
    `Het bestand is ${mb} MB groot; een afsprakenbestand is hooguit ${MAX_FILE_BYTES / 1024 / 1024} MB. Controleer of dit het juiste bestand is.`,
  );
}

/** The same finding for a stream (standard input), of which only the first MAX_FILE_BYTES + 1 bytes are read. */
export function streamTooLargeFinding(file: string): Finding {
  return fileFinding(
    file,
    'bestand-te-groot',
    1,
    1,
    `De invoer is groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB, het meeste dat een afsprakenbestand mag zijn; swa is gestopt met lezen. Controleer of dit het juiste bestand is.`,
  );
}

/**
 * Bytes → text. A leading BOM is dropped; bytes that are not UTF-8 are a finding at their line.
 * The decoder is strict (`fatal: true`), so a surrogate written as UTF-8 bytes (ED A0 80 …, which
 * UTF-8 does not allow) is such a finding too, and never silently becomes U+FFFD. A lone surrogate
 * written as a YAML escape ("\ud800") does reach the data; the rule teken-ongeldig reports it.
 */
export function decodeSource(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, finding: tooLargeFinding(file, bytes.byteLength) };
  // UTF-32 LE starts with FF FE 00 00, which also reads as the UTF-16 LE mark: test it first.
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) ||
    (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
  ) {
    return {
      ok: false,
      finding: fileFinding(
        file,
        'bestand-codering',
        1,
        1,
        'Het bestand is opgeslagen als UTF-32 (Unicode). Sla het op als UTF-8: in de meeste editors via Opslaan als → Codering: UTF-8.',
      ),
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      finding: fileFinding(
        file,
        'bestand-codering',
        1,
        1,
        'Het bestand is opgeslagen als UTF-16 (Unicode). Sla het op als UTF-8: in Kladblok via Opslaan als → Codering: UTF-8.',
      ),
    };
  }
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    // The text before the bad sequence, not the first U+FFFD of a lenient decode: the file may
    // hold a real U+FFFD (written as EF BF BD) before it.
    const before = strictUtf8.decode(bytes.subarray(0, Math.max(firstIllFormed(bytes), 0)));
    const lineStart = before.lastIndexOf('\n');
    return {
      ok: false,
      finding: fileFinding(
        file,
        'bestand-codering',
        before.split('\n').length,
        before.length - lineStart,
        'Het bestand bevat tekens die geen UTF-8 zijn (bijvoorbeeld een é uit een oud Windows-bestand). Sla het bestand op als UTF-8 en probeer het opnieuw.',
      ),
    };
  }
}

/**
 * The byte offset where the first ill-formed UTF-8 sequence starts, or -1. The ranges are those of
 * the WHATWG decoder that TextDecoder implements: no overlong forms, no surrogates, nothing past
 * U+10FFFF.
 */
function firstIllFormed(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] as number;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    const follow = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (follow === 0) return at;
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= follow; k += 1) {
      const next = bytes[at + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return at;
    }
    at += follow + 1;
  }
  return -1;
}

function fileFinding(file: string, rule: string, line: number, column: number, message: string): Finding {
  return { rule, severity: 'fout', onderdeel: null, message, file, line, column, path: [] };
}

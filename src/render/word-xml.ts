/**
 * XML text as docx writes it (its stringify): the same escapes, the same characters dropped, so
 * that the direct writer's parts are docx's byte for byte (test/render/word-writer.test.ts).
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** A text or attribute value: &, ", ', < and > as references, the C0 controls other than tab, LF and CR dropped. */
export function xmlEscape(value: string): string {
  ESCAPED.lastIndex = 0;
  return ESCAPED.test(value) ? value.replace(ESCAPED, (char) => ESCAPES[char] ?? '') : value;
}

/**
 * A length in twips that docx accepts (its unsignedDecimalNumber): a finite number, rounded down,
 * not negative; otherwise docx's error.
 */
export function twips(value: number): number {
  if (!Number.isFinite(value)) throw new Error(`Invalid value '${value}' specified. Must be an integer.`);
  const whole = Math.floor(value);
  if (whole < 0) throw new Error(`Invalid value '${value}' specified. Must be a positive integer.`);
  return whole;
}

/** A signed length docx accepts (its decimalNumber): a finite number, rounded down. */
export function decimal(value: number): number {
  if (!Number.isFinite(value)) throw new Error(`Invalid value '${value}' specified. Must be an integer.`);
  return Math.floor(value);
}

/**
 * XML 1.0 §2.2 `Char`, written out independently of src/core/domain/xml-chars.ts so a mistake there cannot
 * hide itself: the code points a well-formed document may contain (non-characters included: they
 * are allowed, if discouraged). Returns the first offending code point as U+XXXX, or undefined.
 */
export function firstNonXmlChar(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let cp = unit;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00);
        i += 1;
      }
    }
    const ok = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
    if (!ok) return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return undefined;
}

/** A Unicode non-character (U+FDD0–U+FDEF, U+xFFFE/U+xFFFF): allowed by XML but never text, so swa treats it as invalid too. */
export function hasNonCharacter(text: string): boolean {
  return [...text].some((c) => {
    const cp = c.codePointAt(0)!;
    return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
  });
}

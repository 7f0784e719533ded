/**
 * Encodes a value from the YAML for the block markup: every character that could start markup or
 * an entity is escaped, and whitespace that the markup would collapse is kept as numeric entities.
 * Result: whatever a value holds (`<`, `&`, `*`, `#`, `|`, quotes, line breaks) it appears literally.
 */
export function encodeValue(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[&<>"'`=]/g, (char) => `&#${char.codePointAt(0)};`)
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;')
    .replace(/ {2,}/g, (spaces) => ` ${'&#32;'.repeat(spaces.length - 1)}`);
}

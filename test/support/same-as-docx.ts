/**
 * The promise of the direct writer (src/render/word-document.ts): for the same markup it writes the
 * package docx compiled from its object model (the oracle, docx-oracle.ts), part by part, byte for
 * byte up to what normalise.ts numbers again, with the same tables, controls and text beside it;
 * and where the oracle fails, it fails with the same error.
 */
import { expect } from 'vitest';
import { MarkupError } from '../../src/render/markup.js';
import { writeDocument, type CoreProperties, type DocumentParts } from '../../src/render/word-document.js';
import { comparableParts } from './comparable-parts.js';
import { oracleParts } from './docx-oracle.js';

type Outcome = { error: string } | { parts: Array<[string, string]>; tables: unknown; controls: unknown; text: unknown };

function outcome(write: () => ReturnType<typeof writeDocument>): Outcome {
  try {
    const { parts, tables, controls, text } = write();
    return { parts: comparableParts(parts), tables, controls, text };
  } catch (error) {
    return { error: `${error instanceof MarkupError ? 'MarkupError' : 'Error'}: ${(error as Error).message}` };
  }
}

/** Where two texts part, with a little of each around it; '' when they are the same. */
function firstDifference(name: string, actual: string, expected: string): string {
  if (actual === expected) return '';
  let at = 0;
  while (actual[at] === expected[at]) at += 1;
  const around = (text: string): string => JSON.stringify(text.slice(Math.max(0, at - 150), at + 150));
  return `${name} differs at ${at}:\n  writer: ${around(actual)}\n  docx:   ${around(expected)}`;
}

export function sameAsDocx(
  parts: DocumentParts,
  properties: CoreProperties,
  custom: ReadonlyArray<{ name: string; value: string }> = [],
  write: typeof writeDocument = writeDocument,
): void {
  const expected = outcome(() => oracleParts(parts, properties, custom));
  const actual = outcome(() => write(parts, properties, custom));
  // Part by part, so that a failure names the part and shows where it differs.
  if ('parts' in expected && 'parts' in actual) {
    expect(actual.parts.map(([name]) => name)).toEqual(expected.parts.map(([name]) => name));
    for (const [index, [name, text]] of expected.parts.entries()) expect(firstDifference(name, actual.parts[index]![1], text)).toBe('');
  }
  expect(actual).toEqual(expected);
}

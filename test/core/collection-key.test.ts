import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';

const today = '2026-11-23';
const compleet = readFileSync(join(import.meta.dirname, '../fixtures/check/compleet/afspraken.yaml'), 'utf8');
const lines = compleet.split('\n');
/** Lines that hold a block key with something after it on the line or below it: `  naam: …` or `  - wie: …`. */
const keyLines = lines.flatMap((line, index) => (/^ *(?:- )?[a-z_]+:(?: |$)/.test(line) ? [index] : []));

/** A list or group written where the key should be, in the forms YAML allows. */
const collectionKey = fc.constantFrom(
  { text: '[a, b]', soort: 'lijst' },
  { text: '[x]', soort: 'lijst' },
  { text: '{ naam: x }', soort: 'groep' },
  { text: '{a: 1, b: 2}', soort: 'groep' },
);

describe('a list or group as a key', () => {
  it('is one yaml-syntax finding at the key itself, whichever key it replaces (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keyLines), collectionKey, fc.boolean(), (index, key, explicit) => {
        const line = lines[index]!;
        const [, indent, dash, rest] = /^( *)(- )?[a-z_]+:(.*)$/.exec(line)!;
        const inner = `${indent}${dash ?? ''}`;
        // `? key` on a line of its own and `: value` below it, or the key inline before the colon.
        const replaced = explicit ? `${inner}? ${key.text}\n${' '.repeat(inner.length)}:${rest}` : `${inner}${key.text}:${rest}`;
        const text = [...lines.slice(0, index), replaced, ...lines.slice(index + 1)].join('\n');
        const result = checkSource('a.yaml', Buffer.from(text), { today });
        expect(result.onderdelen).toBeNull();
        expect(result.findings).toHaveLength(1);
        const [finding] = result.findings;
        expect(finding).toMatchObject({ rule: 'yaml-syntax', severity: 'fout', line: index + 1, column: inner.length + (explicit ? 3 : 1) });
        expect(finding!.message).toContain(`een ${key.soort} als sleutel`);
        expect(finding!.message).not.toContain('[object Object]');
      }),
      { numRuns: Number(process.env.SWA_PROPERTY_RUNS ?? 1) * 150 },
    );
  });

  it('a list inside a flow group as its key is found too (js-yaml would silently read it as text)', () => {
    const text = compleet.replace(/^gemeente:\n/m, 'extra: {[x]: 1}\ngemeente:\n');
    expect(checkSource('a.yaml', Buffer.from(text), { today }).findings.map((f) => [f.rule, f.line])).toEqual([
      ['yaml-syntax', text.split('\n').indexOf('extra: {[x]: 1}') + 1],
    ]);
  });
});

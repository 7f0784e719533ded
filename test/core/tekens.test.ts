import { describe, expect, it } from 'vitest';
import type { Rule, RuleFinding } from '../../src/core/rules/define-rule.js';
import { tekenBidi, tekenOngeldig } from '../../src/core/rules/tekens.js';

// The message is all a user has to find a character they cannot see: whether it is in a key or a
// value, at which position (counted from 1, as an editor does) and which code point.

function run(rule: Rule, data: Record<string, unknown>): RuleFinding[] {
  const found: RuleFinding[] = [];
  rule.run({ data, today: '2026-11-23', report: (f) => found.push(f) });
  return found;
}

describe.each([
  ['teken-ongeldig', tekenOngeldig, '\u0001', 'U+0001', 'het teken U+0001, dat niet in een Word-document kan staan'],
  ['teken-bidi', tekenBidi, '\u202e', 'U+202E', 'het onzichtbare teken U+202E, dat de leesrichting omdraait'],
])('%s', (_id, rule, char, name, words) => {
  it('names the position from 1 and the code point of a character in a value', () => {
    const [finding, ...rest] = run(rule as Rule, { afspraken: { e_nieuwe_zorgen_na_ots: `ab${char}c` } });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ at: 'value', onderdeel: 'e', path: ['afspraken', 'e_nieuwe_zorgen_na_ots'] });
    expect(finding!.message).toMatch(new RegExp(`^Deze tekst bevat op positie 3 ${words.replace(/[+]/g, '\\+')}`));
    expect(finding!.message).toContain(name);
  });

  it('says "sleutel" for a character in a key', () => {
    const [finding] = run(rule as Rule, { [`${char}x`]: 'waarde' });
    expect(finding).toMatchObject({ at: 'key', onderdeel: null });
    expect(finding!.message).toMatch(/^Deze sleutel bevat op positie 1 /);
  });
});

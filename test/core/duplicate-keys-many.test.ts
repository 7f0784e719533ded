import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';

describe('a file with thousands of duplicate keys (fuzz seed 20261202, case 815: 28 s for 1,736)', () => {
  it('is read once for the keys, not once per duplicate: it ends, with capped findings that name the key', () => {
    const text = `schema_versie: 1\ngemeente:\n  naam: X\n${'regio: dubbel\n'.repeat(20_000)}`;
    const started = Date.now();
    const result = checkSource('a.yaml', Buffer.from(text), { today: '2026-11-23' });
    // A generous bound for a busy machine; a walk per duplicate took minutes here.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.findings.length).toBeGreaterThan(1);
    expect(result.findings[0]).toMatchObject({ rule: 'yaml-dubbele-sleutel', line: 5 });
    expect(result.findings[0]!.message).toContain('`regio`');
  });
});

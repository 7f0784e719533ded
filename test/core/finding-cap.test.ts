import { describe, expect, it } from 'vitest';
import { capFindings } from '../../src/core/rules/finding-cap.js';
import type { Finding, Severity } from '../../src/findings.js';

// The closing finding is what a reader of a capped report sees instead of the rest: it has to say
// how many of each severity were left out, in words that read right for one and for several.

const finding = (severity: Severity, line: number): Finding => ({
  rule: 'r',
  severity,
  onderdeel: 'c',
  message: 'm',
  file: 'a.yaml',
  line,
  column: 3,
  path: ['afspraken'],
});
const closingOf = (severities: Severity[], max = 1): Finding =>
  capFindings(
    severities.map((s, i) => finding(s, i + 1)),
    max,
  ).at(-1)!;

describe('the closing finding of a capped list', () => {
  it('counts what was left out per severity, singular and plural, leaving out severities that do not occur', () => {
    expect(closingOf(['info', 'fout', 'fout', 'waarschuwing', 'waarschuwing', 'info', 'info']).message).toContain(
      'nog 6 meldingen weggelaten (2 fouten, 2 waarschuwingen, 2 info),',
    );
    expect(closingOf(['info', 'fout', 'waarschuwing', 'info']).message).toContain('(1 fout, 1 waarschuwing, 1 info),');
    expect(closingOf(['fout', 'waarschuwing', 'waarschuwing']).message).toContain('(2 waarschuwingen),');
    expect(closingOf(['fout', 'info']).message).toContain('(1 info),');
    expect(closingOf(['fout', 'info']).severity).toBe('info');
    expect(closingOf(['fout', 'info', 'waarschuwing']).severity).toBe('waarschuwing');
    expect(closingOf(['fout', 'fout', 'info', 'fout']).message).toContain('(2 fouten, 1 info),');
  });

  it('names the cap and points at the first finding left out, with no path of its own', () => {
    const closing = closingOf(['fout', 'fout', 'fout', 'fout'], 3);
    expect(closing.message).toBe(
      'Er zijn nog 1 meldingen weggelaten (1 fout), vanaf hier: swa toont er hooguit 3 per bestand. Los de meldingen hierboven op en controleer opnieuw.',
    );
    expect(closing).toMatchObject({ rule: 'te-veel-meldingen', severity: 'fout', onderdeel: null, file: 'a.yaml', line: 4, column: 3 });
    expect(closing.path).toEqual([]);
  });
});

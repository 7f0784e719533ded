import { describe, expect, it } from 'vitest';
import { ONDERDELEN, type Finding, type Onderdeel, type OnderdeelStatus, type Severity } from '../../src/findings.js';
import { isAssessed, isComplete, summarize, type CheckedFile } from '../../src/core/run.js';

// The summary is the last line of `swa check` and the `summary` of `--format json`: what a region
// reads to see how many gemeenten are ready. Each count is pinned with files built for it.

function finding(severity: Severity): Finding {
  return { rule: 'r', severity, onderdeel: null, message: 'm', path: [], file: 'g.yaml', line: 1, column: 1 };
}

function statuses(overrides: Partial<Record<Onderdeel, OnderdeelStatus>> = {}): Record<Onderdeel, OnderdeelStatus> {
  return { ...(Object.fromEntries(ONDERDELEN.map((o) => [o, 'compleet'])) as Record<Onderdeel, OnderdeelStatus>), ...overrides };
}

function file(name: string, severities: Severity[], extra: Partial<CheckedFile> = {}): CheckedFile {
  return { file: name, findings: severities.map(finding), onderdelen: statuses(), data: {}, ...extra };
}

describe('which files count as assessed and complete', () => {
  it('a gemeente file without fout or waarschuwing is complete; info does not stand in the way', () => {
    expect(isComplete(file('a.yaml', []))).toBe(true);
    expect(isComplete(file('a.yaml', ['info', 'info']))).toBe(true);
  });

  it('one fout or one waarschuwing makes it not complete', () => {
    expect(isComplete(file('a.yaml', ['waarschuwing']))).toBe(false);
    expect(isComplete(file('a.yaml', ['info', 'fout']))).toBe(false);
  });

  it('with findings about something else listed beside it (swa verwerk), its own check decides', () => {
    expect(isComplete(file('a.yaml', ['waarschuwing'], { completeByCheck: true }))).toBe(true);
    expect(isComplete(file('a.yaml', [], { completeByCheck: false }))).toBe(false);
    expect(summarize({ today: '2026-03-20', files: [file('a.yaml', ['waarschuwing'], { completeByCheck: true })] }).complete).toBe(1);
  });

  it('a base file, an unreadable file and a broken file are not assessed, so never complete', () => {
    for (const extra of [{ isBase: true }, { unreadable: true }, { onderdelen: null }] satisfies Partial<CheckedFile>[]) {
      const checked = file('a.yaml', [], extra);
      expect(isAssessed(checked), JSON.stringify(extra)).toBe(false);
      expect(isComplete(checked), JSON.stringify(extra)).toBe(false);
    }
    expect(isAssessed(file('a.yaml', ['fout']))).toBe(true);
  });
});

// Built inside each test (not while collecting): mutation testing only sees what a test runs.
function region(): CheckedFile[] {
  return [
    file('compleet.yaml', ['info']),
    file('open.yaml', ['fout', 'waarschuwing', 'waarschuwing'], { onderdelen: statuses({ e: 'ontbreekt', 'd.i': 'onvolledig' }) }),
    file('ook-open.yaml', ['waarschuwing'], { onderdelen: statuses({ e: 'onvolledig' }) }),
    file('basis.yaml', ['info', 'info'], { isBase: true, onderdelen: statuses({ a: 'ontbreekt', e: 'ontbreekt' }) }),
    file('onleesbaar.yaml', ['fout'], { unreadable: true, onderdelen: null }),
  ];
}

describe('summarize', () => {
  it('counts files, bases, assessed and complete files', () => {
    const summary = summarize({ today: '2026-11-23', files: region() });
    expect(summary).toMatchObject({ files: 5, bases: 1, assessed: 3, complete: 1 });
  });

  it('counts the findings of every file, base and unreadable ones included, per severity', () => {
    const summary = summarize({ today: '2026-11-23', files: region() });
    expect(summary.findings).toEqual({ fout: 2, waarschuwing: 3, info: 3 });
  });

  it('per onderdeel counts the assessed files where it is not compleet; a base does not count', () => {
    const summary = summarize({ today: '2026-11-23', files: region() });
    expect(summary.missingPerOnderdeel.e).toBe(2);
    expect(summary.missingPerOnderdeel['d.i']).toBe(1);
    expect(summary.missingPerOnderdeel.a).toBe(0);
    expect(Object.keys(summary.missingPerOnderdeel)).toEqual([...ONDERDELEN]);
  });

  it('an empty run is all zeroes', () => {
    const empty = summarize({ today: '2026-11-23', files: [] });
    expect(empty).toMatchObject({ files: 0, bases: 0, assessed: 0, complete: 0, findings: { fout: 0, waarschuwing: 0, info: 0 } });
    expect(Object.values(empty.missingPerOnderdeel).every((n) => n === 0)).toBe(true);
  });
});

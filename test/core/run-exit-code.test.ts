import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/findings.js';
import { exitCodeFor, type CheckedFile, type CheckRun } from '../../src/core/run.js';

// The exit code is what a pipeline acts on (README, "Exitcodes" and "Drempels"): these tests pin
// each threshold at its boundary, where an off-by-one would let a region's pipeline pass or fail
// for the wrong reason.

function finding(severity: Severity): Finding {
  return { rule: 'r', severity, onderdeel: null, message: 'm', path: [], file: 'g.yaml', line: 1, column: 1 };
}

function file(severities: Severity[], extra: Partial<CheckedFile> = {}): CheckedFile {
  return { file: 'g.yaml', findings: severities.map(finding), onderdelen: null, data: {}, ...extra };
}

function run(...files: CheckedFile[]): CheckRun {
  return { today: '2026-11-23', files };
}

describe('exit code of swa check', () => {
  it('is 0 for a run without findings, whatever the threshold', () => {
    for (const failOn of ['fout', 'waarschuwing', 'info', 'nooit'] as const) expect(exitCodeFor(run(file([])), failOn), failOn).toBe(0);
  });

  it('is 1 for a finding at or above --fail-on, 0 for one below it', () => {
    expect(exitCodeFor(run(file(['fout'])), 'fout')).toBe(1);
    expect(exitCodeFor(run(file(['waarschuwing'])), 'fout')).toBe(0);
    expect(exitCodeFor(run(file(['waarschuwing'])), 'waarschuwing')).toBe(1);
    expect(exitCodeFor(run(file(['info'])), 'waarschuwing')).toBe(0);
    expect(exitCodeFor(run(file(['info'])), 'info')).toBe(1);
    expect(exitCodeFor(run(file(['fout'])), 'info')).toBe(1);
  });

  it('looks at every file of the run, not only the first', () => {
    expect(exitCodeFor(run(file([]), file(['info']), file(['fout'])), 'fout')).toBe(1);
  });

  it('with --fail-on nooit is 0 even with errors', () => {
    expect(exitCodeFor(run(file(['fout', 'fout', 'waarschuwing'])), 'nooit')).toBe(0);
  });

  it('is 2 when a file could not be read, also with --fail-on nooit and when other files have errors', () => {
    expect(exitCodeFor(run(file([], { unreadable: true })), 'nooit')).toBe(2);
    expect(exitCodeFor(run(file(['fout']), file(['fout'], { unreadable: true })), 'fout')).toBe(2);
    expect(exitCodeFor(run(file([]), file([], { unreadable: true })), 'fout', 0)).toBe(2);
  });

  describe('--max-waarschuwingen N allows N warnings in the whole run, not N+1', () => {
    it('exactly N warnings is 0', () => {
      expect(exitCodeFor(run(file(['waarschuwing', 'waarschuwing'])), 'fout', 2)).toBe(0);
      expect(exitCodeFor(run(file(['waarschuwing']), file(['waarschuwing'])), 'fout', 2)).toBe(0);
      expect(exitCodeFor(run(file([])), 'fout', 0)).toBe(0);
    });

    it('N+1 warnings is 1, counted over all files', () => {
      expect(exitCodeFor(run(file(['waarschuwing', 'waarschuwing', 'waarschuwing'])), 'fout', 2)).toBe(1);
      expect(exitCodeFor(run(file(['waarschuwing']), file(['waarschuwing', 'waarschuwing'])), 'fout', 2)).toBe(1);
      expect(exitCodeFor(run(file(['waarschuwing'])), 'fout', 0)).toBe(1);
    });

    it('counts warnings only: errors and info do not use up the allowance', () => {
      expect(exitCodeFor(run(file(['info', 'info', 'info', 'waarschuwing'])), 'nooit', 1)).toBe(0);
      expect(exitCodeFor(run(file(['fout', 'fout', 'waarschuwing'])), 'nooit', 1)).toBe(0);
    });

    it('also applies with --fail-on nooit, and without it there is no limit', () => {
      expect(exitCodeFor(run(file(['waarschuwing', 'waarschuwing'])), 'nooit', 1)).toBe(1);
      expect(exitCodeFor(run(file(Array<Severity>(50).fill('waarschuwing'))), 'fout')).toBe(0);
    });
  });
});

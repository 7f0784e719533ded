import { describe, expect, it } from 'vitest';
import { ONDERDEEL_INFO } from '../../src/core/domain/onderdelen.js';
import { summarize } from '../../src/core/run.js';
import { formatText } from '../../src/report/text.js';
import { mixedRun, OPTIONS } from './run-fixture.js';

describe('text report summary', () => {
  it('counts files, complete files and findings per severity', () => {
    const run = mixedRun();
    const summary = summarize(run);
    const last = formatText(run, OPTIONS)
      .split('\n')
      .find((line) => line.startsWith('✖ '))!;
    // A broken and an unreadable file: checked, but not assessable, so neither complete nor incomplete.
    expect(summary).toMatchObject({ files: 4, assessed: 2, complete: 1 });
    expect(last).toContain('4 bestanden gecontroleerd (waarvan 2 niet te beoordelen), 1 compleet');
    expect(last).toContain(`${summary.findings.fout} fouten`);
    expect(last).toContain(`${summary.findings.waarschuwing} waarschuwingen`);
  });

  it('says per onderdeel in how many files it is missing or incomplete', () => {
    const run = mixedRun();
    const summary = summarize(run);
    const text = formatText(run, OPTIONS);
    const block = text.slice(text.indexOf('Niet compleet per onderdeel:'));
    const dv = block.split('\n').find((line) => line.includes(`${ONDERDEEL_INFO['d.v'].titel}:`))!;
    expect(summary.missingPerOnderdeel['d.v']).toBe(1);
    expect(dv).toContain('1 bestand van 2');
  });

  it('has no per-onderdeel block when every file is complete', () => {
    const run = mixedRun();
    run.files = [run.files[0]!];
    expect(formatText(run, OPTIONS)).not.toContain('Niet compleet per onderdeel');
  });
});

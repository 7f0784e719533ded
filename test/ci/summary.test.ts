import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, swa } from '../helpers/cli.js';

const DATUM = ['--datum', '2026-11-23'];

describe('the summary of a run over a region', () => {
  const region = mkdtempSync(join(tmpdir(), 'swa-samenvatting-'));
  mkdirSync(join(region, '.git'));
  cpSync(join(ROOT, 'examples/regio-voorbeeld'), region, { recursive: true });
  writeFileSync(join(region, 'gemeenten', 'kapot.yaml'), 'a:\n\tb: 1\n');

  it('counts neither the base file nor a broken file as complete or as missing onderdelen', () => {
    const result = swa(['check', '.', '--format', 'json', ...DATUM], { cwd: region });
    const { summary } = JSON.parse(result.stdout) as {
      summary: { files: number; bases: number; assessed: number; complete: number; missingPerOnderdeel: Record<string, number> };
    };
    expect(summary).toMatchObject({ files: 5, bases: 1, assessed: 3, complete: 1 });
    // Only the three gemeenten count; the broken file would otherwise miss all 18.
    expect(Math.max(...Object.values(summary.missingPerOnderdeel))).toBeLessThanOrEqual(3);
    expect(summary.missingPerOnderdeel.j).toBe(0);
  });

  it('says so in the text report', () => {
    const result = swa(['check', '.', ...DATUM], { cwd: region });
    expect(result.stdout).toContain('5 bestanden gecontroleerd (waarvan 1 basisbestand, 1 niet te beoordelen), 1 compleet');
    expect(result.stdout).toMatch(/Taakverdeling: 2 bestanden van 3/);
  });
});

describe('reports on standard output', () => {
  it('refuses two documents on one stream (they would be glued together), exit 2', () => {
    const result = swa(['check', 'examples/voorbeeldstad.yaml', '--format', 'sarif', '--format', 'junit', ...DATUM]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('sarif en junit zouden allebei op het scherm komen');
  });

  it('allows text with GitHub annotations, which are both lines in a log', () => {
    const result = swa(['check', 'examples/voorbeeldstad.yaml', '--format', 'text', '--format', 'github', ...DATUM]);
    expect(result.code).toBe(0);
  });
});

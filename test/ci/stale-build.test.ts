import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STAMP, staleReason } from '../setup/stale-build.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project with a build stamp at `built` and one source file changed at `changed` (seconds). */
function project(built: number | null, changed: Record<string, number>): string {
  root = mkdtempSync(join(tmpdir(), 'swa-stale-'));
  for (const dir of ['dist', 'src/core', 'src/generated', 'schemas', 'scripts', 'templates']) mkdirSync(join(root, dir), { recursive: true });
  if (built !== null) writeFileSync(join(root, STAMP), JSON.stringify({ startedMs: built * 1000 }));
  for (const [file, seconds] of Object.entries({ 'src/core/check.ts': 100, 'schemas/s.json': 100, 'scripts/build.mjs': 100, ...changed })) {
    writeFileSync(join(root, file), '');
    utimesSync(join(root, file), seconds, seconds);
  }
  return root;
}

describe('the guard against testing an old build', () => {
  it('passes when nothing the bundle is made from changed since the build started', () => {
    expect(staleReason(project(200, {}))).toBeNull();
  });

  it('names the source, schema or build script that changed after the build', () => {
    expect(staleReason(project(200, { 'src/core/check.ts': 300 }))).toBe('src/core/check.ts changed after the last build');
    expect(staleReason(project(200, { 'schemas/s.json': 300 }))).toBe('schemas/s.json changed after the last build');
    expect(staleReason(project(200, { 'scripts/build.mjs': 300 }))).toBe('scripts/build.mjs changed after the last build');
  });

  it('a missing stamp (no build, or one that failed halfway) is stale', () => {
    expect(staleReason(project(null, {}))).toContain('no build');
  });

  it('ignores what the build writes itself (src/generated) and what the CLI reads at run time (templates/)', () => {
    expect(staleReason(project(200, { 'src/generated/schema-validator.js': 300, 'templates/document.hbs': 300 }))).toBeNull();
  });
});

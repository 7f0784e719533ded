import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { swa } from '../helpers/cli.js';

/** Runs the CLI in this process, as a test or an embedding tool would, and collects its output. */
async function runInProcess(args: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await run(args, { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env: { NO_COLOR: '1' }, cwd });
  return { code, stdout: Buffer.concat(chunks).toString('utf8') };
}

function region(): string {
  const dir = mkdtempSync(join(tmpdir(), 'swa-basis-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'gemeenten'));
  return dir;
}

describe('base files named by extends', () => {
  it('an empty `extends:` is one finding, not every onderdeel missing', () => {
    const dir = region();
    writeFileSync(join(dir, 'gemeenten', 'g.yaml'), 'schema_versie: 1\nextends:\ngemeente:\n  naam: G\n');
    const result = swa(['check', 'gemeenten/g.yaml', '--format', 'json', '--datum', '2026-11-23'], { cwd: dir });
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).files[0].findings as Array<{ rule: string; line: number }>;
    expect(findings.map((f) => f.rule)).toEqual(['extends-niet-gevonden']);
    expect(findings[0]!.line).toBe(2);
  });

  it('a base that is a named pipe gives a finding instead of hanging the run', () => {
    const dir = region();
    execFileSync('mkfifo', [join(dir, 'pijp.yaml')]);
    writeFileSync(join(dir, 'gemeenten', 'g.yaml'), 'schema_versie: 1\nextends: ../pijp.yaml\ngemeente:\n  naam: G\n');
    const result = swa(['check', 'gemeenten/g.yaml', '--format', 'json', '--datum', '2026-11-23'], { cwd: dir });
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).files[0].findings as Array<{ rule: string; message: string }>;
    expect(findings.map((f) => f.rule)).toEqual(['extends-niet-gevonden']);
    expect(findings[0]!.message).toContain('geen gewoon bestand');
  });

  it('a second run in the same process reads the base again (no cache across runs)', async () => {
    const dir = region();
    writeFileSync(join(dir, 'regio.yaml'), 'schema_versie: 1\nbasis: true\nvisie:\n  documenten:\n    - titel: Regiovisie\n');
    writeFileSync(join(dir, 'gemeenten', 'g.yaml'), 'schema_versie: 1\nextends: ../regio.yaml\ngemeente:\n  naam: G\n');
    const args = ['check', 'gemeenten/g.yaml', '--format', 'json', '--datum', '2026-11-23'];
    const first = JSON.parse((await runInProcess(args, dir)).stdout).files[0].findings as Array<{ rule: string }>;
    expect(first.map((f) => f.rule)).not.toContain('visie-ontbreekt');
    writeFileSync(join(dir, 'regio.yaml'), 'schema_versie: 1\nbasis: true\n');
    const second = JSON.parse((await runInProcess(args, dir)).stdout).files[0].findings as Array<{ rule: string }>;
    expect(second.map((f) => f.rule)).toContain('visie-ontbreekt');
  });
});

import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, swa } from '../helpers/cli.js';

/**
 * A pull request can add a file whose name holds a line break and a GitHub workflow command, or an
 * ESC sequence. Whatever command prints that name, the name stays on its own line as visible
 * escapes: no output line can be started by it, and no terminal control reaches the screen.
 */
const HOSTILE_NAMES = [
  'x\n::error file=README.md,line=1::INJECTED.yaml',
  'titel\u001b]0;gehackt\u0007.yaml',
  'omgekeerd\u202elive.yaml',
  'regel\r::warning::oeps.yaml',
];

function repositoryWith(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'swa-naam-'));
  mkdirSync(join(dir, '.git'));
  copyFileSync(join(ROOT, 'examples/voorbeeldstad.yaml'), join(dir, name));
  // A second file that cannot be read as agreements, so the refusal and finding paths print the name too.
  writeFileSync(join(dir, `kapot-${name}`), 'gemeente: [\n');
  return dir;
}

/** swa's own GitHub annotations name one of our files; an injected one names README.md or nothing. */
const OWN_ANNOTATION = /^::(error|warning|notice) file=(kapot-)?(x|titel|omgekeerd|regel)/;

function assertHarmless(output: string): void {
  for (const line of output.split('\n')) {
    if (line.startsWith('::')) expect(line, 'a line started by a file name').toMatch(OWN_ANNOTATION);
    expect(line).not.toMatch(/\r/);
  }
  expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
}

describe.each(HOSTILE_NAMES)('a file named %j', (name) => {
  const dir = repositoryWith(name);

  it('swa check prints it as escapes, in text and with GitHub annotations', () => {
    for (const env of [{}, { GITHUB_ACTIONS: 'true' }]) {
      const result = swa(['check', '.', '--datum', '2026-11-23'], { cwd: dir, env });
      expect(result.code).toBe(1);
      assertHarmless(result.stdout);
      assertHarmless(result.stderr);
      expect(result.stdout + result.stderr).toContain('kapot-');
    }
  });

  it('swa render prints it as escapes in its progress, refusal and outcome lines', () => {
    const result = swa(['render', '.', '--out', 'uit', '--datum', '2026-11-23'], { cwd: dir });
    expect(result.code).toBe(1);
    assertHarmless(result.stdout);
    assertHarmless(result.stderr);
    expect(result.stderr).toContain('geweigerd');
  });

  it('swa check --herstel --toon prints it as escapes in the diff headers and its lines', () => {
    const fixable = `tab-${name}`;
    writeFileSync(join(dir, fixable), 'schema_versie: 1\ngemeente:\n\tnaam: Tabdorp\n');
    const result = swa(['check', '--herstel', '--toon', fixable], { cwd: dir });
    expect(result.code).toBe(1);
    assertHarmless(result.stdout);
    assertHarmless(result.stderr);
    expect(result.stdout).toMatch(/^--- tab-/m);
    expect(result.stdout).toMatch(/^\+  naam: Tabdorp$/m);
  });

  it('swa overzicht and a missing file name print it as escapes too', () => {
    const missing = swa(['check', `ontbreekt-${name}`], { cwd: dir });
    expect(missing.code).toBe(2);
    assertHarmless(missing.stderr);
    const overzicht = swa(['overzicht', `ontbreekt-${name}`, '--out', 'o.md'], { cwd: dir });
    expect(overzicht.code).toBe(2);
    assertHarmless(overzicht.stderr);
  });
});

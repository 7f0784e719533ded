import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** What `npm pack` would put in the package (the build is not run: the tests already have one). */
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  return (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((file) => file.path);
}

describe('the package ships what runs and nothing else', () => {
  const files = packedFiles();

  it('holds the command, the bundle, the schema, the templates and the examples', () => {
    for (const needed of [
      'bin/swa.js',
      'dist/swa/program.js',
      'schemas/samenwerkingsafspraken.schema.json',
      'templates/document.hbs',
      'README.md',
      'CHANGELOG.md',
      'package.json',
    ]) {
      expect(files).toContain(needed);
    }
    expect(files.some((file) => file.startsWith('examples/'))).toBe(true);
  });

  it('leaves out the separately compiled modules the bundle replaces, the sources and the tests', () => {
    const allowed = /^(bin\/|dist\/swa\/|schemas\/|templates\/|examples\/|(README|CHANGELOG)\.md$|LICENSE|package\.json$)/;
    expect(files.filter((file) => !allowed.test(file))).toEqual([]);
  });
});

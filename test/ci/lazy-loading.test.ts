import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

// docx is bundled into dist/swa/vendor-docx-*.js (see scripts/build.mjs); the others load from node_modules.
const HEAVY = /\/node_modules\/(docx|handlebars|@inquirer)\/|\/dist\/swa\/vendor-docx-/;

/** The module URLs one run of the CLI loads (CommonJS requires inside packages are not listed, their entry is). */
function modulesLoadedBy(args: string[]): string[] {
  const log = join(mkdtempSync(join(tmpdir(), 'swa-modules-')), 'modules.txt');
  const result = spawnSync(process.execPath, ['--import', join(ROOT, 'test/helpers/record-modules.mjs'), BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, SWA_MODULE_LOG: log, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(result.stderr).not.toContain('    at ');
  return readFileSync(log, 'utf8').trim().split('\n');
}

/** The CommonJS modules one run of the CLI requires (createRequire included), as paths below node_modules. */
function requiredBy(args: string[]): string[] {
  const atExit = `import module from 'node:module'; process.on('exit', () => process.stderr.write('@@' + JSON.stringify(Object.keys(module._cache)) + '\\n'));`;
  const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(atExit)}`, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  const line = result.stderr.split('\n').find((text) => text.startsWith('@@'));
  expect(line, result.stderr).toBeDefined();
  return (JSON.parse(line!.slice(2)) as string[]).map((path) => path.replace(/.*[\\/]node_modules[\\/]/, ''));
}

/** The Node built-ins one run of the CLI loaded, as process.moduleLoadList names them (NativeModule crypto, …). */
function builtinsLoadedBy(args: string[], cwd = ROOT): string[] {
  const atExit = `process.on('exit', () => process.stderr.write('@@' + JSON.stringify(process.moduleLoadList) + '\\n'));`;
  const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(atExit)}`, BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  const line = result.stderr.split('\n').find((text) => text.startsWith('@@'));
  expect(line, result.stderr).toBeDefined();
  return JSON.parse(line!.slice(2)) as string[];
}

describe('a command loads only what it needs', () => {
  it('swa check does not load node:crypto (only a write needs it, for temporary names); render does', () => {
    expect(builtinsLoadedBy(['check', 'examples/voorbeeldstad.yaml', '--datum', '2026-11-23'])).not.toContain('NativeModule crypto');
    const out = mkdtempSync(join(tmpdir(), 'swa-render-'));
    expect(builtinsLoadedBy(['render', 'examples/voorbeeldstad.yaml', '--out', out, '--quiet', '--datum', '2026-11-23'])).toContain('NativeModule crypto');
  });

  it('swa check of a correct file requires neither yaml nor fastest-levenshtein (both only for mistakes)', () => {
    const loaded = requiredBy(['check', 'examples/voorbeeldstad.yaml', '--datum', '2026-11-23']);
    expect(loaded.some((path) => path.startsWith('ajv-formats/'))).toBe(true);
    expect(loaded.filter((path) => /^(yaml|fastest-levenshtein)\//.test(path))).toEqual([]);
  });

  it('a misspelt key does load fastest-levenshtein (so the check above can see it)', () => {
    const loaded = requiredBy(['check', 'test/fixtures/check/tikfout-sleutel-evaluatie/afspraken.yaml', '--datum', '2026-11-23']);
    expect(loaded.some((path) => path.startsWith('fastest-levenshtein/'))).toBe(true);
  });

  it('swa check loads neither docx, Handlebars nor Inquirer', () => {
    const loaded = modulesLoadedBy(['check', 'examples/concept-middenwaard.yaml', '--datum', '2026-11-23']);
    expect(loaded.some((url) => url.includes('/dist/swa/program.js'))).toBe(true);
    expect(loaded.filter((url) => HEAVY.test(url))).toEqual([]);
  });

  it('swa --version loads only the start of the CLI, not the chunk of swa check (scripts/build.mjs groups them)', () => {
    const loaded = modulesLoadedBy(['--version']).filter((url) => url.includes('/dist/swa/'));
    expect(loaded.some((url) => /\/dist\/swa\/start-/.test(url))).toBe(true);
    expect(loaded.filter((url) => /\/dist\/swa\/check-/.test(url))).toEqual([]);
    const checked = modulesLoadedBy(['check', 'examples/voorbeeldstad.yaml', '--datum', '2026-11-23']).filter((url) => url.includes('/dist/swa/'));
    expect(new Set(checked.filter((url) => /\/dist\/swa\/check-/.test(url))).size).toBe(1);
  });

  it('swa render loads Handlebars (so the check above can see it), but not docx: the parts every document shares were compiled by docx at build time', () => {
    const out = mkdtempSync(join(tmpdir(), 'swa-render-'));
    const loaded = modulesLoadedBy(['render', 'examples/voorbeeldstad.yaml', '--out', out, '--quiet', '--datum', '2026-11-23']);
    expect(loaded.some((url) => /\/node_modules\/handlebars\//.test(url))).toBe(true);
    expect(loaded.filter((url) => /\/dist\/swa\/vendor-docx-|\/node_modules\/docx\//.test(url))).toEqual([]);
  });

  it('swa overzicht --out x.docx does load the bundled docx (so the checks above can see it)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'swa-overzicht-')), 'overzicht.docx');
    const loaded = modulesLoadedBy(['overzicht', 'examples/voorbeeldstad.yaml', '--out', out, '--datum', '2026-11-23']);
    expect(loaded.some((url) => /\/dist\/swa\/vendor-docx-/.test(url))).toBe(true);
    expect(loaded.filter((url) => /\/node_modules\/docx\//.test(url))).toEqual([]);
  });
});

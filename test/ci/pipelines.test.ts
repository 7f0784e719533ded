// Packs the package as npm would publish it, installs the tarball without dev dependencies into
// an empty folder, and runs the exact `swa` commands of the example pipelines against an example
// region repository. Needs the npm registry; set SWA_OFFLINE=1 to skip it on a machine without one.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// ajv-formats is CommonJS: under NodeNext its default import is the module, the plugin is its .default.
const addFormats = ajvFormats.default;

const offline = process.env.SWA_OFFLINE === '1';
const packageName = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string }).name;

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: undefined, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The package as `npm pack` makes it, built in a copy so the running tests keep their dist/. */
function pack(into: string): string {
  const copy = join(into, 'bron');
  mkdirSync(copy);
  for (const entry of ['bin', 'src', 'scripts', 'schemas', 'templates', 'examples', 'package.json', 'tsconfig.json', 'README.md', 'LICENSE']) {
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true, filter: (path) => !path.includes(`${join('src', 'generated')}`) });
  }
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(copy, 'node_modules'), 'dir');
  const packed = run('npm', ['pack', '--json', '--pack-destination', into], copy);
  expect(packed.code, packed.stderr).toBe(0);
  const [{ filename }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as [{ filename: string }];
  return join(into, filename);
}

/** The commands that call swa, exactly as written in the pipeline file. */
function swaCommands(lines: string[]): string[] {
  return lines.filter((line) => /(^|\s)swa\s/.test(line) && !line.startsWith('npm install'));
}

function installLines(lines: string[]): string[] {
  return lines.filter((line) => line.startsWith('npm install'));
}

const pipelines = {
  github: {
    file: 'examples/ci/github-actions.yml',
    lines: (doc: { jobs: Record<string, { steps: Array<{ run?: string }> }> }) => Object.values(doc.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run.trim()] : []))),
    env: (repo: string) => ({ GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo }),
  },
  gitlab: {
    file: 'examples/ci/gitlab-ci.yml',
    lines: (doc: Record<string, { script?: string[] }>) => Object.values(doc).flatMap((job) => job.script ?? []),
    env: (repo: string) => ({ GITLAB_CI: 'true', CI_PROJECT_DIR: repo }),
  },
} as const;

function pipelineLines(name: keyof typeof pipelines): string[] {
  const doc = parse(readFileSync(join(ROOT, pipelines[name].file), 'utf8'));
  return (pipelines[name].lines as (doc: unknown) => string[])(doc);
}

describe('example pipelines', () => {
  it.each(Object.keys(pipelines) as Array<keyof typeof pipelines>)('%s installs this package and runs swa check', (name) => {
    const lines = pipelineLines(name);
    expect(installLines(lines).some((line) => line.includes(` ${packageName}@`))).toBe(true);
    expect(swaCommands(lines).some((line) => line.includes('swa check'))).toBe(true);
  });
});

describe.skipIf(offline)('the packed package in the example pipelines (needs the npm registry)', () => {
  let installed: string;

  beforeAll(() => {
    const work = mkdtempSync(join(tmpdir(), 'swa-pack-'));
    const tarball = pack(work);
    installed = join(work, 'leeg');
    mkdirSync(installed);
    const install = run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', tarball], installed);
    expect(install.code, install.stderr).toBe(0);
  }, 600_000);

  it('installs the tarball without dev dependencies, with the swa command', () => {
    const modules = join(installed, 'node_modules');
    expect(existsSync(join(modules, '.bin', 'swa'))).toBe(true);
    expect(existsSync(join(modules, 'vitest'))).toBe(false);
    expect(existsSync(join(modules, 'typescript'))).toBe(false);
  });

  it.each(Object.keys(pipelines) as Array<keyof typeof pipelines>)('runs the swa commands of the %s pipeline against a region repository', (name) => {
    const repo = mkdtempSync(join(tmpdir(), `swa-${name}-`));
    cpSync(join(ROOT, 'test/fixtures/ci/regio'), repo, { recursive: true });
    symlinkSync(join(installed, 'node_modules'), join(repo, 'node_modules'), 'dir');
    // The region keeps its Word documents in the repository, made by this very version of swa.
    const rendered = run('sh', ['-c', 'npx --no swa render "gemeenten/**/*.yaml" --out documenten --quiet'], repo, pipelines[name].env(repo));
    expect(rendered.code, rendered.stderr).toBe(0);
    const commands = swaCommands(pipelineLines(name));
    expect(commands.some((command) => command.includes('swa render --check'))).toBe(true);
    for (const command of commands) {
      const result = run('sh', ['-c', command], repo, pipelines[name].env(repo));
      expect(result.code, `${command}\n${result.stderr}`).toBe(0);
      if (command.includes('swa check')) expect(result.stdout).toContain('2 bestanden gecontroleerd, 2 compleet');
    }
    // A changed agreement without new documents makes the render step fail.
    const changed = join(repo, 'gemeenten/noord/gm0001-noordbroek.yaml');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('versie: "1.0"', 'versie: "1.1"'));
    const stale = run('sh', ['-c', commands.find((command) => command.includes('swa render --check'))!], repo, pipelines[name].env(repo));
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('verouderd');
    const junit = readFileSync(join(repo, 'swa-junit.xml'), 'utf8');
    expect(XMLValidator.validate(junit)).toBe(true);
    const suites = new XMLParser({ ignoreAttributes: false, isArray: (tag) => tag === 'testsuite' }).parse(junit).testsuites.testsuite as unknown[];
    expect(suites).toHaveLength(2);

    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    if (name === 'github') {
      const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/ci/schemas/sarif-schema-2.1.0.json'), 'utf8'));
      expect(ajv.validate(schema, JSON.parse(readFileSync(join(repo, 'swa.sarif'), 'utf8')))).toBe(true);
    } else {
      const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/ci/schemas/gitlab-code-quality-report.schema.json'), 'utf8'));
      expect(ajv.validate(schema, JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8')))).toBe(true);
    }
  });
});

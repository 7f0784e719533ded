// Packs the package as npm would publish it and runs every CI integration exactly as written
// against an example region repository that keeps the tarball in tools/, as the README says to
// until the package is on npm: the two example pipelines and the pre-commit example (their
// install line included), the GitHub Action's check step and the GitLab template's job.
// npm installs with --prefer-offline (from its cache where it can); SWA_OFFLINE=1 makes that
// --offline, for a machine without the registry but with a warm cache.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, parseAllDocuments } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// ajv-formats is CommonJS: under NodeNext its default import is the module, the plugin is its .default.
const addFormats = ajvFormats.default;

const NPM_ENV = process.env.SWA_OFFLINE === '1' ? { npm_config_offline: 'true' } : { npm_config_prefer_offline: 'true' };
/** Where the README tells a region to keep the release tarball. */
const TARBALL_IN_REPO = 'tools/samenwerkingsafspraken.tgz';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: undefined, ...NPM_ENV, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The package as `npm pack` makes it, built in a copy so the running tests keep their dist/. */
function pack(into: string): string {
  const copy = join(into, 'bron');
  mkdirSync(copy);
  for (const entry of ['bin', 'src', 'scripts', 'schemas', 'templates', 'examples', 'package.json', 'tsconfig.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
    if (existsSync(join(ROOT, entry)))
      cpSync(join(ROOT, entry), join(copy, entry), { recursive: true, filter: (path) => !path.includes(`${join('src', 'generated')}`) });
  }
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(copy, 'node_modules'), 'dir');
  const packed = run('npm', ['pack', '--json', '--pack-destination', into], copy);
  expect(packed.code, packed.stderr).toBe(0);
  const [{ filename }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as [{ filename: string }];
  return join(into, filename);
}

/** A region repository: the example region, the tarball in tools/, the documents it keeps. */
function regionRepository(tarball: string, name: string): string {
  const repo = mkdtempSync(join(tmpdir(), `swa-${name}-`));
  cpSync(join(ROOT, 'test/fixtures/ci/regio'), repo, { recursive: true });
  mkdirSync(join(repo, '.git'));
  mkdirSync(join(repo, 'tools'));
  cpSync(tarball, join(repo, TARBALL_IN_REPO));
  // The region also keeps its pipeline as YAML: the pre-commit hook must leave it alone.
  cpSync(join(ROOT, 'examples/ci/gitlab-ci.yml'), join(repo, '.gitlab-ci.yml'));
  return repo;
}

const isInstall = (line: string): boolean => /^npm (install|i|ci)\b/.test(line);
const isSwa = (line: string): boolean => /(^|\s)swa\s/.test(line);

type GithubWorkflow = { jobs: Record<string, { steps: Array<{ run?: string; with?: Record<string, unknown> }> }> };

const pipelines = {
  github: {
    file: 'examples/ci/github-actions.yml',
    lines: (text: string) =>
      Object.values((parse(text) as GithubWorkflow).jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run.trim()] : []))),
    env: (repo: string) => ({ GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo }),
  },
  gitlab: {
    file: 'examples/ci/gitlab-ci.yml',
    lines: (text: string) => Object.values(parse(text) as Record<string, { script?: string[] }>).flatMap((job) => job.script ?? []),
    env: (repo: string) => ({ GITLAB_CI: 'true', CI_PROJECT_DIR: repo }),
  },
} as const;
type PipelineName = keyof typeof pipelines;

function pipelineLines(name: PipelineName): string[] {
  return pipelines[name].lines(readFileSync(join(ROOT, pipelines[name].file), 'utf8'));
}

/** Every file below `dir` as a repository-relative path with forward slashes, as pre-commit passes them. */
function filesBelow(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === '.git' || entry.name === 'node_modules') return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

function validate(schemaFile: string, document: unknown): boolean {
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  return ajv.validate(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/ci/schemas', schemaFile), 'utf8')), document) as boolean;
}

describe('the example pipelines as written', () => {
  it.each(Object.keys(pipelines) as PipelineName[])('%s installs swa from the tarball in the repository, not from an unpublished package', (name) => {
    const lines = pipelineLines(name);
    expect(lines.filter(isInstall)).toEqual([`npm install --no-save --no-audit --no-fund ./${TARBALL_IN_REPO}`]);
    expect(lines.filter(isSwa).some((line) => line.includes('swa check'))).toBe(true);
    expect(lines.filter(isSwa).some((line) => line.includes('swa render --check --per-partner'))).toBe(true);
  });

  it('the GitHub Action passes its inputs to the script through the environment, never as script text', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      runs: { using: string; steps: Array<{ run?: string; 'working-directory'?: string }> };
      inputs: Record<string, unknown>;
    };
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['bestanden', 'formaat', 'fail-on', 'max-waarschuwingen', 'sarif']));
    for (const step of action.runs.steps) if (step.run) expect(step.run).not.toContain('${{');
    // Installed from the action's own checkout: no package from a registry by name.
    const install = action.runs.steps.find((step) => step.run && isInstall(step.run))!;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the GitHub Actions expression, literally as action.yml has it
    expect(install['working-directory']).toBe('${{ github.action_path }}');
    expect(install.run).toMatch(/^npm ci\b/);
  });
});

describe("the packed package in every CI integration (installs the tarball's dependencies with --prefer-offline)", () => {
  let tarball: string;
  let listed: string[];

  beforeAll(() => {
    const work = mkdtempSync(join(tmpdir(), 'swa-pack-'));
    tarball = pack(work);
    const contents = run('tar', ['-tzf', tarball], work);
    listed = contents.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace(/^package\//, ''));
  }, 300_000);

  it('holds what a user needs and nothing of the development', () => {
    for (const needed of [
      'bin/swa.js',
      'dist/swa/program.js',
      'schemas/samenwerkingsafspraken.schema.json',
      'examples/ci/github-actions.yml',
      'examples/ci/gitlab-ci.yml',
      'README.md',
      'CHANGELOG.md',
      'package.json',
    ]) {
      expect(listed, needed).toContain(needed);
    }
    expect(listed.some((file) => file.startsWith('templates/'))).toBe(true);
    expect(listed.filter((file) => /^(src|test|scripts|node_modules|reports)\//.test(file) || file.startsWith('stryker'))).toEqual([]);
  });

  describe.each(Object.keys(pipelines) as PipelineName[])('the %s pipeline', (name) => {
    let repo: string;
    let install: Run;

    beforeAll(() => {
      repo = regionRepository(tarball, name);
      for (const line of pipelineLines(name).filter(isInstall)) install = run('sh', ['-c', line], repo);
    }, 300_000);

    it('installs the tarball with the swa command and without development packages', () => {
      expect(install.code, install.stderr).toBe(0);
      expect(existsSync(join(repo, 'node_modules', '.bin', 'swa'))).toBe(true);
      for (const dev of ['vitest', 'typescript', '@stryker-mutator']) expect(existsSync(join(repo, 'node_modules', dev)), dev).toBe(false);
    });

    it('warns EBADENGINE about no package (docx, whose package asks for nanoid 6 and Node ≥ 22, is bundled)', () => {
      const warned = [...install.stderr.matchAll(/package: '([^']+)'/g)].map((m) => m[1]!);
      expect(install.stderr).not.toContain('EBADENGINE');
      expect(warned).toEqual([]);
      expect(existsSync(join(repo, 'node_modules', 'nanoid')), 'nanoid').toBe(false);
    });

    it('runs its swa commands as written; the document step fails once an agreement changes', () => {
      const env = pipelines[name].env(repo);
      // The region keeps its Word documents in the repository, made by this very version of swa.
      const rendered = run('sh', ['-c', 'npx --no swa render "gemeenten/**/*.yaml" --out documenten --per-partner --quiet'], repo, env);
      expect(rendered.code, rendered.stderr).toBe(0);
      const commands = pipelineLines(name).filter(isSwa);
      for (const command of commands) {
        const result = run('sh', ['-c', command], repo, env);
        expect(result.code, `${command}\n${result.stderr}`).toBe(0);
        if (command.includes('swa check')) expect(result.stdout).toMatch(/^✔ 2 bestanden gecontroleerd, 2 compleet/m);
      }
      const junit = readFileSync(join(repo, 'swa-junit.xml'), 'utf8');
      expect(XMLValidator.validate(junit)).toBe(true);
      const suites = new XMLParser({ ignoreAttributes: false, isArray: (tag) => tag === 'testsuite' }).parse(junit).testsuites.testsuite as unknown[];
      expect(suites).toHaveLength(2);
      if (name === 'github') expect(validate('sarif-schema-2.1.0.json', JSON.parse(readFileSync(join(repo, 'swa.sarif'), 'utf8')))).toBe(true);
      else expect(validate('gitlab-code-quality-report.schema.json', JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8')))).toBe(true);

      const changed = join(repo, 'gemeenten/noord/gm0001-noordbroek.yaml');
      const before = readFileSync(changed, 'utf8');
      const after = before.replace(/versie: "([^"]*)"/, 'versie: "$1-gewijzigd"');
      expect(after).not.toBe(before);
      writeFileSync(changed, after);
      const stale = run('sh', ['-c', commands.find((command) => command.includes('swa render --check'))!], repo, env);
      expect(stale.code).toBe(1);
      expect(stale.stderr).toContain('verouderd');
    });

    if (name === 'github') {
      it("the GitHub Action's check step, run as the runner does, passes inputs and reports its exit code", () => {
        const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
          inputs: Record<string, { default?: string }>;
          runs: { steps: Array<{ id?: string; run?: string; env?: Record<string, string> }> };
        };
        const step = action.runs.steps.find((s) => s.id === 'check')!;
        const actionPath = join(repo, 'node_modules', 'samenwerkingsafspraken');
        const runStep = (inputs: Record<string, string>): Run & { output: string } => {
          const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([key, input]) => [key, input.default ?? ''])), ...inputs };
          const env = Object.fromEntries(
            Object.entries(step.env!).map(([key, expression]) => [
              key,
              expression
                .replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => values[input]!)
                .replace(/\$\{\{\s*github\.action_path\s*\}\}/g, actionPath),
            ]),
          );
          const output = join(mkdtempSync(join(tmpdir(), 'swa-output-')), 'output');
          writeFileSync(output, '');
          // As the runner runs a composite step with shell: bash.
          const result = run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], repo, {
            ...pipelines.github.env(repo),
            ...env,
            GITHUB_OUTPUT: output,
          });
          return { ...result, output: readFileSync(output, 'utf8') };
        };

        const clean = runStep({ sarif: 'true', formaat: 'junit:actie-junit.xml\njson:actie.json' });
        expect(clean.code, clean.stderr).toBe(0);
        expect(clean.output).toBe('exitcode=0\n');
        expect(validate('sarif-schema-2.1.0.json', JSON.parse(readFileSync(join(repo, 'swa.sarif'), 'utf8')))).toBe(true);
        expect(JSON.parse(readFileSync(join(repo, 'actie.json'), 'utf8')).summary.files).toBe(2);

        // A draft among the files, with a name that must stay one argument.
        cpSync(join(ROOT, 'examples/concept-middenwaard.yaml'), join(repo, 'gemeenten', 'concept $(touch gehackt).yaml'));
        const failing = runStep({ bestanden: 'gemeenten/**/*.yaml\ngemeenten/concept $(touch gehackt).yaml', 'fail-on': 'fout' });
        expect(failing.code).toBe(1);
        expect(failing.output).toBe('exitcode=1\n');
        expect(failing.stdout).toMatch(/^::error file=gemeenten\/concept/m);
        expect(existsSync(join(repo, 'gehackt'))).toBe(false);
        expect(runStep({ 'fail-on': 'nooit' }).output).toBe('exitcode=0\n');
      });
    }

    if (name === 'gitlab') {
      it("the GitLab template's job, with its inputs interpolated as GitLab does, runs in the same repository", () => {
        const text = readFileSync(join(ROOT, 'ci/samenwerkingsafspraken.gitlab-ci.yml'), 'utf8');
        const [header] = parseAllDocuments(text);
        const inputs = (header!.toJS() as { spec: { inputs: Record<string, { default?: string }> } }).spec.inputs;
        expect(inputs.pakket!.default).toBe(`./${TARBALL_IN_REPO}`);
        const body = text.slice(text.indexOf('\n---\n') + 5).replace(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g, (_, input: string) => inputs[input]!.default!);
        const job = (parse(body) as Record<string, { script: string[]; variables: Record<string, string>; image: string }>).samenwerkingsafspraken!;
        expect(job.image).toMatch(/^node:\d+$/);
        // GitLab runs the script lines in one shell and stops at the first that fails.
        const result = run('sh', ['-ec', job.script.join('\n')], repo, { ...pipelines.gitlab.env(repo), ...job.variables });
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout).toMatch(/^✔ 2 bestanden gecontroleerd/m);
        expect(validate('gitlab-code-quality-report.schema.json', JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8')))).toBe(true);
      });

      it("the pre-commit hooks (the example and this repository's hook definition) check the YAML files of the region, not its pipeline", () => {
        const files = filesBelow(repo);
        const config = parse(readFileSync(join(ROOT, 'examples/ci/pre-commit-config.yaml'), 'utf8')) as {
          repos: Array<{ hooks: Array<{ entry: string; files: string; exclude?: string }> }>;
        };
        const [ours] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{
          id: string;
          entry: string;
          language: string;
          files: string;
          exclude: string;
        }>;
        expect(ours!.id).toBe('swa-check');
        const hooks = [
          { ...config.repos[0]!.hooks[0]!, bin: '' },
          // language: node puts the package's bin on PATH, as the install above does in node_modules/.bin.
          { ...ours!, bin: join(repo, 'node_modules', '.bin') },
        ];
        for (const hook of hooks) {
          const selected = files.filter((file) => new RegExp(hook.files).test(file) && !(hook.exclude && new RegExp(hook.exclude).test(file)));
          expect(selected).toContain('gemeenten/noord/gm0001-noordbroek.yaml');
          expect(selected).not.toContain('.gitlab-ci.yml');
          const entry = hook.entry.split(' ');
          const result = run('sh', ['-c', '"$@"', 'pre-commit', ...entry, ...selected], repo, hook.bin ? { PATH: `${hook.bin}:${process.env.PATH}` } : {});
          expect(result.code, `${hook.entry}\n${result.stdout}\n${result.stderr}`).toBe(0);
        }
      });
    }
  });
});

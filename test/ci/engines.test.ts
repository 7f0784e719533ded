// The Node versions swa supports (package.json "engines") are admitted by every package in the lock
// file, so `npm ci` / `npm install` warns EBADENGINE on none of them; and this machine is one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';

// semver is npm's own range logic; it is in node_modules as a dependency of the build tools.
const semver = createRequire(join(ROOT, 'package.json'))('semver') as {
  subset(sub: string, dom: string): boolean;
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
  validRange(range: string): string | null;
};

type LockEntry = { engines?: { node?: string } | string[]; dev?: boolean; optional?: boolean };
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const supported = pkg.engines.node;
/** The lowest version of each release line the range admits: where a too-new dependency would show. */
const lines = supported.split('||').map((part) => semver.minVersion(part.trim())!.version);

describe('supported Node versions', () => {
  it('are stated as a range with a lower bound on each release line: 20, 22 and the current LTS 24', () => {
    expect(semver.validRange(supported)).not.toBeNull();
    expect(lines.map((v) => Number(v.split('.')[0]))).toEqual([20, 22, 24]);
    expect(lock.packages['']!.engines).toEqual(pkg.engines);
  });

  it('include the Node version of this machine', () => {
    expect(semver.satisfies(process.versions.node, supported), `Node ${process.versions.node} valt buiten ${supported}`).toBe(true);
  });

  it('are admitted by every package in package-lock.json (no EBADENGINE on any of them)', () => {
    const refused = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (path === '' || range === undefined) return [];
      // A range npm cannot read is not checked by npm either.
      if (semver.validRange(range) === null) return [];
      return semver.subset(supported, range)
        ? []
        : [`${path}: engines.node "${range}" (${lines.filter((v) => !semver.satisfies(v, range)).join(', ') || 'een deel van het bereik'} niet)`];
    });
    expect(refused).toEqual([]);
  });

  it('is a test that can fail: a package that needs Node 22 is found', () => {
    expect(semver.subset(supported, '>=22')).toBe(false);
    expect(semver.subset(supported, '^6.0.0 || >=18')).toBe(true);
  });

  it('are the versions the example pipelines and the GitHub Action run on', () => {
    const versions = [
      ...Object.values(
        (
          parse(readFileSync(join(ROOT, 'examples/ci/github-actions.yml'), 'utf8')) as {
            jobs: Record<string, { steps: Array<{ with?: { 'node-version'?: unknown } }> }>;
          }
        ).jobs,
      ).flatMap((job) => job.steps.flatMap((step) => (step.with?.['node-version'] ? [String(step.with['node-version'])] : []))),
      String((parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: unknown }> }).inputs['node-version']!.default),
      ...[join(ROOT, 'examples/ci/gitlab-ci.yml'), join(ROOT, 'ci/samenwerkingsafspraken.gitlab-ci.yml')].flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/node:(\d+)/g)].map((m) => m[1]!),
      ),
    ];
    expect(versions.length).toBeGreaterThanOrEqual(4);
    for (const version of versions) expect(semver.subset(`${version}.x`, supported) || semver.satisfies(`${version}.99.0`, supported), version).toBe(true);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Written by scripts/build.mjs when a build succeeds: when that build started. */
export const STAMP = 'dist/build-stamp.json';

/**
 * What the built CLI (dist/) is made from. templates/ is not: the CLI reads the templates from
 * there at run time, so a template edit needs no build. src/generated is the build's own output.
 */
const INPUTS = ['src', 'schemas', 'scripts/build.mjs', 'tsconfig.json'];

function newest(root: string, path: string): { file: string; mtimeMs: number } | null {
  const full = join(root, path);
  if (!existsSync(full)) return null;
  const info = statSync(full);
  if (!info.isDirectory()) return { file: path, mtimeMs: info.mtimeMs };
  let best: { file: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(full)) {
    const child = `${path}/${entry}`;
    if (child === 'src/generated') continue;
    const found = newest(root, child);
    if (found && (!best || found.mtimeMs > best.mtimeMs)) best = found;
  }
  return best;
}

/** Why dist/ in `root` may not be what the sources say, or null when it is up to date. */
export function staleReason(root: string): string | null {
  let startedMs: number;
  try {
    ({ startedMs } = JSON.parse(readFileSync(join(root, STAMP), 'utf8')) as { startedMs: number });
  } catch {
    return `there is no build (${STAMP} is missing)`;
  }
  for (const input of INPUTS) {
    const found = newest(root, input);
    if (found && found.mtimeMs > startedMs) return `${relative(root, join(root, found.file))} changed after the last build`;
  }
  return null;
}

/**
 * vitest globalSetup: the CLI tests run bin/swa.js → dist/, so `npx vitest run` after an edit would
 * silently test the old code. A stale or missing build is rebuilt first; a build that fails stops
 * the run with the reason instead of testing the old bundle.
 */
export default function ensureFreshBuild(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const reason = staleReason(root);
  if (reason === null) return;
  process.stderr.write(`Rebuilding before the tests: ${reason}.\n`);
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0)
    throw new Error(`The build failed (${reason}); the CLI tests would run an old dist/. Fix the build (npm run build) and run the tests again.`);
}

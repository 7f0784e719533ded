/**
 * Reading an agreements file as it was in a git revision (`v1.0:gemeenten/middenwaard.yaml`), for
 * `swa verschil`. git runs without a shell, with an argument list, in the repository of the new
 * file; the revision is resolved to a commit first and never passed where git could read it as an
 * option. The same rules as for files on disk: only regular files (a symlink in the revision is
 * followed inside the repository and refused when it leads out), at most 2 MB, and `extends` is
 * read from the same revision.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { posix, relative, resolve, sep } from 'node:path';
import { MAX_FILE_BYTES } from '../core/load/decode.js';
import { isInside } from '../files/inside.js';
import { EXIT, UserError } from './io.js';

export interface GitReference {
  revision: string;
  path: string;
}

export interface GitFile {
  /** The file's path from the repository root (posix), as check names it. */
  file: string;
  bytes: Uint8Array;
  /** How many directories the file lies below the repository root: `extends` may not climb higher. */
  rootLevelsUp: number;
  /** Reads a base file (a path from the repository root) from the same revision; errors carry a Node-style code. */
  readBase(path: string): Uint8Array;
}

/** `<revisie>:<pad>`: split at the first colon; null when the argument has no such form. */
export function parseGitReference(argument: string): GitReference | null {
  const colon = argument.indexOf(':');
  if (colon <= 0 || colon === argument.length - 1) return null;
  return { revision: argument.slice(0, colon), path: argument.slice(colon + 1) };
}

/** git's own output can hold at most this: a file of 2 MB plus what ls-tree and rev-parse print. */
const MAX_OUTPUT = MAX_FILE_BYTES + 64 * 1024;
const MAX_LINKS = 8;

type Git = (args: readonly string[]) => Buffer;

function gitRunner(directory: string, env: NodeJS.ProcessEnv): Git {
  return (args) =>
    execFileSync('git', args, {
      cwd: directory,
      maxBuffer: MAX_OUTPUT,
      timeout: 30_000,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
      // Paths are literal (no pathspec magic), git never asks for a password, and takes no lock.
      env: { ...env, GIT_LITERAL_PATHSPECS: '1', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
    });
}

function gitError(error: unknown): { missing: boolean; tooLarge: boolean; message: string } {
  const failure = error as NodeJS.ErrnoException & { stderr?: Buffer };
  const message = failure.stderr ? (failure.stderr.toString('utf8').trim().split('\n')[0] ?? '') : '';
  return { missing: failure.code === 'ENOENT', tooLarge: failure.code === 'ENOBUFS', message };
}

/** Where the repository of `directory` begins, or a Dutch reason why git cannot be used there. */
function repositoryRoot(git: Git, directory: string): string {
  try {
    return git(['rev-parse', '--show-toplevel']).toString('utf8').replace(/\n$/, '');
  } catch (error) {
    const { missing, message } = gitError(error);
    if (missing)
      throw new UserError(
        'git is niet gevonden. Installeer git, of geef de oude versie als bestand (bijvoorbeeld een kopie uit een eerdere uitgave).',
        EXIT.usage,
      );
    throw new UserError(
      `${directory} ligt niet in een git-repository, dus een revisie (<revisie>:<pad>) kan daar niet gelezen worden${message ? ` (git: ${message})` : ''}. Geef de oude versie als bestand.`,
      EXIT.usage,
    );
  }
}

function resolveCommit(git: Git, revision: string, root: string): string {
  try {
    return git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])
      .toString('utf8')
      .trim();
  } catch {
    throw new UserError(
      `De revisie ‘${revision}’ bestaat niet in de repository ${root}. Geef een tag, branch of commit, bijvoorbeeld v1.0 of HEAD~1 (zie git log).`,
      EXIT.usage,
    );
  }
}

/** The path from the repository root: `./` and `../` count from the current directory (as in git), anything else from the root. */
function repositoryPath(path: string, root: string, cwd: string): string | null {
  if (path.includes('\0')) return null;
  let fromRoot: string;
  if (/^\.\.?([\\/]|$)/.test(path)) {
    const absolute = resolve(cwd, path);
    let realRoot = root;
    let realCwdPath = absolute;
    try {
      realRoot = realpathSync(root);
      realCwdPath = resolve(realpathSync(cwd), path);
    } catch {
      // The spelling as given is compared then.
    }
    if (!isInside(realRoot, realCwdPath)) return null;
    fromRoot = relative(realRoot, realCwdPath).split(sep).join('/');
  } else {
    if (posix.isAbsolute(path) || /^[a-z]:[\\/]/i.test(path)) return null;
    fromRoot = path.replaceAll('\\', '/');
  }
  const normalised = posix.normalize(fromRoot);
  if (normalised === '.' || normalised === '..' || normalised.startsWith('../') || posix.isAbsolute(normalised)) return null;
  return normalised.replace(/\/$/, '');
}

function codeError(path: string, code: string): Error {
  return Object.assign(new Error(path), { code });
}

/** Reads one blob from a commit; follows a symlink within the revision, refuses one that leads out. */
function readBlob(git: Git, commit: string, path: string, hops = 0): Uint8Array {
  let listing: string;
  try {
    listing = git(['ls-tree', '-z', '-l', '--full-tree', commit, '--', path]).toString('utf8');
  } catch (error) {
    throw codeError(path, gitError(error).tooLarge ? 'EFBIG' : 'EIO');
  }
  const entry = listing.split('\0').find((line) => line.endsWith(`\t${path}`));
  if (!entry) throw codeError(path, 'ENOENT');
  const [mode, type, oid, size] = entry.slice(0, entry.indexOf('\t')).split(/\s+/);
  if (type === 'tree') throw codeError(path, 'EISDIR');
  if (type !== 'blob' || !oid) throw codeError(path, 'ENOTFILE');
  if (Number(size) > MAX_FILE_BYTES) throw codeError(path, 'EFBIG');
  const bytes = git(['cat-file', 'blob', oid]);
  if (mode !== '120000') return new Uint8Array(bytes);
  if (hops >= MAX_LINKS) throw codeError(path, 'ELOOP');
  const target = bytes.toString('utf8');
  const followed = posix.normalize(posix.join(posix.dirname(path), target));
  if (posix.isAbsolute(target) || followed === '..' || followed.startsWith('../')) throw codeError(path, 'EOUTSIDE');
  return readBlob(git, commit, followed, hops + 1);
}

const REASONS: Record<string, string> = {
  ENOENT: 'bestaat niet in die revisie',
  EISDIR: 'is in die revisie een map, geen bestand',
  ENOTFILE: 'is in die revisie geen gewoon bestand (maar bijvoorbeeld een submodule)',
  EFBIG: `is in die revisie groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB; dat is geen afsprakenbestand`,
  ELOOP: 'is in die revisie een kring van snelkoppelingen (symlinks)',
  EOUTSIDE: 'is in die revisie een snelkoppeling (symlink) naar een bestand buiten de repository',
  EIO: 'kan niet gelezen worden',
};

/**
 * Opens `<revisie>:<pad>` in the repository that holds `repositoryOf` (the new version's directory).
 * Every problem is a UserError with a Dutch message (exit code 2).
 */
export function openGitFile(reference: GitReference, options: { repositoryOf: string; cwd: string; env: NodeJS.ProcessEnv }): GitFile {
  const { revision, path } = reference;
  if (revision.startsWith('-'))
    throw new UserError(`De revisie ‘${revision}’ begint met een streepje; git zou dat als optie lezen. Geef een tag, branch of commit.`, EXIT.usage);
  if (/[\0-\x1f\x7f]/.test(revision)) throw new UserError('De revisie bevat een stuurteken; geef een tag, branch of commit.', EXIT.usage);
  const root = repositoryRoot(gitRunner(options.repositoryOf, options.env), options.repositoryOf);
  const git = gitRunner(root, options.env);
  const commit = resolveCommit(git, revision, root);
  const file = repositoryPath(path, root, options.cwd);
  if (file === null)
    throw new UserError(
      `Het pad ‘${path}’ ligt buiten de repository ${root}. Geef het pad vanaf de hoofdmap van de repository, of met ./ vanaf de huidige map.`,
      EXIT.usage,
    );
  let bytes: Uint8Array;
  try {
    bytes = readBlob(git, commit, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UserError(`${file} ${REASONS[code] ?? REASONS.EIO} (revisie ${revision}, repository ${root}).`, EXIT.usage);
  }
  return {
    file,
    bytes,
    rootLevelsUp: posix.dirname(file) === '.' ? 0 : posix.dirname(file).split('/').length,
    readBase: (basePath) => {
      const normalised = posix.normalize(basePath.replaceAll('\\', '/'));
      if (normalised.startsWith('../') || posix.isAbsolute(normalised)) throw codeError(basePath, 'EOUTSIDE');
      return readBlob(git, commit, normalised);
    },
  };
}

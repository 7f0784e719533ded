import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isInside } from '../files/inside.js';

/** The repository root reports are relative to, and the directory the run's file names are relative to. */
export interface Where {
  root: string;
  cwd: string;
}

/**
 * A file as CI systems want it: relative to the repository root with forward slashes. A file
 * outside the root (or stdin) keeps its own name, because a wrong relative path would annotate
 * some other file.
 */
export function repositoryPath(file: string, where: Where): string {
  if (file.startsWith('<')) return file;
  const { root } = where;
  const absolute = resolve(where.cwd, file);
  const rel = relative(root, absolute);
  if (rel === '' || !isInside(root, absolute)) return absolute.split(sep).join('/');
  return rel.split(sep).join('/');
}

/** A SARIF artifact URI: relative (to %SRCROOT%) inside the root, a file:// URI outside it. */
export function artifactUri(name: string, where: Where): { uri: string; uriBaseId?: string } {
  // encodeURIComponent throws on a lone surrogate (a name from `extends: "\ud800"`); U+FFFD encodes.
  const file = name.replace(LONE_SURROGATE, '\uFFFD');
  if (file.startsWith('<')) return { uri: encodeURIComponent(file) };
  const path = repositoryPath(file, where);
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return { uri: pathToFileURL(resolve(where.cwd, file)).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

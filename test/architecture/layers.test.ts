import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The stages depend one way: a module may import from its own layer or from a layer below it,
 * never from one above. Read from the import lines of the sources, so a new import that goes the
 * wrong way fails here and not at the next reviewer.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Lowest first. A folder not listed here fails the test: give it its place. */
const LAYERS: ReadonlyArray<{ name: string; folders: readonly string[] }> = [
  { name: 'foundation', folders: ['src', 'src/generated'] },
  { name: 'domain', folders: ['src/core/domain'] },
  { name: 'load', folders: ['src/core/load'] },
  { name: 'validate', folders: ['src/core/validate'] },
  { name: 'rules', folders: ['src/core/rules'] },
  { name: 'check', folders: ['src/core'] },
  { name: 'model', folders: ['src/core/model'] },
  { name: 'files', folders: ['src/files'] },
  { name: 'report', folders: ['src/report'] },
  { name: 'word', folders: ['src/word'] },
  { name: 'render', folders: ['src/render'] },
  { name: 'overzicht', folders: ['src/overzicht'] },
  { name: 'init', folders: ['src/init'] },
  { name: 'verwerk', folders: ['src/verwerk'] },
  { name: 'verschil', folders: ['src/verschil'] },
  { name: 'cli', folders: ['src/cli', 'src/cli/commands', 'src/cli/inputs', 'src/cli/pdf', 'src/cli/render'] },
];
/** overzicht and init are side by side: neither may import the other. */
const SIDE_BY_SIDE = new Set(['overzicht/init', 'init/overzicht']);

function rank(file: string): number {
  const folder = dirname(file);
  const index = LAYERS.findIndex((layer) => layer.folders.includes(folder));
  if (index === -1) throw new Error(`${file}: folder ${folder} has no layer in test/architecture/layers.test.ts`);
  return index;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return path === 'src/generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Relative imports, static and dynamic, as repository paths. */
function importsOf(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) => match[1]!);
  return specifiers.map((specifier) => relative(ROOT, normalize(join(ROOT, dirname(file), specifier))));
}

const FILES = sourceFiles('src');
const EDGES = FILES.flatMap((file) => importsOf(file, readFileSync(join(ROOT, file), 'utf8')).map((target) => ({ file, target })));

describe('import direction between the layers', () => {
  it('reads the imports of the sources (the test would pass vacuously otherwise)', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(EDGES.length).toBeGreaterThan(300);
    expect(importsOf('src/core/check.ts', "import { a } from './domain/x.js';\nconst b = await import('../render/y.js');")).toEqual([
      'src/core/domain/x.js',
      'src/render/y.js',
    ]);
  });

  it('every source folder has a layer', () => {
    for (const file of FILES) expect(() => rank(file)).not.toThrow();
  });

  it('no module imports from a layer above its own', () => {
    const upward = EDGES.filter(({ file, target }) => rank(target) > rank(file)).map(
      ({ file, target }) => `${file} → ${target} (${LAYERS[rank(file)]!.name} imports ${LAYERS[rank(target)]!.name})`,
    );
    expect(upward).toEqual([]);
  });

  it('the core never touches the file system (the commands read and write; src/files helps them)', () => {
    const core = FILES.filter((file) => file.startsWith('src/core/'));
    const touching = core.filter((file) => /from '(?:node:)?fs(?:\/promises)?'/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(core.length).toBeGreaterThan(50);
    expect(touching).toEqual([]);
  });

  it('overzicht and init do not import each other', () => {
    const across = EDGES.filter(({ file, target }) => SIDE_BY_SIDE.has(`${LAYERS[rank(file)]!.name}/${LAYERS[rank(target)]!.name}`));
    expect(across).toEqual([]);
  });

  it('the check finds an upward import (it can fail)', () => {
    const [edge] = importsOf('src/core/domain/x.ts', "import { checkSource } from '../check.js';").map((target) => ({ file: 'src/core/domain/x.ts', target }));
    expect(rank(edge!.target)).toBeGreaterThan(rank(edge!.file));
  });
});

/**
 * The direct writer against its oracle (test/support/docx-oracle.ts) on the documents of every
 * agreements file of the fixtures and examples, integral and per partner, with the built-in
 * templates and with the templates of the fixtures that replace some: every call render makes
 * to writeDocument is made to the oracle too, and the two packages compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { loadTemplates } from '../../src/render/load-templates.js';
import { renderFile } from '../../src/render/render-document.js';
import { compileTemplates } from '../../src/render/template-set.js';
import type { writeDocument } from '../../src/render/word-document.js';
import { sameAsDocx } from '../support/same-as-docx.js';

const calls = vi.hoisted(() => [] as Array<Parameters<typeof writeDocument>>);
vi.mock('../../src/render/word-document.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/render/word-document.js')>();
  return {
    ...actual,
    writeDocument: (...args: Parameters<typeof writeDocument>) => {
      calls.push(args);
      return actual.writeDocument(...args);
    },
  };
});

const ROOT = join(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

/** YAML and schema errors mean the data cannot be trusted: render refuses such a file (cli/render/plan-file.ts). */
function renderable(check: ReturnType<typeof checkSource>): boolean {
  return check.onderdelen !== null && !check.findings.some((f) => f.severity === 'fout' && /^(yaml-|schema-|bestand-)/.test(f.rule));
}

describe('the direct writer on the fixtures and examples', () => {
  it('writes what docx compiled for their documents', { timeout: 180_000 }, async () => {
    const builtIn = compileTemplates(await loadTemplates(null));
    const own = compileTemplates(await loadTemplates(join(ROOT, 'test/fixtures/render/sjablonen-eigen')));
    let files = 0;
    for (const file of [...yamlFiles('test/fixtures'), ...yamlFiles('examples')]) {
      const check = checkSource(file, readFileSync(join(ROOT, file)), { today: '2026-11-23' });
      if (!renderable(check)) continue;
      // The templates of the fixture that replaces some: on the complete file, which reaches them all.
      for (const templates of file.endsWith('check/compleet/afspraken.yaml') ? [builtIn, own] : [builtIn]) {
        try {
          await renderFile(check, templates, { perPartner: true, generator: 'swa test', cwd: ROOT });
        } catch {
          // A file render fails on (before or in the writer) is still compared below, as far as it got.
        }
      }
      files += 1;
    }
    // A copy: the comparison calls writeDocument too.
    const rendered = [...calls];
    for (const [parts, properties, custom] of rendered) sameAsDocx(parts, properties, custom);
    console.info(`${rendered.length} documents of ${files} files compared with the oracle`);
    expect(files).toBeGreaterThan(50);
    expect(rendered.length).toBeGreaterThan(300);
  });
});

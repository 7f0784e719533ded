import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCatalogued, RULE_CATALOG } from '../../src/core/rules/catalog.js';
import { RULES } from '../../src/core/rules/index.js';
import { ROOT } from '../helpers/cli.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every literal rule id where findings are made (the core and the CLI; render's style ids are no rules): `rule: 'x'`, `id: 'x'` of a rule, `? 'x' : 'y'` choices after `rule:`, and ids passed to a helper. */
function ruleIdsInSource(): Set<string> {
  const ids = new Set<string>();
  for (const file of ['src/core', 'src/cli'].flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\brule:\s*([^,\n]+)/g)) for (const id of match[1]!.matchAll(/'([a-z]+(?:-[a-z]+)+)'/g)) ids.add(id[1]!);
    for (const match of text.matchAll(/\bid:\s*'([a-z]+(?:-[a-z]+)+)'/g)) ids.add(match[1]!);
    // An id passed to a helper as a later argument: `fail(current, 'extends-kring', …)`, `fileFinding(file, 'bestand-codering', …)`.
    for (const match of text.matchAll(/,\s*'([a-z]+(?:-[a-z]+)+)'\s*[,)]/g)) ids.add(match[1]!);
  }
  return ids;
}

describe('rule catalogue', () => {
  it('describes every completeness rule', () => {
    for (const rule of RULES) expect(isCatalogued(rule.id), rule.id).toBe(true);
  });

  it('describes every rule id that appears in the source', () => {
    const ids = [...ruleIdsInSource()];
    expect(ids).toEqual(
      expect.arrayContaining(['bestand-codering', 'yaml-dubbele-sleutel', 'schema-keuze', 'escalatie-te-kort', 'extends-kring', 'extends-buiten-repository']),
    );
    expect(ids.filter((id) => !isCatalogued(id))).toEqual([]);
  });

  it('gives each rule a unique id, a Dutch title, help text and, for completeness rules, a leidraad reference', () => {
    expect(new Set(RULE_CATALOG.map((r) => r.id)).size).toBe(RULE_CATALOG.length);
    for (const rule of RULE_CATALOG) {
      expect(rule.titel.length, rule.id).toBeGreaterThan(10);
      expect(rule.hulp.length, rule.id).toBeGreaterThan(20);
      if (rule.soort === 'volledigheid') expect(rule.leidraad, rule.id).toMatch(/Leidraad Werken aan veiligheid/);
    }
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { RULE_CATALOG } from '../../src/core/rules/catalog.js';
import { formatSarif } from '../../src/report/sarif.js';
import { ROOT } from '../helpers/cli.js';
import { checkText, example, mixedRun, OPTIONS } from './run-fixture.js';

// ajv-formats is CommonJS: under NodeNext its default import is the module, the plugin is its .default.
const addFormats = ajvFormats.default;

const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/ci/schemas/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number; startColumn: number } } }>;
  partialFingerprints: Record<string, string>;
}

function sarifOf(run = mixedRun()): {
  runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { text: string }; properties: { leidraad?: string } }> } }; results: SarifResult[] }>;
} {
  return JSON.parse(formatSarif(run, OPTIONS));
}

describe('sarif report', () => {
  it('is valid SARIF 2.1.0 according to the published schema', () => {
    const log = sarifOf();
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('a broken log is rejected by the same schema (the schema check is real)', () => {
    const log = sarifOf();
    (log.runs[0]!.results[0]!.locations[0]!.physicalLocation as { region?: object }).region = { startLine: 0 };
    expect(validate(log)).toBe(false);
  });

  it('describes every catalogued rule, with help text and the leidraad reference for completeness rules', () => {
    const rules = sarifOf().runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(RULE_CATALOG.map((r) => r.id)));
    const evaluatie = rules.find((r) => r.id === 'evaluatie-verlopen')!;
    expect(evaluatie.properties.leidraad).toContain('§6c');
    expect(evaluatie.help.text).toContain('Grondslag');
  });

  it('points each result at its rule, with 1-based line and column taken from the finding', () => {
    const run = mixedRun();
    const log = sarifOf(run);
    const { rules } = log.runs[0]!.tool.driver;
    const results = log.runs[0]!.results;
    const findings = run.files.flatMap((f) => f.findings);
    expect(results).toHaveLength(findings.length);
    results.forEach((result, i) => {
      expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
      const region = result.locations[0]!.physicalLocation.region;
      if (findings[i]!.line > 0) expect(region).toEqual({ startLine: findings[i]!.line, startColumn: findings[i]!.column });
      else expect(region).toBeUndefined();
    });
    expect(new Set(results.map((r) => r.level))).toEqual(new Set(['error', 'warning', 'note']));
  });

  it('uses repository-relative, URI-encoded paths', () => {
    const uris = sarifOf().runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(uris).toContainEqual({ uri: 'regio/concept%20middenwaard.yaml', uriBaseId: '%SRCROOT%' });
  });

  it('keeps fingerprints when lines above a finding change', () => {
    const before = sarifOf({ today: '2026-11-23', files: [checkText('a.yaml', example('concept-middenwaard.yaml'))] }).runs[0]!.results;
    const after = sarifOf({ today: '2026-11-23', files: [checkText('a.yaml', `# opmerking\n# nog een\n${example('concept-middenwaard.yaml')}`)] }).runs[0]!
      .results;
    expect(after.map((r) => r.locations[0]!.physicalLocation.region?.startLine)).not.toEqual(
      before.map((r) => r.locations[0]!.physicalLocation.region?.startLine),
    );
    expect(after.map((r) => r.partialFingerprints)).toEqual(before.map((r) => r.partialFingerprints));
    const prints = before.map((r) => r.partialFingerprints['swaFinding/v1']);
    expect(new Set(prints).size).toBe(prints.length);
  });
});

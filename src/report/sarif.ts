import type { Severity } from '../findings.js';
import type { Outcome } from '../core/run.js';
import { describeRule, RULE_CATALOG, type RuleDescription } from '../core/rules/catalog.js';
import { fingerprints } from './fingerprint.js';
import { artifactUri } from './paths.js';
import { describeBreach, outcomeFor } from './outcome.js';
import type { Reporter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { fout: 'error', waarschuwing: 'warning', info: 'note' };

const INFORMATION_URI = 'https://www.npmjs.com/package/samenwerkingsafspraken';

/**
 * SARIF 2.1.0 for GitHub code scanning: every rule of the catalogue with its help text and
 * leidraad reference, one result per finding with its region (1-based line and column).
 */
export const formatSarif: Reporter = (run, options) => {
  const rules = [...RULE_CATALOG];
  // A rule id the catalogue does not know still gets a descriptor, so ruleIndex stays valid.
  for (const finding of run.files.flatMap((f) => f.findings)) {
    if (!rules.some((r) => r.id === finding.rule)) rules.push(describeRule(finding.rule));
  }
  const index = new Map(rules.map((rule, i) => [rule.id, i]));

  const results = run.files.flatMap((file) => {
    const prints = fingerprints(file.file, file.findings);
    return file.findings.map((finding, i) => {
      const region = finding.line > 0 ? { region: { startLine: finding.line, startColumn: Math.max(finding.column, 1) } } : {};
      return {
        ruleId: finding.rule,
        ruleIndex: index.get(finding.rule)!,
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: artifactUri(finding.file, options), ...region } }],
        partialFingerprints: { 'swaFinding/v1': prints[i]! },
        ...(finding.onderdeel ? { properties: { onderdeel: finding.onderdeel } } : {}),
      };
    });
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.tool.name,
            semanticVersion: options.tool.version,
            informationUri: INFORMATION_URI,
            rules: rules.map(descriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [invocation(outcomeFor(run, options))],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/**
 * The exit code and its reasons. `executionSuccessful` is about the tool, not the findings
 * (SARIF 2.1.0 §3.20.14): false only when not every file could be checked (exit code 2).
 */
function invocation(outcome: Outcome): object {
  return {
    executionSuccessful: outcome.exitCode !== 2,
    exitCode: outcome.exitCode,
    exitCodeDescription: outcome.breaches.length > 0 ? outcome.breaches.map(describeBreach).join('; ') : 'in orde',
  };
}

function descriptor(rule: RuleDescription): object {
  const leidraad = rule.leidraad ? `\n\nGrondslag: ${rule.leidraad}.` : '';
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.titel },
    fullDescription: { text: rule.hulp },
    help: { text: `${rule.hulp}${leidraad}`, markdown: `**${rule.titel}**\n\n${rule.hulp}${leidraad}` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['samenwerkingsafspraken', rule.soort], ...(rule.leidraad ? { leidraad: rule.leidraad } : {}) },
  };
}

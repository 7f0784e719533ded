import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/report/github.js';
import { mixedRun, OPTIONS } from './run-fixture.js';

/** The runner's parser: `::command key=value,key=value::message`, with its unescaping. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  expect(match, line).not.toBeNull();
  const unescapeCommand = (v: string): string => v.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties = Object.fromEntries(
    match![2]!.split(',').map((p) => {
      const [k, ...v] = p.split('=');
      return [k!, unescapeCommand(v.join('='))];
    }),
  );
  return { command: match![1]!, properties, message: unescapeCommand(match![3]!) };
}

describe('github annotations', () => {
  it('emits one workflow command per finding, at its file, line and column', () => {
    const run = mixedRun();
    const lines = formatGithub(run, OPTIONS).trimEnd().split('\n');
    const findings = run.files.flatMap((f) => f.findings);
    expect(lines).toHaveLength(findings.length);
    lines.forEach((line, i) => {
      const { command, properties, message } = parseCommand(line);
      const finding = findings[i]!;
      expect(command).toBe({ fout: 'error', waarschuwing: 'warning', info: 'notice' }[finding.severity]);
      expect(properties.file).toBe(finding.file);
      if (finding.line > 0) expect([properties.line, properties.col]).toEqual([String(finding.line), String(finding.column)]);
      else expect(properties.line).toBeUndefined();
      expect(properties.title).toContain(finding.rule);
      expect(message).toBe(finding.message);
    });
  });

  it('escapes newlines, percent signs, colons and commas so a message cannot end the command', () => {
    const run = mixedRun();
    run.files = [run.files[0]!];
    run.files[0]!.findings = [
      {
        rule: 'yaml-syntax',
        severity: 'fout',
        onderdeel: null,
        message: '100% fout\n::error::nep',
        file: 'map,met:tekens/a.yaml',
        line: 2,
        column: 3,
        path: [],
      },
    ];
    const output = formatGithub(run, OPTIONS);
    expect(output.trimEnd().split('\n')).toHaveLength(1);
    const { properties, message } = parseCommand(output.trimEnd());
    expect(properties.file).toBe('map,met:tekens/a.yaml');
    expect(message).toBe('100% fout\n::error::nep');
  });
});

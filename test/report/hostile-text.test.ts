import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import type { CheckRun } from '../../src/core/run.js';
import { formatGithub } from '../../src/report/github.js';
import { formatGitlab } from '../../src/report/gitlab.js';
import { formatJson } from '../../src/report/json.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatText } from '../../src/report/text.js';
import { visible } from '../../src/report/visible.js';
import { firstNonXmlChar } from '../helpers/xml-chars.js';
import { checkText, OPTIONS } from './run-fixture.js';

/** Characters that must never reach a log line raw: C0 (but the report's own \n), DEL, C1, line/paragraph separators, bidi controls, lone surrogates. */
const RAW_CONTROL =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Strings as an attacker would write them: any UTF-16 unit, any code point, and the known tricks spliced in. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) }),
  fc
    .tuple(
      fc.string(),
      fc.constantFrom(
        '\n::error file=README.md,line=1::INJECTED',
        '\r\n::warning::x',
        '\u001b]0;titel\u0007',
        '\u001b[2J',
        '\u202eevil',
        '\u2028::error::x',
        '\u0085::error::x',
        '\ud800',
        '\uffff',
      ),
      fc.string(),
    )
    .map(([a, trick, b]) => `${a}${trick}${b}`),
);

function runWith(file: string, key: string, value: string): CheckRun {
  const finding = (rule: string, message: string, at: string): Finding => ({
    rule,
    severity: 'fout',
    onderdeel: null,
    message,
    file: at,
    line: 3,
    column: 5,
    path: [key],
  });
  return {
    today: '2026-11-23',
    files: [
      {
        file,
        findings: [
          finding('schema-onbekende-sleutel', `De sleutel \`${key}\` kent het schema niet.`, file),
          finding('schema-type', `Hier staat ${value}.`, file),
          finding('extends-niet-gevonden', 'In het basisbestand.', `${file}/../${value}`),
        ],
        onderdelen: null,
        data: undefined,
      },
    ],
  };
}

describe('text report: input cannot start a line or drive the terminal', () => {
  it('shows every control, separator and bidi character from a file as an escape', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (file, key, value) => {
        const output = formatText(runWith(file, key, value), OPTIONS);
        expect(output).not.toMatch(RAW_CONTROL);
        // swa's text report makes no workflow commands itself, so no line may start with `::`.
        for (const line of output.split('\n')) expect(line.trimStart().startsWith('::'), line).toBe(false);
        // Each finding stays on one line: the file header, three findings, a blank line, the summary.
        expect(output.split('\n')).toHaveLength(7);
      }),
    );
  });

  it("with colours on, the only escape sequences are swa's own colour codes", () => {
    fc.assert(
      fc.property(hostile, hostile, (file, key) => {
        const output = formatText(runWith(file, key, 'x'), { ...OPTIONS, color: true });
        expect(output.replace(/\u001b\[\d+m/g, '')).not.toMatch(RAW_CONTROL);
      }),
    );
  });

  it('a YAML key with a newline and a workflow command stays on the line of its finding', () => {
    const file = checkText('a.yaml', 'schema_versie: 1\n"x\\n::error file=README.md,line=1::INJECTED": 1\n');
    const output = formatText({ today: '2026-11-23', files: [file] }, OPTIONS);
    expect(output).toContain('x\\n::error file=README.md,line=1::INJECTED');
    expect(output.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
  });

  it('visible() leaves ordinary text alone, Dutch and other scripts included', () => {
    for (const text of ['Súdwest-Fryslân', 'C:\\regio\\a.yaml', 'één “citaat”', 'العربية', '日本語', '😀']) expect(visible(text)).toBe(text);
    expect(visible('a\nb\u001b[2J\u202e')).toBe('a\\nb\\u001b[2J\\u202e');
  });
});

describe('big runs', () => {
  it('the text report handles 150,000 findings in one file without exhausting the call stack (no spread over findings)', () => {
    // Past about 125,000 arguments, Math.max(...widths) or push(...rows) throws "Maximum call stack size exceeded".
    const findings: Finding[] = Array.from({ length: 150_000 }, (_, i) => ({
      rule: 'schema-type',
      severity: 'fout',
      onderdeel: 'i',
      message: `stap ${i}`,
      file: 'a.yaml',
      line: i + 1,
      column: 7,
      path: [],
    }));
    const run: CheckRun = { today: '2026-11-23', files: [{ file: 'a.yaml', findings, onderdelen: null, data: undefined }] };
    expect(formatText(run, OPTIONS).split('\n').length).toBeGreaterThan(150_000);
  });
});

describe('github annotations: one command per finding, whatever the input', () => {
  it("every line is one of swa's own commands, and there is one per finding", () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (file, key, value) => {
        const run = runWith(file, key, value);
        const lines = formatGithub(run, OPTIONS).trimEnd().split('\n');
        expect(lines).toHaveLength(3);
        for (const line of lines) {
          expect(line).toMatch(/^::error file=[^:,]*(,line=\d+,col=\d+)?,title=[^:]*::/);
          expect(line).not.toMatch(RAW_CONTROL);
        }
      }),
    );
  });
});

describe('structured reports stay valid for any input', () => {
  it('JSON, SARIF and GitLab parse; JUnit is well-formed and holds only XML characters', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (file, key, value) => {
        const run = runWith(file, key, value);
        expect(JSON.parse(formatJson(run, OPTIONS)).files[0].findings).toHaveLength(3);
        expect(JSON.parse(formatSarif(run, OPTIONS)).runs[0].results).toHaveLength(3);
        expect(JSON.parse(formatGitlab(run, OPTIONS))).toHaveLength(3);
        const junit = formatJunit(run, OPTIONS);
        expect(firstNonXmlChar(junit)).toBeUndefined();
        expect(XMLValidator.validate(junit)).toBe(true);
      }),
    );
  });

  it('JUnit replaces a control character from a message instead of copying it (XML 1.0 forbids it)', () => {
    const junit = formatJunit(runWith('a.yaml', 'sleutel\u0001\u001b', 'waarde\uffff\ud800'), OPTIONS);
    expect(firstNonXmlChar(junit)).toBeUndefined();
    expect(junit).toContain('sleutel\uFFFD\uFFFD');
  });
});

import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocx, checkRun, mutate, rng, ROOT, runFuzz, type Cli, type FuzzResult } from '../../scripts/fuzz/harness.mjs';

/**
 * Seeded fuzzing of the built swa (scripts/fuzz/harness.mjs; `npm run fuzz` runs the same with more
 * cases). The seed is fixed so a failure here is a failure on every machine; FUZZ_TEST_SEED and
 * FUZZ_TEST_CASES explore further.
 */
const SEED = Number(process.env.FUZZ_TEST_SEED ?? 9009);
const CASES = Number(process.env.FUZZ_TEST_CASES ?? 250);
/** On two busy cores a case can take a second; the suite stops fuzzing after this and says how far it got. */
const BUDGET_MS = Number(process.env.FUZZ_TEST_BUDGET_MS ?? 40_000);

/**
 * Kinds of failure that are known defects tracked in an open issue: reported with seed and case
 * number but not failing the suite, so the fuzzer can land before the fix. Empty since issue 9 was
 * fixed; FUZZ_STRICT=1 fails on listed kinds too.
 */
const KNOWN_ELSEWHERE: Record<string, string> = {};
const STRICT = process.env.FUZZ_STRICT === '1';

/** A stack overflow is the known item 8; any other stack trace or crash is new. */
function category([kind, detail]: [string, string]): string {
  if (kind === 'stacktrace' && /Maximum call stack|Invalid code point/.test(detail)) return 'diepe-recursie';
  if (kind === 'render-mislukt' && /Maximum call stack|Invalid code point/.test(detail)) return 'diepe-recursie';
  if (kind === 'render-mislukt' && /breedtes="[\d,]*,0[,"]/.test(detail)) return 'te-veel-kolommen';
  if ((kind === 'exitcode' || kind === 'hangt') && /swa render .*(hangt|duurde langer)/.test(detail)) return 'trage-render';
  return kind;
}

describe(`fuzzing swa with mutations of the examples (seed ${SEED})`, () => {
  let result: FuzzResult;
  let reproDir: string;
  const byCategory = new Map<string, string[]>();

  beforeAll(async () => {
    reproDir = mkdtempSync(join(tmpdir(), 'swa-fuzz-test-'));
    result = await runFuzz({ seed: SEED, cases: CASES, spawnEvery: 50, reproDir, budgetMs: BUDGET_MS, allFormats: false });
    for (const failure of result.failures) {
      for (const problem of failure.problems) {
        const list = byCategory.get(category(problem)) ?? [];
        list.push(`case ${failure.index} (${failure.steps.join('; ')}): ${problem[1].slice(0, 300)}`);
        byCategory.set(category(problem), list);
      }
    }
    console.info(
      `fuzz (seed ${SEED}): ${result.cases} of ${CASES} cases in ${result.seconds.toFixed(1)} s (${result.spawned} as a process), exit codes ${JSON.stringify(result.exitCodes)}`,
    );
    const known = [...byCategory].filter(([kind]) => KNOWN_ELSEWHERE[kind] && !STRICT);
    if (known.length > 0) {
      console.warn(
        `fuzz (seed ${SEED}, ${result.cases} cases): known defects fixed on other branches, not failing this suite:\n${known.map(([kind, list]) => `  [${kind}] ${KNOWN_ELSEWHERE[kind]}: ${list.length}×, e.g. ${list[0]}`).join('\n')}\n  reproducers: ${reproDir}`,
      );
    }
  }, 600_000);

  it('ran enough cases to mean something, in-process and as real processes', () => {
    expect(result.cases).toBeGreaterThanOrEqual(Math.min(CASES, 20));
    expect(result.spawned).toBeGreaterThanOrEqual(1);
    // The mutations reach every outcome: clean files, files with findings, render.
    expect(Object.keys(result.exitCodes['check-json'] ?? {})).toEqual(expect.arrayContaining(['0', '1']));
    expect(result.exitCodes.render?.['0']).toBeGreaterThan(0);
  });

  const KINDS = [
    'exitcode',
    'stacktrace',
    'hangt',
    'json-ongeldig',
    'sarif-ongeldig',
    'junit-ongeldig',
    'junit-teken',
    'tekst-stuurteken',
    'render-mislukt',
    'docx-zip',
    'docx-xml',
    'docx-teken',
    'diepe-recursie',
    'te-veel-kolommen',
    'trage-render',
  ];
  for (const kind of KINDS) {
    const known = KNOWN_ELSEWHERE[kind] !== undefined && !STRICT;
    (known ? it.skip : it)(`no case gives "${kind}"${known ? ` — known, ${KNOWN_ELSEWHERE[kind]}` : ''}`, () => {
      expect(byCategory.get(kind) ?? [], `reproducers in ${reproDir}`).toEqual([]);
    });
  }

  it('every problem found falls in a kind this suite knows', () => {
    expect([...byCategory.keys()].filter((kind) => !KINDS.includes(kind))).toEqual([]);
  });
});

describe('the fuzzer notices a real defect (negative controls)', () => {
  it('flags exit codes outside 0/1/2, stack traces, "interne fout" and reports that do not parse', () => {
    expect(checkRun({ code: 3, stdout: '', stderr: '' }, 'text').map(([k]) => k)).toEqual(['exitcode']);
    expect(checkRun({ code: 'hangt (SIGTERM)', stdout: '', stderr: '' }, 'text').map(([k]) => k)).toEqual(['exitcode']);
    const trace = 'swa: kapot\n    at parse (/app/dist/swa/program.js:12:34)\n';
    expect(checkRun({ code: 2, stdout: '', stderr: trace }, 'text').map(([k]) => k)).toEqual(['stacktrace']);
    expect(checkRun({ code: 2, stdout: '', stderr: 'swa: interne fout: Maximum call stack size exceeded\n' }, 'text').map(([k]) => k)).toEqual(['stacktrace']);
    expect(checkRun({ code: 0, stdout: 'node:events:497\n      throw er;\nError: write EPIPE\n', stderr: '' }, 'text').map(([k]) => k)).toContain('stacktrace');
    expect(checkRun({ code: 1, stdout: '{"files": [', stderr: '' }, 'json').map(([k]) => k)).toEqual(['json-ongeldig']);
    expect(checkRun({ code: 1, stdout: '{"runs": [}', stderr: '' }, 'sarif').map(([k]) => k)).toEqual(['sarif-ongeldig']);
    expect(checkRun({ code: 1, stdout: '<testsuites><testsuite></testsuites>', stderr: '' }, 'junit').map(([k]) => k)).toContain('junit-ongeldig');
    expect(checkRun({ code: 1, stdout: '<testsuites name="a\u0001b"/>', stderr: '' }, 'junit').map(([k]) => k)).toContain('junit-teken');
    expect(checkRun({ code: 1, stdout: 'x.yaml\n  1:1  fout  onbekende sleutel "x\u001b[2J"\n', stderr: '' }, 'text').map(([k]) => k)).toEqual([
      'tekst-stuurteken',
    ]);
    expect(checkRun({ code: 1, stdout: 'onbekende sleutel "x\n::error file=README.md,line=1::INJECTED"\n', stderr: '' }, 'text').map(([k]) => k)).toEqual([
      'tekst-stuurteken',
    ]);
  });

  it('passes what is right: a clean run and valid reports', () => {
    expect(checkRun({ code: 1, stdout: '{"a":[1]}', stderr: 'swa: 1 bestand\n' }, 'json')).toEqual([]);
    expect(checkRun({ code: 0, stdout: '<?xml version="1.0"?>\n<testsuites name="a&amp;b"/>', stderr: '' }, 'junit')).toEqual([]);
    expect(checkRun({ code: 2, stdout: '', stderr: 'swa: afspraken.yaml: het bestand bestaat niet.\n' }, 'text')).toEqual([]);
  });

  it('opens every XML part of a .docx: invalid characters, broken XML and broken UTF-8 are caught', () => {
    const docx = (xml: string | Uint8Array) =>
      zipSync({
        '[Content_Types].xml': strToU8('<Types/>'),
        'word/document.xml': typeof xml === 'string' ? strToU8(xml) : xml,
        'word/media/x.png': new Uint8Array([0, 1, 2]),
      });
    expect(checkDocx('goed.docx', docx('<w:document xmlns:w="x"><w:t>a &amp; b</w:t></w:document>'))).toEqual([]);
    expect(checkDocx('ffff.docx', docx('<w:document xmlns:w="x"><w:t>a\uffffb</w:t></w:document>')).map(([k]) => k)).toEqual(['docx-teken']);
    expect(checkDocx('nul.docx', docx('<w:document xmlns:w="x"><w:t>a\u0000b</w:t></w:document>')).map(([k]) => k)).toContain('docx-teken');
    expect(checkDocx('kapot.docx', docx('<w:document><w:t>a</w:document>')).map(([k]) => k)).toEqual(['docx-xml']);
    expect(checkDocx('utf8.docx', docx(new Uint8Array([0x3c, 0x61, 0x3e, 0xed, 0xa0, 0x80, 0x3c, 0x2f, 0x61, 0x3e]))).map(([k]) => k)).toEqual(['docx-xml']);
    expect(checkDocx('geen-zip.docx', strToU8('PK nee')).map(([k]) => k)).toEqual(['docx-zip']);
  });

  it('reports a crashing swa with the case, its mutations and a reproducer on disk', async () => {
    const seen: string[][] = [];
    // A swa that is fine at check but crashes when it renders: the harness must catch it.
    const broken: Cli = async (args) => {
      seen.push(args);
      if (args[0] === 'render') return { code: 2, stdout: '', stderr: "swa: interne fout: Cannot read properties of undefined (reading 'x')\n" };
      return {
        code: 0,
        stdout: args.includes('json')
          ? '{"summary":{"findings":{"fout":0}}}'
          : args.includes('sarif')
            ? '{}'
            : args.includes('junit')
              ? '<testsuites/>'
              : 'in orde\n',
        stderr: '',
      };
    };
    const reproDir = mkdtempSync(join(tmpdir(), 'swa-fuzz-control-'));
    const result = await runFuzz({ seed: 7, cases: 3, spawnEvery: 0, reproDir, cli: broken });
    expect(result.failures.map((f) => f.index)).toEqual([0, 1, 2]);
    expect(result.byCategory.stacktrace).toEqual([0, 1, 2]);
    expect(result.byCategory['render-mislukt']).toEqual([0, 1, 2]);
    expect(seen.filter((args) => args[0] === 'render')).toHaveLength(3);
    const repro = join(reproDir, 'case-1');
    const fout = readFileSync(join(repro, 'FOUT.txt'), 'utf8');
    expect(fout).toContain('FUZZ_SEED=7 FUZZ_ONLY=1');
    expect(fout).toContain('[stacktrace]');
    expect(existsSync(join(repro, result.failures[1]!.target))).toBe(true);
    expect(readdirSync(repro)).toContain('.git');
  });

  it('a real .docx from swa passes, and the same file with U+FFFF in document.xml fails', async () => {
    const { renderFile } = await import('../../src/render/render-document.js');
    const { checkSource } = await import('../../src/core/check.js');
    const { compileTemplates } = await import('../../src/render/template-set.js');
    const { loadTemplates } = await import('../../src/render/load-templates.js');
    const { unzipSync } = await import('fflate');
    const example = join(ROOT, 'examples/voorbeeldstad.yaml');
    const check = checkSource(example, readFileSync(example), { today: '2026-06-01' });
    const [document] = (await renderFile(check, compileTemplates(await loadTemplates(null)), { perPartner: false, generator: 'swa test' })).documents;
    expect(checkDocx('voorbeeld.docx', document!.bytes)).toEqual([]);
    const parts = unzipSync(document!.bytes);
    const xml = new TextDecoder().decode(parts['word/document.xml']);
    parts['word/document.xml'] = strToU8(xml.replace('Voorbeeldstad', 'Voorbeeld\uffffstad'));
    expect(checkDocx('bedorven.docx', zipSync(parts)).map(([k]) => k)).toEqual(['docx-teken']);
  });

  it('mutations are determined by the seed alone', () => {
    const example = readFileSync(join(ROOT, 'examples/voorbeeldstad.yaml'));
    const once = mutate(example, rng(42));
    const again = mutate(example, rng(42));
    expect(again.steps).toEqual(once.steps);
    expect(Buffer.compare(again.bytes, once.bytes)).toBe(0);
    expect(Buffer.compare(mutate(example, rng(43)).bytes, once.bytes)).not.toBe(0);
  });
});

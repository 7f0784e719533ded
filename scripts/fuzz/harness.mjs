// The fuzzer behind `npm run fuzz` and test/fuzz/fuzz.test.ts: mutates the example agreement files
// as an attacker (or a clumsy editor) might, runs the built swa on each and checks the promises of
// SECURITY.md that hold for any input: a documented exit code, no stack trace, machine-readable
// reports that parse, and for every file check accepts, a render whose XML parts are well-formed.
// Bulk runs call the CLI in-process (dist/swa/program.js `run`); every `spawnEvery`-th case also
// spawns the real binary, so start-up, stdout/stderr and exit codes are exercised as users see them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin/swa.js');
const TODAY = '2026-06-01';

// ---------------------------------------------------------------- random numbers (seeded, replayable)

/** mulberry32: small, fast, good enough to pick mutations; one generator per case so a case replays alone. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)], chance: (p) => next() < p };
}

function caseSeed(seed, index) {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

// ---------------------------------------------------------------- hostile material

const B = (...bytes) => Buffer.from(bytes);
const S = (text) => Buffer.from(text, 'utf8');

/** Characters and bytes from issue 9 and the YAML spec's corners. */
const HOSTILE = [
  B(0x00),
  S('\u001b[2J'),
  S('\u001b]0;titel\u0007'),
  S('\r'),
  S('\r\n'),
  S('\t'),
  B(0x0b),
  B(0x0c),
  B(0x7f),
  S('\u0085'),
  S('\ufffe'),
  S('\uffff'),
  S('\u{1fffe}'),
  S('\u{10ffff}'),
  S('\ufdd0'),
  S('\u202e'),
  S('\u2066'),
  S('\u200b'),
  S('\u2028'),
  B(0xed, 0xa0, 0x80),
  B(0xed, 0xbf, 0xbf),
  B(0xc0, 0xaf),
  B(0xff),
  B(0xfe),
  B(0x80),
  B(0xef, 0xbb, 0xbf),
  B(0xfe, 0xff),
  B(0xff, 0xfe),
  B(0x00, 0x00, 0xfe, 0xff),
  B(0xff, 0xfe, 0x00, 0x00),
  S('&a '),
  S('*a'),
  S('<<: *a\n'),
  S('!!binary '),
  S('!!timestamp '),
  S('!!set '),
  S('!!python/object '),
  S('!<tag:x> '),
  S('"'),
  S("'"),
  S('{'),
  S('}'),
  S('['),
  S(']'),
  S(': '),
  S('- '),
  S('#'),
  S('|'),
  S('>'),
  S('? '),
  S(','),
  S('%YAML 1.1\n'),
  S('---\n'),
  S('...\n'),
  S('::error file=README.md,line=1::INJECTED'),
  S('\n::warning::x\n'),
  S('<w:p>'),
  S(']]>'),
  S('&#xFFFF;'),
  S('{{log "x"}}'),
  S('&amp;'),
  S('\\'),
  S('e\u0301'),
  S('\u{1f600}'),
  S('ÿ'),
  S('é'),
];

/** Whole values that are valid YAML but hostile to what comes after the parser. */
const HOSTILE_VALUES = [
  '"\\uFFFF"',
  '"x\\uFFFEy"',
  '"\\u0001\\u0008\\u000B\\u001F"',
  '"a\\uDFFFb"',
  '"\\U0010FFFF\\U0001FFFE\\uFDD0"',
  '"\\x1b[31mrood"',
  '"\\0\\e\\x7f"',
  '"\\uFFFE\\uFFFF"',
  '"\\uD800"',
  '"a\\u202Eevil"',
  '"\\r\\n\\r"',
  '"::error file=x,line=1::INJECTED"',
  '"\\e]0;x\\a"',
  '"<w:t>x</w:t>]]>&amp;"',
  '\'{{log "x"}}\'',
  '!!binary aGVsbG8=',
  '!!timestamp 2001-12-14t21:59:43.10-05:00',
  '!!set {a, b}',
  '~',
  'null',
  '.nan',
  '-.inf',
  '0x1F',
  '1e400',
  '2026-02-30',
  '[]',
  '{}',
  '""',
  "''",
  '&x [*x]',
  '|\n  regel\n\n  regel',
  '>-\n  gevouwen',
];

const LINES_OF = (text) => text.split(/(?<=\n)/);

// ---------------------------------------------------------------- mutations

/** One mutation of `bytes`; returns the new bytes and a short description. */
function mutateOnce(bytes, r) {
  const text = bytes.toString('latin1'); // byte-preserving: every byte is one char
  const lines = LINES_OF(text);
  const at = () => r.int(lines.length);
  // Hostile values (8) get four times the weight of the others: they are what reaches rules,
  // reports and render intact, where a random byte mostly breaks the YAML before it gets there.
  const roll = r.int(17);
  const kind = roll >= 14 ? 8 : roll;
  switch (kind) {
    case 0: {
      const i = at();
      const n = 1 + r.int(3);
      lines.splice(i, n);
      return [Buffer.from(lines.join(''), 'latin1'), `regels ${i + 1}–${i + n} weg`];
    }
    case 1: {
      const i = at();
      const times = r.chance(0.1) ? 200 + r.int(2000) : 1 + r.int(3);
      lines.splice(i, 0, ...Array(times).fill(lines[i] ?? ''));
      return [Buffer.from(lines.join(''), 'latin1'), `regel ${i + 1} ${times}× extra`];
    }
    case 2: {
      const i = at();
      const j = at();
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return [Buffer.from(lines.join(''), 'latin1'), `regels ${i + 1} en ${j + 1} verwisseld`];
    }
    case 3: {
      const i = at();
      const line = lines[i] ?? '';
      const indent = r.pick(['', ' ', '  ', '    ', '\t', '   ', '          ']);
      lines[i] = r.chance(0.5) ? indent + line : line.replace(/^[ \t]*/, indent);
      return [Buffer.from(lines.join(''), 'latin1'), `regel ${i + 1} anders ingesprongen`];
    }
    case 4:
    case 5:
    case 6: {
      const piece = r.chance(0.8) ? r.pick(HOSTILE) : Buffer.from(Array.from({ length: 1 + r.int(8) }, () => r.int(256)));
      const position = r.int(bytes.length + 1);
      return [Buffer.concat([bytes.subarray(0, position), piece, bytes.subarray(position)]), `bytes ${piece.toString('hex')} op byte ${position}`];
    }
    case 7: {
      const position = r.int(bytes.length + 1);
      return [bytes.subarray(0, position), `afgekapt op byte ${position}`];
    }
    case 8: {
      // A scalar value replaced by a hostile one (keeps the key, so the value reaches rules and render).
      // Mostly a value that is prose (words with spaces): free text passes the schema and is rendered.
      const prose = r.chance(0.75);
      // (Lines keep their "\n"; strip it first, or $ never matches.)
      const candidates = lines
        .map((l, i) => [l.replace(/\r?\n$/, ''), i])
        .filter(([l]) => (prose ? /^\s*(- )?[a-z_]+: [A-Za-zÀ-ÿ][^#"\n]* [^#"\n]*$/ : /^\s*(- )?[a-z_]+: \S/).test(l));
      if (candidates.length === 0) return [bytes, 'geen waarde gevonden'];
      const [line, i] = r.pick(candidates);
      const value = r.pick(HOSTILE_VALUES);
      const indent = /^\s*/.exec(line)[0];
      lines[i] = `${line.replace(/: .*$/, `: ${value.replace(/\n/g, `\n${indent}    `)}`)}\n`;
      return [Buffer.from(lines.join(''), 'latin1'), `waarde op regel ${i + 1}: ${value.slice(0, 30)}`];
    }
    case 9: {
      const depth = r.pick([50, 500, 1000, 5000]);
      const nested = r.chance(0.5)
        ? `diep: ${'['.repeat(depth)}${']'.repeat(depth)}\n`
        : `diep:\n${Array.from({ length: Math.min(depth, 800) }, (_, k) => `${' '.repeat(k + 1)}k:\n`).join('')}`;
      lines.splice(at(), 0, nested);
      return [Buffer.from(lines.join(''), 'latin1'), `nesting ${depth} diep`];
    }
    case 10: {
      // Anchors and aliases: a small "billion laughs".
      const laughs = `lol0: &l0 [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 6 }, (_, k) => `lol${k + 1}: &l${k + 1} [*l${k}, *l${k}, *l${k}, *l${k}, *l${k}, *l${k}, *l${k}, *l${k}, *l${k}, *l${k}]\n`).join('')}`;
      const choice = r.chance(0.5) ? laughs : `anker: &a {x: 1}\nweer: *a\nonbekend: *nergens\nzelf: &z [*z]\n`;
      lines.splice(at(), 0, choice);
      return [Buffer.from(lines.join(''), 'latin1'), r.chance(0.5) ? 'ankers en aliassen' : 'billion laughs'];
    }
    case 11: {
      const n = r.pick([100, 5000, 60000]);
      const list = `stappen:\n${'  - x\n'.repeat(n)}`;
      const target = lines.findIndex((l) => /^\s*stappen:/.test(l));
      if (target >= 0 && r.chance(0.7)) {
        const indent = /^\s*/.exec(lines[target])[0];
        lines.splice(target + 1, 0, `${indent}  - niveau: x\n${indent}    wie: y\n`.repeat(Math.min(n, 2000)));
      } else lines.push(list);
      return [Buffer.from(lines.join(''), 'latin1'), `${n} lijstitems`];
    }
    case 12: {
      const candidates = lines.map((l, i) => [l.replace(/\r?\n$/, ''), i]).filter(([l]) => /^\s*(- )?[a-z_]+: \S/.test(l));
      if (candidates.length === 0) return [bytes, 'geen waarde gevonden'];
      const [line, i] = r.pick(candidates);
      const long = r.chance(0.5) ? `"${'\\n'.repeat(r.pick([100, 20000]))}"` : `"${'lang '.repeat(r.pick([1000, 50000]))}"`;
      lines[i] = `${line.replace(/: .*$/, `: ${long}`)}\n`;
      return [Buffer.from(lines.join(''), 'latin1'), `lange waarde op regel ${i + 1}`];
    }
    default: {
      // A key made of hostile characters (keys are quoted in findings about unknown keys).
      const key = `"x${r.pick(['\\n::error file=README.md,line=1::INJECTED', '\\e[2J', '\\u202Eevil', '\\0', '\\uFFFF', '\\r'])}"`;
      const i = at();
      const indent = /^\s*/.exec(lines[i] ?? '')[0];
      lines.splice(i, 0, `${indent}${key}: waarde\n`);
      return [Buffer.from(lines.join(''), 'latin1'), `vijandige sleutel op regel ${i + 1}`];
    }
  }
}

/** 1–4 mutations in a row. */
export function mutate(bytes, r) {
  const steps = [];
  let current = bytes;
  for (let n = 1 + r.int(r.chance(0.2) ? 4 : 2); n > 0; n -= 1) {
    const [next, description] = mutateOnce(current, r);
    current = next;
    steps.push(description);
  }
  return { bytes: current, steps };
}

// ---------------------------------------------------------------- the checks (pure: output in, problems out)

/** Node's stack frames, our own "internal error" wording, a bare Error: from an uncaught throw. */
const STACK = /^\s+at .+:\d+:\d+\)?$|interne fout|\bError:|\bTypeError\b|\bRangeError\b|Maximum call stack/m;
/** XML 1.0 Char production: anything else makes the document unreadable for Word and LibreOffice. */
const XML_INVALID = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Problems with one run's exit code and output; each problem is [category, detail]. */
export function checkRun(run, format) {
  const problems = [];
  if (![0, 1, 2].includes(run.code)) problems.push(['exitcode', `exitcode ${run.code}`]);
  for (const [name, text] of [
    ['stderr', run.stderr],
    ['stdout', run.stdout],
  ]) {
    const match = STACK.exec(text);
    if (match) problems.push(['stacktrace', `${name}: ${JSON.stringify(text.slice(Math.max(0, match.index - 80), match.index + 160))}`]);
  }
  if (run.code === 2 || run.stdout === '') return problems;
  if (format === 'json' || format === 'sarif') {
    try {
      JSON.parse(run.stdout);
    } catch (error) {
      problems.push([`${format}-ongeldig`, String(error.message).slice(0, 200)]);
    }
  }
  if (format === 'junit') {
    const valid = XMLValidator.validate(run.stdout);
    if (valid !== true) problems.push(['junit-ongeldig', JSON.stringify(valid.err).slice(0, 200)]);
    const bad = XML_INVALID.exec(run.stdout);
    if (bad) problems.push(['junit-teken', `U+${bad[0].codePointAt(0).toString(16).toUpperCase()} op positie ${bad.index}`]);
  }
  if (format === 'text') {
    // Issue 9 item 7: input must not start a log line or reach the terminal as a control sequence.
    const control = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u.exec(run.stdout + run.stderr);
    if (control) problems.push(['tekst-stuurteken', `U+${control[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0')} in de tekstuitvoer`]);
    if (/^::[a-z-]+/m.test(run.stdout + run.stderr)) problems.push(['tekst-stuurteken', 'een regel begint met een workflow-opdracht (::…)']);
  }
  return problems;
}

/** Problems with one .docx: it must unzip, and every XML part must be well-formed UTF-8 XML 1.0. */
export function checkDocx(name, bytes) {
  const problems = [];
  let parts;
  try {
    parts = unzipSync(bytes);
  } catch (error) {
    return [['docx-zip', `${name}: ${error.message}`]];
  }
  for (const [part, content] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(part)) continue;
    let text;
    try {
      text = UTF8.decode(content);
    } catch {
      problems.push(['docx-xml', `${name}/${part}: geen geldige UTF-8`]);
      continue;
    }
    const bad = XML_INVALID.exec(text);
    if (bad) problems.push(['docx-teken', `${name}/${part}: U+${bad[0].codePointAt(0).toString(16).toUpperCase()} op positie ${bad.index}`]);
    const valid = XMLValidator.validate(text);
    if (valid !== true) problems.push(['docx-xml', `${name}/${part}: ${valid.err.msg} (regel ${valid.err.line})`]);
  }
  return problems;
}

// ---------------------------------------------------------------- running swa

/** Runs the CLI in-process with captured streams; `program` is dist/swa/program.js. */
async function runInProcess(program, args, cwd) {
  let stdout = '';
  let stderr = '';
  const sink = (append) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(chunk.toString());
        done();
      },
    });
  const io = {
    stdout: Object.assign(
      sink((t) => (stdout += t)),
      { isTTY: false },
    ),
    stderr: Object.assign(
      sink((t) => (stderr += t)),
      { isTTY: false },
    ),
    stdin: Object.assign(Readable.from([]), { isTTY: false }),
    env: { NO_COLOR: '1' },
    cwd,
  };
  let code;
  try {
    code = await program.run(args, io);
  } catch (error) {
    // run() promises to return, never throw: a throw is a crash and shows as one.
    code = 'geworpen';
    stderr += `\nError: ${error?.stack ?? error}`;
  }
  return { code, stdout, stderr };
}

function runSpawned(args, cwd, timeoutMs) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_ACTIONS: undefined },
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 512 * 1024 * 1024,
  });
  return {
    code: result.error?.code === 'ETIMEDOUT' || result.signal ? `hangt (${result.signal ?? 'timeout'})` : result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
  };
}

/** A case that awaits forever (a FIFO, a stream without end) is reported; one that spins without awaiting blocks the event loop and can only be caught when spawned (spawnSync has a hard timeout). */
async function withTimeout(promise, ms, label) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`HANG: ${label} duurde langer dan ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------- the examples and one case

function loadExamples() {
  const read = (path) => readFileSync(join(ROOT, path));
  const regio = 'examples/regio-voorbeeld';
  const gemeenten = readdirSync(join(ROOT, regio, 'gemeenten'))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  return {
    single: { 'afspraken.yaml': read('examples/voorbeeldstad.yaml') },
    regio: Object.fromEntries([
      ['regio-waterland-zuid.yaml', read(`${regio}/regio-waterland-zuid.yaml`)],
      ...gemeenten.map((g) => [`gemeenten/${g}`, read(`${regio}/gemeenten/${g}`)]),
    ]),
  };
}

/** Builds case `index`: which files, which one mutated how, which file to check. Pure given the seed. */
function buildCase(examples, seed, index) {
  const r = rng(caseSeed(seed, index));
  const regio = r.chance(0.35);
  const files = { ...(regio ? examples.regio : examples.single) };
  const names = Object.keys(files);
  const mutated = r.pick(names);
  const { bytes, steps } = mutate(files[mutated], r);
  files[mutated] = bytes;
  // A mutated gemeente file is the one checked; a mutated base is reached through a gemeente.
  const target = !regio ? 'afspraken.yaml' : mutated.startsWith('gemeenten/') ? mutated : r.pick(names.filter((n) => n.startsWith('gemeenten/')));
  return { index, files, mutated, target, steps, perPartner: r.chance(0.15), regio };
}

function writeCase(dir, kase) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, '.git'), { recursive: true }); // the repository root for `extends`
  for (const [name, bytes] of Object.entries(kase.files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
}

const FORMATS = ['text', 'json', 'sarif', 'junit'];

/**
 * Runs one case; returns its problems ([category, detail]) and the exit codes seen. `cli(args, cwd)`
 * runs swa and resolves to {code, stdout, stderr} (in-process or spawned).
 */
async function runCase(kase, dir, cli, { timeoutMs, allFormats = true }) {
  writeCase(dir, kase);
  // json decides whether check accepted the file; with allFormats off one other format takes turns.
  const formats = allFormats ? FORMATS : ['json', ['text', 'sarif', 'junit'][kase.index % 3]];
  const problems = [];
  const codes = {};
  let accepted = false;
  let hasError = false;
  for (const format of formats) {
    const args = ['check', kase.target, '--datum', TODAY, ...(format === 'text' ? [] : ['--format', format])];
    let run;
    try {
      run = await withTimeout(cli(args, dir), timeoutMs, `swa ${args.join(' ')}`);
    } catch (error) {
      problems.push(['hangt', error.message]);
      return { problems, codes };
    }
    codes[`check-${format}`] = run.code;
    problems.push(...checkRun(run, format).map(([category, detail]) => [category, `swa ${args.join(' ')}: ${detail}`]));
    if (format === 'json') {
      accepted = run.code === 0 || run.code === 1;
      try {
        hasError = run.code === 1 || JSON.parse(run.stdout).summary.findings.fout > 0;
      } catch {
        hasError = true;
      }
    }
  }
  if (!accepted) return { problems, codes };

  const out = join(dir, 'documenten');
  const args = ['render', kase.target, '--out', 'documenten', '--datum', TODAY, '--quiet', ...(kase.perPartner ? ['--per-partner'] : [])];
  let run;
  try {
    run = await withTimeout(cli(args, dir), timeoutMs * 4, `swa ${args.join(' ')}`);
  } catch (error) {
    problems.push(['hangt', error.message]);
    return { problems, codes };
  }
  codes.render = run.code;
  problems.push(...checkRun(run, 'render').map(([category, detail]) => [category, `swa ${args.join(' ')}: ${detail}`]));
  // Check accepted the file (exit 0 or 1): render may refuse it only for the errors check reported
  // (YAML or schema errors give exit 1), never with exit 2 (a template error or a crash).
  if (run.code === 2)
    problems.push(['render-mislukt', `swa ${args.join(' ')}: exitcode 2 terwijl check ${codes['check-json']} gaf: ${run.stderr.trim().slice(0, 300)}`]);
  if (run.code === 1 && !hasError)
    problems.push(['render-mislukt', `swa ${args.join(' ')}: geweigerd zonder fouten in check: ${run.stderr.trim().slice(0, 300)}`]);
  let documents = [];
  try {
    documents = readdirSync(out).filter((f) => f.endsWith('.docx'));
  } catch {
    // nothing written
  }
  if (run.code === 0 && documents.length === 0) problems.push(['render-mislukt', `swa ${args.join(' ')}: exitcode 0 maar geen document`]);
  for (const name of documents) problems.push(...checkDocx(name, readFileSync(join(out, name))));
  return { problems, codes };
}

// ---------------------------------------------------------------- the run

/**
 * Runs `cases` seeded cases. Returns the figures; failures are written (files, command, problems)
 * under `reproDir`/case-<n>/ so one can be replayed with FUZZ_SEED=<seed> FUZZ_ONLY=<n>.
 */
export async function runFuzz({
  seed,
  cases,
  only = null,
  spawnEvery = 50,
  reproDir,
  timeoutMs = 20_000,
  budgetMs = Infinity,
  allFormats = true,
  log = () => {},
  program = null,
  cli = null,
}) {
  const examples = loadExamples();
  const swaProgram = program ?? (await import(pathToFileURL(join(ROOT, 'dist/swa/program.js')).href));
  const work = mkdtempSync(join(tmpdir(), 'swa-fuzz-'));
  const started = Date.now();
  const exitCodes = {};
  const failures = [];
  let spawned = 0;
  let ran = 0;
  const indices = only === null ? Array.from({ length: cases }, (_, i) => i) : [only];
  try {
    for (const index of indices) {
      // A time budget (for the test suite on a busy machine): stop early, and say so in the figures.
      if (Date.now() - started > budgetMs) break;
      ran += 1;
      const kase = buildCase(examples, seed, index);
      const spawn = spawnEvery > 0 && index % spawnEvery === 0;
      const runner = cli ?? (spawn ? async (args, cwd) => runSpawned(args, cwd, timeoutMs) : (args, cwd) => runInProcess(swaProgram, args, cwd));
      if (spawn) spawned += 1;
      const dir = join(work, 'case');
      const { problems, codes } = await runCase(kase, dir, runner, { timeoutMs, allFormats: allFormats || spawn });
      for (const [step, code] of Object.entries(codes)) {
        exitCodes[step] ??= {};
        exitCodes[step][code] = (exitCodes[step][code] ?? 0) + 1;
      }
      if (problems.length > 0) {
        const repro = reproDir ? join(reproDir, `case-${index}`) : null;
        if (repro) {
          writeCase(repro, kase);
          rmSync(join(repro, '.git'), { recursive: true, force: true });
          mkdirSync(join(repro, '.git'));
          writeFileSync(
            join(repro, 'FOUT.txt'),
            [
              `seed ${seed}, case ${index} (FUZZ_SEED=${seed} FUZZ_ONLY=${index} npm run fuzz)`,
              `mutaties van ${kase.mutated}: ${kase.steps.join('; ')}`,
              `gecontroleerd: ${kase.target}${kase.perPartner ? ' (render --per-partner)' : ''}`,
              `in dit proces: ${spawn ? 'nee (gestart als eigen proces)' : 'ja'}`,
              '',
              ...problems.map(([c, d]) => `[${c}] ${d}`),
              '',
            ].join('\n'),
          );
        }
        failures.push({ index, steps: kase.steps, mutated: kase.mutated, target: kase.target, problems, repro });
        log(`✗ case ${index}: ${[...new Set(problems.map(([c]) => c))].join(', ')}${repro ? ` → ${relative(process.cwd(), repro) || repro}` : ''}`);
      }
      if ((index + 1) % 500 === 0) log(`… ${index + 1} cases, ${failures.length} met problemen, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const byCategory = {};
  for (const failure of failures) for (const category of new Set(failure.problems.map(([c]) => c))) (byCategory[category] ??= []).push(failure.index);
  return { seed, cases: ran, spawned, seconds: (Date.now() - started) / 1000, exitCodes, failures, byCategory };
}

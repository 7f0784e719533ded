import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/load/parse-yaml.js';
import { gekruldeAanhalingstekens } from '../../src/core/rules/gekrulde-aanhalingstekens.js';
import type { RuleFinding } from '../../src/core/rules/define-rule.js';

// Word turns " into “ ”. Two places warn about it: a YAML error on a line with curly quotes gets a
// hint, and a value wrapped in them (which YAML accepts as text) is a warning at that value.

const HINT = 'op deze regel staan gekrulde aanhalingstekens';

function yamlErrors(text: string): Array<{ line: number; message: string }> {
  return parseYaml(text, 'g.yaml').findings.map((f) => ({ line: f.line, message: f.message }));
}

describe('the curly-quote hint on a YAML error', () => {
  it('is given when the line with the error has curly quotes', () => {
    const errors = yamlErrors('gemeente:\n  naam: “Toetsdorp”: gemeente\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(2);
    expect(errors[0]!.message).toContain(HINT);
  });

  it('names single curly quotes as single, and an apostrophe inside a word is no quote', () => {
    const [single] = yamlErrors('gemeente:\n  naam: ‘Toetsdorp’: gemeente\n');
    expect(single!.message).toContain('(‘ ’, enkele)');
    expect(single!.message).not.toContain('“');
    const [apostrophe] = yamlErrors('gemeente:\n  naam: GI’s: gemeente\n');
    expect(apostrophe!.message).not.toContain(HINT);
  });

  it('is not given when only the lines around the error have them', () => {
    const errors = yamlErrors('a: “voor”\ngemeente:\n  naam: Toets: dorp\nb: “na”\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(3);
    expect(errors[0]!.message).not.toContain(HINT);
  });

  it('is not given for an error on a line with straight quotes only', () => {
    const [error] = yamlErrors('gemeente:\n  naam: "Toetsdorp": gemeente\n');
    expect(error!.message).not.toContain(HINT);
  });

  it('a text opened with " and closed with ” is reported where it opens, with its own message', () => {
    const errors = yamlErrors('document:\n  versie: "1.0”\n  status: concept\nvisie: {}\n');
    expect(errors).toEqual([{ line: 2, message: expect.stringContaining('eindigt met een gekruld aanhalingsteken (”)') }]);
  });
});

function warnings(data: Record<string, unknown>): RuleFinding[] {
  const found: RuleFinding[] = [];
  gekruldeAanhalingstekens.run({ data, today: '2026-11-23', report: (f) => found.push(f) });
  return found;
}

describe('a value wrapped in curly quotes', () => {
  it('is a warning at that value, with the onderdeel of its path', () => {
    const found = warnings({ afspraken: { e_nieuwe_zorgen_na_ots: [{ tekst: '“Het lokaal team belt binnen 5 werkdagen.”' }] } });
    expect(found).toEqual([expect.objectContaining({ path: ['afspraken', 'e_nieuwe_zorgen_na_ots', 0, 'tekst'], onderdeel: 'e', at: 'value' })]);
    expect(found[0]!.message).toContain('gekrulde aanhalingstekens');
  });

  it('is found at any depth, in lists and maps, each once', () => {
    const found = warnings({
      document: { versie: '„1.0”' },
      partners: {
        gi: [
          { id: 'jbt', naam: 'Jeugdbescherming' },
          { id: 'wss', naam: '‘William Schrikker’' },
        ],
      },
    });
    expect(found.map((f) => f.path)).toEqual([
      ['document', 'versie'],
      ['partners', 'gi', 1, 'naam'],
    ]);
  });

  it('allows leading and trailing spaces and text over several lines', () => {
    expect(warnings({ a: '  “eerste regel\ntweede regel”  ' })).toHaveLength(1);
  });

  it('is not a quote inside the text, a half-wrapped text, or a value that is not text', () => {
    expect(
      warnings({
        a: 'De zogeheten “warme overdracht” volgt.',
        b: '“Alleen een begin',
        c: 'Alleen een eind”',
        d: 42,
        e: null,
        f: true,
        g: [],
        h: '"rechte aanhalingstekens"',
      }),
    ).toEqual([]);
  });
});

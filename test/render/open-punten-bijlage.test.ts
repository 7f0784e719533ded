import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildModel } from '../../src/core/model/build-model.js';
import { blocksUse } from '../../src/core/rules/catalog.js';
import { DOCUMENT_VELDEN, GEGEVENS, PLACEHOLDER_AFSPRAAK, PLACEHOLDER_GEGEVEN } from '../../src/core/domain/open-punten.js';
import { afspraakNummers, openPuntTekst } from '../../src/render/open-punt-tekst.js';
import { ROOT } from '../helpers/cli.js';
import { checkAndRender } from '../helpers/render-in-process.js';
import { openDocx } from './docx-reader.js';

/**
 * The appendix "Open punten" is written for the partners who read the concept: plain Dutch with
 * agreement numbers and onderdeel titles, partner names, whole words; no YAML keys, ids or line
 * numbers (those stay in `swa check`).
 */
const CHECK_FIXTURES = join(ROOT, 'test/fixtures/check');
const sources = [
  join(ROOT, 'examples/concept-middenwaard.yaml'),
  ...readdirSync(CHECK_FIXTURES)
    .map((name) => join(CHECK_FIXTURES, name, 'afspraken.yaml'))
    .filter((path) => existsSync(path)),
];

interface Appendix {
  source: string;
  partner: string | null;
  header: string[];
  rows: string[];
}

async function appendices(): Promise<Appendix[]> {
  const found: Appendix[] = [];
  for (const source of sources) {
    let rendered: Awaited<ReturnType<typeof checkAndRender>>;
    try {
      rendered = await checkAndRender(readFileSync(source, 'utf8'));
    } catch {
      continue;
    }
    const { check, result } = rendered;
    // Files with YAML or schema errors are never rendered (swa render refuses them).
    if (check.findings.some((f) => blocksUse(f))) continue;
    for (const document of result.documents) {
      const table = openDocx(document.bytes).tables.find((t) => t.rows[0]?.cells[0] === 'Open punt');
      if (!table) continue;
      found.push({
        source: source.slice(ROOT.length + 1),
        partner: document.partner,
        header: table.rows[0]!.cells,
        rows: table.rows
          .slice(1)
          .filter((r) => r.cells.length > 1)
          .map((r) => r.cells[0]!),
      });
    }
  }
  return found;
}

let cached: Promise<Appendix[]> | undefined;
const all = () => (cached ??= appendices());

describe('the appendix "Open punten" speaks to the partners', () => {
  it('is made for many concepts, with many different points', async () => {
    const found = await all();
    expect(found.length).toBeGreaterThan(20);
    expect(new Set(found.flatMap((a) => a.rows)).size).toBeGreaterThan(40);
  }, 300_000);

  it('has no column of line numbers', async () => {
    for (const appendix of await all()) expect(appendix.header, appendix.source).toEqual(['Open punt', 'Ernst']);
  }, 300_000);

  it('names no YAML key, no partner id, no file line and cuts no word', async () => {
    const wrong: string[] = [];
    for (const appendix of await all()) {
      for (const row of appendix.rows) {
        const problems = [
          /`/.test(row) && 'backtick',
          /\b[a-z]+_[a-z_]+\b/.test(row) && 'sleutel met _',
          /\bgi\.[a-z0-9]/i.test(row) && 'GI-id',
          /\b(regel|line) \d+/i.test(row) && 'regelnummer',
          /\p{L}…/u.test(row) && 'afgebroken woord',
          /\[nog /.test(row) && 'placeholder',
          /\b(evaluatie|document|partners|afspraken|visie)\.[a-z]/.test(row) && 'sleutelpad',
        ].filter(Boolean);
        if (problems.length > 0) wrong.push(`${appendix.source} (${appendix.partner ?? 'integraal'}): ${problems.join(', ')}: ${row}`);
      }
    }
    expect([...new Set(wrong)]).toEqual([]);
  }, 300_000);

  it('says for each point what kind of point it is, mostly "Nog af te spreken" or "Nog in te vullen"', async () => {
    const rows = (await all()).flatMap((a) => a.rows);
    const labelled = rows.filter(
      (row) => /^(Nog af te spreken|Nog in te vullen|Na te gaan): /.test(row) || /(Nog af te spreken|klopt niet|blijft het een concept)/.test(row),
    );
    expect([...new Set(rows.filter((row) => !labelled.includes(row)))]).toEqual([]);
    // Agreements by their number, as the document shows them.
    expect(rows.some((row) => /^Nog af te spreken: afspraak [a-j](\.[iv]+)?\.\d+ over /.test(row))).toBe(true);
  }, 300_000);
});

describe('a rule the appendix has no sentence of its own for', () => {
  const data = parse(readFileSync(join(ROOT, 'examples/concept-middenwaard.yaml'), 'utf8')) as unknown;
  const context = { data, model: buildModel(data), partner: null };
  const finding = (rule: string, path: Array<string | number>) => ({
    rule,
    path,
    severity: 'fout' as const,
    onderdeel: null,
    message: 'Zet `x.y` goed.',
    file: 'a.yaml',
    line: 3,
    column: 1,
  });

  it('gets its catalogue title in plain words, with the agreement it lies in', () => {
    const tekst = openPuntTekst(finding('detail-placeholder-nieuw', ['afspraken', 'a_advies_en_ondersteuning', 'rvdk', 'hoe']), context);
    expect(tekst).not.toMatch(/`|x\.y|a_advies/);
    expect(tekst).toContain('afspraak a.4');
  });

  it('a problem with the base file is for whoever keeps the files, without its key', () => {
    expect(openPuntTekst(finding('extends-niet-gevonden', ['extends']), context)).not.toMatch(/`|extends/);
  });
});

describe('agreement numbers in the appendix', () => {
  it('are the numbers the document gives the agreements', () => {
    for (const source of sources) {
      const text = readFileSync(source, 'utf8');
      let data: unknown;
      try {
        data = parse(text);
      } catch {
        continue;
      }
      const model = buildModel(data);
      const fromModel = [
        ...model.onderdelen.flatMap((o) => o.onderwerpen.flatMap((w) => w.afspraken.map((a) => a.nummer))),
        ...model.escalatie.acuut.map((a) => a.nummer),
      ].sort();
      expect(
        afspraakNummers(data)
          .map((a) => a.nummer)
          .sort(),
        source,
      ).toEqual(fromModel);
    }
  });
});

describe('"nog af te spreken" for agreements, "nog in te vullen" for facts', () => {
  const templates = readdirSync(join(ROOT, 'templates'))
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => readFileSync(join(ROOT, 'templates', f), 'utf8').replace(/\{\{!--[\s\S]*?--\}\}/g, ''))
    .join('\n');

  it('every {{waarde}} of a fact shows "[nog in te vullen]", of an agreement "[nog af te spreken …]"', () => {
    const uses = [...templates.matchAll(/\{\{waarde ([\w.@]+)(?: "([^"]*)")?\}\}/g)].map((m) => ({ veld: m[1]!, tekst: m[2] ?? `${PLACEHOLDER_AFSPRAAK}]` }));
    expect(uses.length).toBeGreaterThan(10);
    for (const { veld, tekst } of uses) {
      expect(tekst.startsWith(GEGEVENS.has(veld) ? PLACEHOLDER_GEGEVEN : PLACEHOLDER_AFSPRAAK), `{{waarde ${veld}}} toont ${tekst}`).toBe(true);
    }
  });

  it('names only fields of DOCUMENT_VELDEN as facts', () => {
    for (const veld of GEGEVENS)
      expect(
        DOCUMENT_VELDEN.some((v) => v.veld === veld),
        veld,
      ).toBe(true);
  });

  it('shows a missing partner name as a fact to fill in, not as something to agree on', async () => {
    const yaml = readFileSync(join(ROOT, 'examples/voorbeeldstad.yaml'), 'utf8').replace(
      '  lokaal_team:\n    naam: Sociaal Wijkteam Voorbeeldstad\n',
      '  lokaal_team:\n',
    );
    expect(yaml).not.toContain('naam: Sociaal Wijkteam Voorbeeldstad');
    const { result } = await checkAndRender(yaml);
    const organisaties = openDocx(result.documents[0]!.bytes).tables.find((t) => t.rows[0]?.cells[0] === 'Organisatie')!;
    expect(organisaties.rows.filter((row) => /^\[nog in te vullen\]/.test(row.cells[0]!))).toHaveLength(1);
    expect(organisaties.rows.flatMap((row) => row.cells).join('\n')).not.toContain('[nog af te spreken');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource, type FileCheck } from '../../src/core/check.js';
import { NA_AFLOOP_STANDAARD } from '../../src/core/model/build-model.js';
import type { PartnerKey } from '../../src/core/model/types.js';
import { renderFile, type RenderResult } from '../../src/render/render-document.js';
import { ROOT } from '../helpers/cli.js';
import { builtInTemplates, documentText, PLACEHOLDER, showsPlaceholder } from '../helpers/render-in-process.js';
import { headings, openDocx } from './docx-reader.js';

/**
 * The parts beyond §6c: informatiedeling (§6a.3), meldcode, the gemeente as party and
 * opdrachtgever, further partners, begrippen, bijlagen and the clause after the looptijd. Each is
 * optional: open, it is a waarschuwing (or a tip) and the document leaves it out; only what would
 * make the document wrong (a further partner without a name, a bijlage file that is not there) is
 * a fout, and only that is shown as open.
 */
const COMPLEET = readFileSync(join(ROOT, 'test/fixtures/check/compleet/afspraken.yaml'), 'utf8');
/** The complete fixture without the new sections it ends with. */
const KERN = COMPLEET.slice(0, COMPLEET.indexOf('meldcode:\n'));

async function render(yaml: string, checkFile?: (path: string) => void): Promise<{ check: FileCheck; result: RenderResult }> {
  const check = checkSource('afspraken.yaml', new TextEncoder().encode(yaml), { today: '2026-11-23', ...(checkFile ? { checkFile } : {}) });
  const result = await renderFile(check, await builtInTemplates(), { perPartner: true, generator: 'swa test' });
  return { check, result };
}
const docOf = (result: RenderResult, partner: PartnerKey | null) => result.documents.find((d) => d.partner === partner)!;
const textOf = (result: RenderResult, partner: PartnerKey | null = null) => documentText(docOf(result, partner).bytes);
const rules = (check: FileCheck) => check.findings.map((f) => `${f.severity} ${f.rule}`);

const INFORMATIEDELING = `informatiedeling:
  stromen:
    - moment: Overdracht door Veilig Thuis
      wat: De melding en de veiligheidsvoorwaarden.
      van: veilig_thuis
      naar: lokaal_team
      grondslag: Wmo 2015, artikel 5.2.6
      toestemming: met_tenzij
      gezin_informeren: In het driegesprek met het gezin.
  pia:
    status: uitgevoerd
meldcode:
  naam: Meldcode huiselijk geweld en kindermishandeling
`;

describe('a file without the new parts (as every file before them)', () => {
  it('stays free of fouten: a warning for informatiedeling citing §6a.3 and a tip for the meldcode', async () => {
    const { check, result } = await render(KERN);
    expect(rules(check)).toEqual(['waarschuwing informatiedeling-ontbreekt', 'info meldcode-ontbreekt']);
    expect(check.findings[0]!.message).toContain('§6a.3');
    expect(check.findings[0]!.message).toContain('wettelijke grondslagen');
    // A warning keeps every document a concept, and none shows a placeholder.
    expect(result.concept).toBe(true);
    for (const { partner } of result.documents) expect(textOf(result, partner), String(partner)).not.toContain(PLACEHOLDER);
  });

  it('has the gemeente as party and opdrachtgever, the meldcode in general words and the old clause after the looptijd, but no empty chapter', async () => {
    const { result } = await render(KERN);
    const text = textOf(result);
    expect(text).toContain('Gemeente Toetsdorp');
    expect(text).toContain('Opdrachtgever');
    expect(text).toContain('naadloos op elkaar aansluiten');
    expect(text).toContain('de Meldcode huiselijk geweld en kindermishandeling, zoals de Wet verplichte meldcode die voorschrijft');
    expect(text).toContain(NA_AFLOOP_STANDAARD);
    const chapters = headings(openDocx(docOf(result, null).bytes), 1).map((h) => h.replace(/^\d+\u2003/, ''));
    expect(chapters).toContain('Meldcode');
    expect(chapters).not.toContain('Informatiedeling');
    expect(chapters).not.toContain('Begrippen');
    expect(chapters).not.toContain('Bijlagen bij deze afspraken');
  });
});

describe('informatiedeling', () => {
  it('complete: no finding, a table per flow with every answer', async () => {
    const { check, result } = await render(KERN + INFORMATIEDELING);
    expect(rules(check)).toEqual([]);
    expect(result.concept).toBe(false);
    const opened = openDocx(docOf(result, null).bytes);
    const table = opened.tables.find((t) => t.rows.some((r) => r.cells[0] === 'Grondslag'))!;
    expect(table.rows.map((r) => r.cells[0])).toEqual(['Vraag', 'Welke informatie', 'Van', 'Aan', 'Grondslag', 'Toestemming', 'Hoe het gezin het hoort']);
    expect(table.rows.find((r) => r.cells[0] === 'Van')!.cells[1]).toBe('Veilig Thuis Toetsregio');
    expect(table.rows.find((r) => r.cells[0] === 'Toestemming')!.cells[1]).toContain('tenzij de veiligheid');
    expect(documentText(docOf(result, null).bytes)).toContain('privacy impact assessment (PIA) op de samenwerking uitgevoerd');
  });

  it('an open answer is a warning and a row the document leaves out, never a placeholder', async () => {
    const yaml =
      KERN + INFORMATIEDELING.replace('      grondslag: Wmo 2015, artikel 5.2.6\n', '      grondslag: TODO\n').replace('  pia:\n    status: uitgevoerd\n', '');
    const { check, result } = await render(yaml);
    expect(rules(check).sort()).toEqual(['waarschuwing informatiedeling-onvolledig', 'waarschuwing pia-ontbreekt']);
    const text = textOf(result);
    expect(text).not.toContain(PLACEHOLDER);
    expect(text).not.toContain('TODO');
    expect(text).not.toContain('Grondslag');
    expect(text).toContain('Welke informatie');
  });

  it('goes into the document of a partner that gives or gets the information, not into another partner’s', async () => {
    const { result } = await render(KERN + INFORMATIEDELING);
    expect(textOf(result, 'veilig_thuis')).toContain('Overdracht door Veilig Thuis');
    expect(textOf(result, 'rvdk')).not.toContain('Overdracht door Veilig Thuis');
  });
});

describe('the clause after the looptijd', () => {
  it('is the file’s own text when it gives one', async () => {
    const yaml = KERN.replace(/( {4}tot: .*\n)/, '$1    na_afloop: De afspraken eindigen op de einddatum.\n') + INFORMATIEDELING;
    const { check, result } = await render(yaml);
    expect(rules(check)).toEqual([]);
    expect(textOf(result)).toContain('De afspraken eindigen op de einddatum.');
    expect(textOf(result)).not.toContain(NA_AFLOOP_STANDAARD);
  });
});

describe('further partners (partners.overig)', () => {
  const metPolitie = (extra: string) =>
    KERN.replace(
      'afspraken:\n',
      `  overig:\n    - id: politie\n      rol: Politie\n      naam: Politie basisteam Toetsdorp\n      taak: De politie meldt zorgen over gezinnen bij Veilig Thuis.${extra}\nafspraken:\n`,
    ) + INFORMATIEDELING;

  it('sign and stand under Partijen with their role, without a document of their own unless they ask', async () => {
    const { check, result } = await render(metPolitie(''));
    expect(rules(check)).toEqual([]);
    const text = textOf(result);
    expect(text).toContain('Politie basisteam Toetsdorp');
    expect(text).toContain('De politie meldt zorgen over gezinnen bij Veilig Thuis.');
    expect(result.documents.map((d) => d.partner)).not.toContain('partner.politie');
  });

  it('with eigen_document get one, named after their id, holding only what concerns them; §6c coverage does not apply to them', async () => {
    const yaml = metPolitie('\n      eigen_document: true').replace(
      'informatiedeling:\n  stromen:\n',
      'informatiedeling:\n  stromen:\n    - moment: Zorgmelding\n      wat: De zorgmelding.\n      van: partner.politie\n      naar: veilig_thuis\n      grondslag: Wet politiegegevens, artikel 19\n      toestemming: zonder\n      gezin_informeren: Veilig Thuis vertelt het bij het eerste contact.\n',
    );
    const { check, result } = await render(yaml);
    // a and c name VT, RvdK and the GI's: no partner-niet-gedekt for the politie, which §6c does not name.
    expect(rules(check)).toEqual([]);
    const politie = result.documents.find((d) => d.partner === 'partner.politie')!;
    expect(politie.fileName).toBe('toetsdorp-samenwerkingsafspraken-politie.docx');
    const text = documentText(politie.bytes);
    expect(text).not.toContain(PLACEHOLDER);
    expect(text).toContain('Zorgmelding');
    expect(text).not.toContain('Overdracht door Veilig Thuis');
    expect(text).not.toContain('Veilig Thuis Toetsregio\t');
    expect(textOf(result, 'rvdk')).not.toContain('Zorgmelding');
  });

  it('without a name are a fout, shown as open', async () => {
    const { check, result } = await render(metPolitie('').replace('      naam: Politie basisteam Toetsdorp\n', ''));
    // The fixture is vastgesteld: the open name also makes that a warning.
    expect(rules(check).sort()).toEqual(['fout partner-zonder-naam', 'waarschuwing vastgesteld-met-open-punten']);
    // A name is a fact: "[nog in te vullen]".
    expect(showsPlaceholder(textOf(result))).toBe(true);
  });
});

describe('begrippen and bijlagen', () => {
  const LIJSTEN = `begrippen:
  - begrip: Driegesprek
    betekenis: Een gesprek van Veilig Thuis, het wijkteam en het gezin samen.
  - begrip: Inkennisstelling
bijlagen:
  - titel: Overdrachtsformulier
    bestand: bijlagen/overdracht.pdf
  - titel: Contactpersonenlijst
    url: https://example.org/lijst
`;

  it('show only complete terms, each bijlage by its title; an incomplete term is a warning', async () => {
    const { check, result } = await render(KERN + INFORMATIEDELING + LIJSTEN, () => undefined);
    expect(rules(check)).toEqual(['waarschuwing begrip-onvolledig']);
    const opened = openDocx(docOf(result, null).bytes);
    const begrippen = opened.tables.find((t) => t.rows[0]?.cells[0] === 'Begrip')!;
    expect(begrippen.rows.map((r) => r.cells[0])).toEqual(['Begrip', 'Driegesprek']);
    const bijlagen = opened.tables.find((t) => t.rows[0]?.cells[0] === 'Bijlage')!;
    expect(bijlagen.rows.slice(1).map((r) => r.cells[0])).toEqual(['Overdrachtsformulier', 'Contactpersonenlijst']);
    expect(bijlagen.rows[1]!.cells[1]).toContain('bijlagen/overdracht.pdf');
    expect(documentText(docOf(result, null).bytes)).not.toContain(PLACEHOLDER);
  });

  it('a bijlage whose file is not there is a fout, and the document shows it as open (no fout without a placeholder)', async () => {
    const missing = (path: string): void => {
      throw Object.assign(new Error(path), { code: 'ENOENT' });
    };
    const { check, result } = await render(KERN + INFORMATIEDELING + LIJSTEN.replace('  - begrip: Inkennisstelling\n', ''), missing);
    expect(rules(check)).toEqual(['fout bijlage-niet-gevonden']);
    expect(check.findings[0]!.path).toEqual(['bijlagen', 0, 'bestand']);
    expect(textOf(result)).toContain('[nog af te spreken: het bestand bijlagen/overdracht.pdf is niet gevonden]');
  });
});

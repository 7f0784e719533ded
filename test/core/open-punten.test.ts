import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { DOCUMENT_VELDEN, openVelden } from '../../src/core/domain/open-punten.js';
import { isCatalogued } from '../../src/core/rules/catalog.js';
import { ROOT } from '../helpers/cli.js';

const TEMPLATES = join(ROOT, 'templates');
const templateText = readdirSync(TEMPLATES)
  .filter((f) => f.endsWith('.hbs'))
  .map((f) => readFileSync(join(TEMPLATES, f), 'utf8').replace(/\{\{!--[\s\S]*?--\}\}/g, ''))
  .join('\n');

describe('DOCUMENT_VELDEN: the one list of what a document may show as open', () => {
  it('names every field the built-in templates print with {{waarde}}, as verplicht', () => {
    const used = [...templateText.matchAll(/\{\{waarde ([\w.@]+)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(5);
    for (const veld of used) {
      const entry = DOCUMENT_VELDEN.find((v) => v.veld === veld);
      expect(entry, `{{waarde ${veld}}} staat niet in DOCUMENT_VELDEN`).toBeDefined();
      expect(entry!.weergave, veld).toBe('verplicht');
    }
  });

  it('never prints a field it leaves out (weglaten) with {{waarde}}', () => {
    for (const veld of DOCUMENT_VELDEN.filter((v) => v.weergave === 'weglaten')) {
      expect(templateText, veld.veld).not.toMatch(new RegExp(`\\{\\{waarde ${veld.veld.replace(/\./g, '\\.')}[\\s.}]`));
    }
  });

  it('names, for every required field, rules that exist in the catalogue', () => {
    for (const veld of DOCUMENT_VELDEN.filter((v) => v.weergave === 'verplicht')) {
      expect(veld.regels.length, veld.veld).toBeGreaterThan(0);
      for (const rule of veld.regels) expect(isCatalogued(rule), rule).toBe(true);
    }
  });
});

describe('openVelden', () => {
  const complete = {
    document: { looptijd: { van: '2025-01-01', tot: '2027-12-31' } },
    evaluatie: { wie: 'De beleidsadviseur.' },
    afspraken: { i_escalatie: { acuut: 'De managers beslissen dezelfde dag.' }, h_methoden_en_instrumenten: [{ naam: 'Signs of Safety' }] },
    visie: { documenten: [{ titel: 'Regiovisie' }] },
  };

  it('finds nothing in a file that has them all', () => {
    expect(openVelden(complete)).toEqual([]);
  });

  it('reports a missing looptijd once, at the nearest key that is there', () => {
    expect(openVelden({ ...complete, document: {} }).map((f) => f.path)).toEqual([['document']]);
    expect(openVelden({ ...complete, document: { looptijd: { van: '2025-01-01' } } }).map((f) => f.path)).toEqual([['document', 'looptijd']]);
    expect(openVelden({ ...complete, document: { looptijd: { van: null, tot: '2027-01-01' } } }).map((f) => f.path)).toEqual([['document', 'looptijd', 'van']]);
  });

  it('a looptijd that is there but no map (`looptijd: x`) is reported at looptijd, not at document', () => {
    expect(openVelden({ ...complete, document: { looptijd: 'x' } }).map((f) => f.path)).toEqual([['document', 'looptijd']]);
    const text = 'schema_versie: 1\ngemeente:\n  naam: G\ndocument:\n  titel: T\n  looptijd: x\n';
    const found = checkSource('g.yaml', new TextEncoder().encode(text), { today: '2026-11-23' }).findings.filter(
      (f) => f.rule === 'veld-ontbreekt' && f.message.includes('document.looptijd'),
    );
    expect(found.map((f) => [f.line, f.column])).toEqual([[6, 3]]);
  });

  it('leaves a looptijd that is text but no date to the schema (one finding per mistake)', () => {
    expect(openVelden({ ...complete, document: { looptijd: { van: 'TODO', tot: '' } } })).toEqual([]);
  });

  it.each([[undefined], [''], ['TODO'], ['n.t.b.'], [null]])('reports evaluatie.wie = %j', (wie) => {
    const found = openVelden({ ...complete, evaluatie: wie === undefined ? {} : { wie } });
    expect(found.map((f) => [f.path, f.onderdeel])).toEqual([[wie === undefined ? ['evaluatie'] : ['evaluatie', 'wie'], 'voorwaarde.evaluatie']]);
  });

  it('leaves a missing evaluatie to evaluatie-ontbreekt', () => {
    const { evaluatie: _, ...rest } = complete;
    expect(openVelden(rest)).toEqual([]);
  });

  it('reports each open acute agreement, but not an absent one', () => {
    const acuut = (value: unknown) =>
      openVelden({ ...complete, afspraken: { ...complete.afspraken, i_escalatie: { acuut: value } } }).map((f) => f.path.join('.'));
    expect(acuut(undefined)).toEqual([]);
    expect(acuut(null)).toEqual([]);
    // An open text is the agreement rules' finding (quoted); this list keeps only what they cannot see.
    expect(acuut('TODO')).toEqual([]);
    expect(acuut([])).toEqual(['afspraken.i_escalatie.acuut']);
    expect(acuut({ afspraak: '', verantwoordelijk: 'rvdk' })).toEqual([]);
    expect(acuut({ verantwoordelijk: 'rvdk' })).toEqual(['afspraken.i_escalatie.acuut']);
    expect(acuut(['Echt.', 'xxx', { afspraak: 'TODO' }, { termijn: 'direct' }])).toEqual(['afspraken.i_escalatie.acuut.3']);
  });

  it("reports a vision document whose title is open text, not one the schema already rejects; instrument names are the agreement rules' findings", () => {
    const data = {
      ...complete,
      afspraken: { ...complete.afspraken, h_methoden_en_instrumenten: [{ naam: '...' }, { naam: 3 }, {}, 'x'] },
      visie: { documenten: [{ titel: 'TODO' }, { titel: 3 }] },
    };
    expect(openVelden(data).map((f) => [f.path.join('.'), f.onderdeel])).toEqual([['visie.documenten.0.titel', 'voorwaarde.visie']]);
  });
});

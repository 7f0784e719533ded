import { describe, expect, it } from 'vitest';
import { concerns, coverageApplies, inPartnerDocument, relationOf, uncoveredPartners } from '../../src/core/domain/partner-coverage.js';
import { findingConcernsPartner } from '../../src/core/model/per-partner.js';
import { documentFileName, partnerSlug } from '../../src/render/file-names.js';
import type { Finding } from '../../src/findings.js';

/** A further partner (partners.overig, `partner.<id>`) is a relation of its own, outside §6c's coverage. */
describe('further partners in the one routing definition', () => {
  it('have a relation of their own, so that an agreement of the politie is not one of the lokaal team', () => {
    expect(relationOf('partner.politie')).toBe('partner');
    expect(relationOf('gi.politie')).toBe('gi');
    // Only the lokaal team (and the gemeente) hold towards every partner; a further partner does not.
    expect(concerns(['partner.politie'], 'veilig_thuis')).toBe(false);
    expect(concerns(['lokaal_team', 'partner.politie'], 'rvdk')).toBe(false);
    expect(concerns(['lokaal_team'], 'partner.politie')).toBe(true);
    expect(concerns(['partner.ggd'], 'partner.politie')).toBe(false);
    expect(concerns(['partner.politie', 'veilig_thuis'], 'partner.politie')).toBe(true);
  });

  it('get the onderdelen about VT, RvdK or GI only where an agreement names them', () => {
    expect(inPartnerDocument('d.ii', null, [], 'partner.politie')).toBe(false);
    expect(inPartnerDocument('d.ii', null, ['partner.politie'], 'partner.politie')).toBe(true);
    expect(inPartnerDocument('a', 'veilig_thuis', [], 'partner.politie')).toBe(false);
    expect(inPartnerDocument('c', null, [], 'partner.politie')).toBe(true);
  });

  it('are never missing from an onderdeel: §6c asks no agreements with them', () => {
    expect(coverageApplies('partner.politie')).toBe(false);
    expect(coverageApplies('gi.jbrv')).toBe(true);
    expect(
      uncoveredPartners('c', [{ onderwerpPartner: null, refs: ['veilig_thuis', 'rvdk', 'gi'] }], ['veilig_thuis', 'rvdk', 'gi.x', 'partner.politie']),
    ).toEqual([]);
    expect(uncoveredPartners('c', [{ onderwerpPartner: null, refs: ['veilig_thuis'] }], ['veilig_thuis', 'rvdk', 'partner.politie'])).toEqual(['rvdk']);
  });

  it('see their own findings in their concept, not those of another further partner', () => {
    const data = { partners: { overig: [{ id: 'politie' }, { id: 'ggd' }] } };
    const finding = (index: number): Finding => ({
      rule: 'partner-zonder-naam',
      severity: 'fout',
      onderdeel: 'voorwaarde.aansluiting',
      message: '',
      path: ['partners', 'overig', index, 'naam'],
      file: 'f',
      line: 1,
      column: 1,
    });
    expect(findingConcernsPartner(finding(0), 'partner.politie', data)).toBe(true);
    expect(findingConcernsPartner(finding(1), 'partner.politie', data)).toBe(false);
    expect(findingConcernsPartner(finding(0), 'veilig_thuis', data)).toBe(false);
  });
});

describe('the file name of a further partner’s document', () => {
  it('is its id, and never the name of another partner’s document', () => {
    expect(partnerSlug('partner.politie')).toBe('politie');
    expect(documentFileName('Toetsdorp', 'x.yaml', 'partner.politie')).toBe('toetsdorp-samenwerkingsafspraken-politie.docx');
    // An id that reads like another partner's part gets -2, so neither document replaces the other.
    const all = [null, 'veilig_thuis', 'rvdk', 'partner.rvdk'] as const;
    expect(documentFileName('Toetsdorp', 'x.yaml', 'partner.rvdk', all)).toBe('toetsdorp-samenwerkingsafspraken-rvdk-2.docx');
    expect(documentFileName('Toetsdorp', 'x.yaml', 'rvdk', all)).toBe('toetsdorp-samenwerkingsafspraken-rvdk.docx');
  });
});

describe('a reference to no partner', () => {
  it('shows in the document as open, never as the raw id, and check calls it a fout', async () => {
    const { buildModel } = await import('../../src/core/model/build-model.js');
    const { PLACEHOLDER_GEGEVEN } = await import('../../src/core/domain/open-punten.js');
    const { checkSource } = await import('../../src/core/check.js');
    const yaml = [
      'schema_versie: 1',
      'partners:',
      '  gi: [{ id: jbrv, naam: Jeugdbescherming Regio }]',
      'afspraken:',
      '  c_taakverdeling:',
      '    wachtlijsten: { afspraak: Het wijkteam houdt contact., verantwoordelijk: [partner.rvdk, gi.wss, gi.jbrv] }',
      '',
    ].join('\n');
    const model = buildModel((await import('yaml')).parse(yaml));
    const names = model.onderdelen.flatMap((o) => o.onderwerpen.flatMap((t) => t.afspraken.flatMap((a) => a.verantwoordelijk)));
    expect(names).toContain(`${PLACEHOLDER_GEGEVEN}: welke partner met ‘partner.rvdk’ bedoeld is]`);
    expect(names).toContain(`${PLACEHOLDER_GEGEVEN}: welke partner met ‘gi.wss’ bedoeld is]`);
    expect(names).toContain('Jeugdbescherming Regio');
    const fouten = checkSource('a.yaml', new TextEncoder().encode(yaml), { today: '2026-12-01' }).findings.filter(
      (f) => f.rule === 'partner-onbekend' && f.severity === 'fout',
    );
    expect(fouten).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { blocksUse, RULE_CATALOG } from '../../src/core/rules/catalog.js';

describe('blocksUse: which findings make a file unusable, from the rule catalogue', () => {
  it('blocks on every fout about the file itself, its YAML or its shape, for render (the kinds replace the old id patterns)', () => {
    for (const rule of RULE_CATALOG) {
      const finding = { rule: rule.id, severity: 'fout' as const };
      expect(blocksUse(finding), rule.id).toBe(/^(yaml-|schema-|bestand-)/.test(rule.id) || (rule.soort === 'yaml' && rule.id === 'tekst-afgebroken'));
      expect(blocksUse(finding, { asBase: true }), rule.id).toBe(blocksUse(finding) || rule.id.startsWith('extends-'));
    }
  });

  it('never blocks on a warning or a note', () => {
    for (const rule of RULE_CATALOG) {
      expect(blocksUse({ rule: rule.id, severity: 'waarschuwing' }, { asBase: true })).toBe(false);
      expect(blocksUse({ rule: rule.id, severity: 'info' }, { asBase: true })).toBe(false);
    }
  });

  it('a bijlage that is missing or a character a document cannot hold does not block (the document shows it)', () => {
    for (const rule of ['bijlage-niet-gevonden', 'bijlage-buiten-repository', 'teken-ongeldig', 'te-veel-meldingen', 'partner-niet-gedekt']) {
      expect(blocksUse({ rule, severity: 'fout' }, { asBase: true })).toBe(false);
    }
  });
});

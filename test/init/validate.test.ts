import { describe, expect, it } from 'vitest';
import { documentFileName } from '../../src/render/file-names.js';
import { fileNameFor, normaliseCbsCode, validateCbsCode } from '../../src/init/validate.js';

describe('file names from a gemeente name', () => {
  it('init and render make the same slug of it', () => {
    for (const naam of ['Súdwest-Fryslân', "'s-Hertogenbosch", 'Bergen (NH.)', `Gemeente ${'Heel Lang '.repeat(10)}`, 'Ｗｉｄｅ ﬁ']) {
      const fromInit = fileNameFor(naam).replace(/\.yaml$/, '');
      const fromRender = documentFileName(naam, 'x.yaml', null).replace(/-samenwerkingsafspraken\.docx$/, '');
      expect(fromInit, naam).toBe(fromRender);
    }
    expect(fileNameFor('Súdwest-Fryslân')).toBe('sudwest-fryslan.yaml');
    expect(fileNameFor('')).toBe('samenwerkingsafspraken.yaml');
  });
});

describe('CBS-gemeentecode', () => {
  it('is GM with four digits, in any case and with spaces around it', () => {
    expect(normaliseCbsCode(' gm0363 ')).toBe('GM0363');
    expect(normaliseCbsCode('363')).toBeNull();
    expect(normaliseCbsCode('GM03630')).toBeNull();
  });

  it('may be left empty in the wizard, otherwise the reason is given in Dutch', () => {
    expect(validateCbsCode('')).toBe(true);
    expect(validateCbsCode('gm0363')).toBe(true);
    expect(validateCbsCode('0363')).toMatch(/GM met vier cijfers.*Laat leeg/);
  });
});

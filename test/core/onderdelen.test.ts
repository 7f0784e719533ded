import { describe, expect, it } from 'vitest';
import { LEIDRAAD_BRON, leidraadQuote, leidraadReference, ONDERDEEL_INFO } from '../../src/core/domain/onderdelen.js';
import { ONDERDELEN } from '../../src/findings.js';

// The leidraad reference a document and a report print under each onderdeel, and the quote that
// closes a "missing" message.

describe('leidraadReference', () => {
  it('names the onderdeel, and the voorwaarden as the part after onderdeel j', () => {
    expect(leidraadReference('c')).toBe('Leidraad Werken aan veiligheid (VNG, januari 2024), §6c onderdeel c');
    expect(leidraadReference('d.iii')).toBe(`${LEIDRAAD_BRON} onderdeel d.iii`);
    for (const voorwaarde of ['voorwaarde.visie', 'voorwaarde.aansluiting', 'voorwaarde.evaluatie'] as const) {
      expect(leidraadReference(voorwaarde)).toBe('Leidraad Werken aan veiligheid (VNG, januari 2024), §6c, voorwaarden na onderdeel j');
    }
  });
});

describe('leidraadQuote', () => {
  it("quotes the leidraad's words for every onderdeel", () => {
    for (const onderdeel of ONDERDELEN) {
      const words = ONDERDEEL_INFO[onderdeel].leidraad;
      expect(words.length, onderdeel).toBeGreaterThan(10);
      expect(leidraadQuote(onderdeel)).toBe(`De leidraad noemt: "${words}"`);
    }
  });
});

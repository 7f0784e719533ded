import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { normaliseDocx } from '../../src/render/normalise.js';

const minimal = zipSync({
  'docProps/core.xml': new TextEncoder().encode(
    '<cp:coreProperties><dcterms:created>2026-01-01T10:11:12Z</dcterms:created><dcterms:modified>x</dcterms:modified></cp:coreProperties>',
  ),
  'word/document.xml': new TextEncoder().encode('<w:document/>'),
});

describe('normalising a packed .docx', () => {
  it.each(['2100-03-01', '1979-06-01', '2025-03-01'])('accepts a document dated %s (the zip format itself only knows 1980–2099)', (datum) => {
    const bytes = normaliseDocx(minimal, { datum, version: null, contentStatus: null });
    const core = strFromU8(unzipSync(bytes)['docProps/core.xml']!);
    expect(core).toContain(`<dcterms:created>${datum}T00:00:00Z</dcterms:created>`);
    expect(core).not.toContain('contentStatus');
    expect(normaliseDocx(minimal, { datum, version: null, contentStatus: null })).toEqual(bytes);
  });
});

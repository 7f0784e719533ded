import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INFORMATIEDELING_LEIDRAAD, ONDERDEEL_INFO } from '../../src/core/domain/onderdelen.js';
import { ROOT } from '../helpers/cli.js';
import { checkAndRender } from '../helpers/render-in-process.js';
import { openDocx } from './docx-reader.js';

/**
 * Every quotation of the leidraad — in the documents' "Wat de leidraad vraagt" boxes, in the
 * schema's descriptions and in the templates — is word for word, with "(…)" where it leaves
 * something out. The leidraad's own §6c text is kept as a fixture to compare with.
 */
const OMISSION = '(…)';

/** Leidraad text as running prose: no list dashes, no footnote numbers, single spaces. */
function prose(text: string): string {
  return text
    .replace(/^[ \t]*- /gm, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** §6c, and §6a.3 on informatiedeling; a quotation stands within one of them. */
const LEIDRAAD = ['paragraaf-6c.txt', 'paragraaf-6a3.txt'].map((name) => prose(readFileSync(join(ROOT, 'test/fixtures/leidraad', name), 'utf8'))).join(' ¶ ');

/** Null when the quotation is verbatim: the parts between its "(…)" stand in the leidraad, in this order; else the first part that does not. */
function notVerbatim(quotation: string): string | null {
  let from = 0;
  for (const part of quotation
    .split(OMISSION)
    .map(prose)
    .filter((p) => p !== '')) {
    const at = LEIDRAAD.indexOf(part, from);
    if (at === -1) return part;
    from = at + part.length;
  }
  return null;
}

function descriptions(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => descriptions(item, found));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'description' && typeof value === 'string') found.push(value);
      else descriptions(value, found);
    }
  }
  return found;
}

/** The "…" passages of a schema description about the leidraad (a passage of one or two words, like "- ", is an example, not a quotation). */
function schemaQuotations(): string[] {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/samenwerkingsafspraken.schema.json'), 'utf8')) as unknown;
  return descriptions(schema)
    .filter((d) => /leidraad/i.test(d))
    .flatMap((d) => [...d.matchAll(/"([^"]+)"/g)].map((m) => m[1]!))
    .filter((q) => q.trim().split(/\s+/).length >= 3);
}

function templateQuotations(): string[] {
  const dir = join(ROOT, 'templates');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .flatMap((f) =>
      [
        ...readFileSync(join(dir, f), 'utf8')
          .replace(/\{\{!--[\s\S]*?--\}\}/g, '')
          .matchAll(/“([^”]*)”/g),
      ].map((m) => m[1]!),
    )
    .filter((q) => !q.includes('{{'));
}

describe('the comparison itself', () => {
  it('accepts the leidraad word for word, and omissions marked with (…)', () => {
    expect(notVerbatim('Hoe casuïstiek met elkaar wordt geëvalueerd zodat gezamenlijk wordt geleerd.')).toBeNull();
    expect(notVerbatim('Afspraken over: (…) ii. de wijze waarop de overdracht gebeurt door VT;')).toBeNull();
    expect(notVerbatim('Afstemming tussen GI en lokale organisatie(s) over de inzet van jeugdhulp op indicatie.')).toBeNull();
  });

  it('refuses the rewordings issue 10 found: a dropped comma, a new capital and full stop, a rewritten condition, an unmarked omission', () => {
    expect(notVerbatim('Wanneer en hoe de lokale organisatie(s) gebruik kan maken van de dienst')).not.toBeNull();
    expect(notVerbatim('De wijze waarop de overdracht gebeurt door VT.')).not.toBeNull();
    expect(notVerbatim('De samenwerkingsafspraken worden periodiek gezamenlijk geëvalueerd.')).not.toBeNull();
    expect(
      notVerbatim(
        'Het informeren van direct betrokkenen over: i. de melding bij Veilig Thuis en de in kennisstelling door Veilig Thuis aan de lokale organisatie(s); ii. het verzoek',
      ),
    ).not.toBeNull();
    // Parts in the wrong order are no quotation either.
    expect(notVerbatim('j) Hoe casuïstiek (…) a) Wanneer en hoe')).not.toBeNull();
  });
});

describe('every quotation of the leidraad is verbatim', () => {
  it.each(Object.entries(ONDERDEEL_INFO))('what the leidraad asks in %s', (_onderdeel, info) => {
    expect(notVerbatim(info.leidraad)).toBeNull();
  });

  it('what the leidraad asks about informatiedeling (§6a.3)', () => {
    expect(notVerbatim(INFORMATIEDELING_LEIDRAAD.tekst)).toBeNull();
  });

  it('in the descriptions of the schema', () => {
    const quotations = schemaQuotations();
    expect(quotations.length).toBeGreaterThan(15);
    expect(quotations.filter((q) => notVerbatim(q) !== null)).toEqual([]);
  });

  it('in the templates', () => {
    const quotations = templateQuotations();
    expect(quotations.length).toBeGreaterThan(0);
    expect(quotations.filter((q) => notVerbatim(q) !== null)).toEqual([]);
  });

  it('in the boxes "Wat de leidraad vraagt" of the integral and every per-partner document', async () => {
    const { result } = await checkAndRender(readFileSync(join(ROOT, 'examples/voorbeeldstad.yaml'), 'utf8'));
    for (const document of result.documents) {
      const boxes = openDocx(document.bytes)
        .paragraphs.filter((p) => p.style === 'leidraad')
        .map((p) => p.text);
      expect(boxes.length, String(document.partner)).toBeGreaterThan(5);
      for (const box of boxes) {
        const quoted = /“([^”]+)”/.exec(box)?.[1];
        expect(quoted, box).toBeDefined();
        expect(notVerbatim(quoted!), box).toBeNull();
      }
    }
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { buildOverzicht } from '../../src/overzicht/model.js';
import { overzichtDocx } from '../../src/overzicht/docx.js';
import { ROOT } from '../helpers/cli.js';
import { checkAndRender } from '../helpers/render-in-process.js';

/**
 * Dutch government documents must meet EN 301 549 (WCAG 2.1 AA) as far as it applies to a Word
 * document. Checked here on every kind of document swa makes — integral and per partner, final
 * and concept, and the overzicht — from the XML itself: headings that do not skip a level, tables
 * with a caption, a description and a marked header row, no cell that says something with a
 * symbol alone, text colours with enough contrast against what lies behind them, the language,
 * and a title that says when the document is a concept.
 */
interface Made {
  name: string;
  parts: Record<string, string>;
  concept: boolean | null;
}

const made: Made[] = [];

function opened(name: string, bytes: Uint8Array, concept: boolean | null): Made {
  const files = unzipSync(bytes);
  return {
    name,
    concept,
    parts: Object.fromEntries(
      Object.entries(files)
        .filter(([n]) => n.endsWith('.xml'))
        .map(([n, data]) => [n, strFromU8(data)]),
    ),
  };
}

beforeAll(async () => {
  for (const [file, concept] of [
    ['examples/voorbeeldstad.yaml', false],
    ['examples/concept-middenwaard.yaml', true],
  ] as const) {
    const { result } = await checkAndRender(readFileSync(join(ROOT, file), 'utf8'));
    expect(result.concept).toBe(concept);
    for (const document of result.documents) made.push(opened(`${file} ${document.partner ?? 'integraal'}`, document.bytes, concept));
  }
  const files = ['examples/voorbeeldstad.yaml', 'examples/concept-middenwaard.yaml'].map((file) => ({
    ...checkSource(file, readFileSync(join(ROOT, file)), { today: '2026-11-23' }),
    isBase: false,
  }));
  made.push(opened('overzicht', await overzichtDocx(buildOverzicht(files, '2026-11-23'), { name: 'swa', version: 'test' }), null));
}, 120_000);

/** Style id → what a run or paragraph in that style inherits: colour, shading, outline level. */
interface StyleInfo {
  basedOn: string | null;
  color: string | null;
  fill: string | null;
  heading: number | null;
}

function styles(xml: string): Map<string, StyleInfo> {
  const map = new Map<string, StyleInfo>();
  for (const [whole, id] of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g)) {
    const name = /<w:name w:val="([^"]+)"/.exec(whole)?.[1] ?? '';
    const level = /^heading (\d)$/i.exec(name)?.[1];
    map.set(id!, {
      basedOn: /<w:basedOn w:val="([^"]+)"/.exec(whole)?.[1] ?? null,
      color: /<w:rPr>[\s\S]*?<w:color w:val="([0-9A-Fa-f]{6}|auto)"/.exec(whole)?.[1] ?? null,
      fill: /<w:pPr>[\s\S]*?<w:shd\b[^>]*w:fill="([0-9A-Fa-f]{6}|auto)"[\s\S]*?<\/w:pPr>/.exec(whole)?.[1] ?? null,
      heading: level ? Number(level) : null,
    });
  }
  return map;
}

function inherited(map: Map<string, StyleInfo>, id: string | null, key: 'color' | 'fill' | 'heading'): string | number | null {
  for (let current = id ?? 'Normal', depth = 0; depth < 10; depth += 1) {
    const style = map.get(current);
    if (!style) return null;
    if (style[key] !== null) return style[key];
    if (!style.basedOn) return null;
    current = style.basedOn;
  }
  return null;
}

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
const HIGHLIGHTS: Record<string, string> = { yellow: 'FFFF00', green: '00FF00', cyan: '00FFFF', lightGray: 'C0C0C0', white: 'FFFFFF' };
const solid = (value: string | null | undefined): string | null => (value && value !== 'auto' ? value.toUpperCase() : null);

/** Every run of text in a part, with the colour it is drawn in and the colour behind it. */
function coloursOf(xml: string, map: Map<string, StyleInfo>): Array<{ text: string; color: string; background: string }> {
  const found: Array<{ text: string; color: string; background: string }> = [];
  // The fill of the cells a paragraph stands in (innermost that has one), then each run in it.
  let depth: Array<string | null> = [];
  const tokens = xml.matchAll(/<w:tc>|<w:tc\s[^>]*>|<\/w:tc>|<w:tcPr>([\s\S]*?)<\/w:tcPr>|<w:p(?:\s[^>/]*)?>([\s\S]*?)<\/w:p>/g);
  for (const token of tokens) {
    const [whole, tcPr, paragraph] = token;
    if (whole.startsWith('</w:tc')) depth = depth.slice(0, -1);
    else if (whole.startsWith('<w:tcPr')) depth[depth.length - 1] = solid(/<w:shd\b[^>]*w:fill="([^"]+)"/.exec(tcPr ?? '')?.[1]);
    else if (whole.startsWith('<w:tc')) depth = [...depth, null];
    else if (paragraph !== undefined) {
      const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(paragraph)?.[1] ?? '';
      const pStyle = /<w:pStyle w:val="([^"]+)"/.exec(pPr)?.[1] ?? null;
      const paragraphFill = solid(/<w:shd\b[^>]*w:fill="([^"]+)"/.exec(pPr)?.[1]) ?? solid(inherited(map, pStyle, 'fill') as string | null);
      const cellFill = [...depth].reverse().find((fill) => fill !== null) ?? null;
      for (const [, rPr = '', content] of paragraph.matchAll(/<w:r>(?:<w:rPr>([\s\S]*?)<\/w:rPr>)?([\s\S]*?)<\/w:r>/g)) {
        const text = [...(content ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
        if (text.trim() === '') continue;
        const rStyle = /<w:rStyle w:val="([^"]+)"/.exec(rPr)?.[1] ?? null;
        const color =
          solid(/<w:color w:val="([^"]+)"/.exec(rPr)?.[1]) ??
          solid((rStyle && (inherited(map, rStyle, 'color') as string | null)) || null) ??
          solid(inherited(map, pStyle, 'color') as string | null) ??
          '000000';
        const highlight = /<w:highlight w:val="([^"]+)"/.exec(rPr)?.[1];
        const background = (highlight ? HIGHLIGHTS[highlight] : undefined) ?? paragraphFill ?? cellFill ?? 'FFFFFF';
        found.push({ text, color, background });
      }
    }
  }
  return found;
}

const VISIBLE_PARTS = /^word\/(document|header\d*|footer\d*|footnotes)\.xml$/;

describe('accessibility of every document swa makes (EN 301 549 / WCAG 2.1 AA)', () => {
  it('made the documents to test: integral and per partner, final and concept, and the overzicht', () => {
    expect(made.map((m) => m.name)).toEqual(
      expect.arrayContaining([
        'examples/voorbeeldstad.yaml integraal',
        'examples/voorbeeldstad.yaml rvdk',
        'examples/concept-middenwaard.yaml integraal',
        'examples/concept-middenwaard.yaml gi.jbrv',
        'overzicht',
      ]),
    );
  });

  it('never skips a heading level (WCAG 1.3.1)', () => {
    for (const document of made) {
      const map = styles(document.parts['word/styles.xml']!);
      const levels = [...document.parts['word/document.xml']!.matchAll(/<w:pStyle w:val="([^"]+)"/g)]
        .map((m) => inherited(map, m[1]!, 'heading') as number | null)
        .filter((l): l is number => l !== null);
      expect(levels.length, document.name).toBeGreaterThan(0);
      expect(levels[0], `${document.name}: het eerste kopniveau`).toBe(1);
      const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`Kop ${levels[i - 1]} → Kop ${level} (kop nr. ${i + 1})`] : []));
      expect(skips, document.name).toEqual([]);
    }
  });

  it('gives every table a caption, a description and a header row that repeats (WCAG 1.3.1)', () => {
    for (const document of made) {
      const tables = document.parts['word/document.xml']!.match(/<w:tbl>[\s\S]*?<\/w:tblPr>[\s\S]*?<w:tr(?:\s[^>]*)?>\s*<w:trPr>[\s\S]*?<\/w:trPr>/g) ?? [];
      expect(tables.length, document.name).toBeGreaterThan(0);
      for (const table of tables) {
        const caption = /<w:tblCaption w:val="([^"]*)"/.exec(table)?.[1];
        expect(caption?.trim(), `${document.name}: tabel zonder titel`).toBeTruthy();
        expect(/<w:tblDescription w:val="([^"]*)"/.exec(table)?.[1]?.trim(), `${document.name}: tabel ${caption} zonder beschrijving`).toBeTruthy();
        const firstRow = /<w:trPr>((?:(?!<w:trPr>)[\s\S])*)<\/w:trPr>$/.exec(table)?.[1] ?? '';
        expect(firstRow, `${document.name}: tabel ${caption} zonder kopregel`).toContain('<w:tblHeader/>');
      }
      expect((document.parts['word/document.xml']!.match(/<w:tbl>/g) ?? []).length, document.name).toBe(tables.length);
    }
  });

  it('has no table cell whose meaning is a symbol alone, such as a lone ✓ (WCAG 1.1.1, 1.4.1)', () => {
    for (const document of made) {
      const cells = [...document.parts['word/document.xml']!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) =>
        [...m[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
          .map((t) => t[1])
          .join('')
          .trim(),
      );
      expect(
        cells.filter((text) => text !== '' && !/[\p{L}\p{N}]/u.test(text)),
        document.name,
      ).toEqual([]);
    }
  });

  it('draws all text with a contrast of at least 4.5:1 against what lies behind it (WCAG 1.4.3)', () => {
    for (const document of made) {
      const map = styles(document.parts['word/styles.xml']!);
      const low = Object.entries(document.parts)
        .filter(([name]) => VISIBLE_PARTS.test(name))
        .flatMap(([name, xml]) => coloursOf(xml, map).map((run) => ({ ...run, name })))
        .filter((run) => contrast(run.color, run.background) < 4.5)
        .map((run) => `${run.name}: "${run.text.slice(0, 30)}" ${run.color} op ${run.background} (${contrast(run.color, run.background).toFixed(2)}:1)`);
      expect([...new Set(low)], document.name).toEqual([]);
    }
  });

  it('the contrast measure itself: the grey of before fails, black on white passes', () => {
    expect(contrast('7F7F7F', 'FFFFFF')).toBeLessThan(4.5);
    expect(contrast('595959', 'FFFFFF')).toBeGreaterThan(4.5);
    expect(contrast('000000', 'FFFFFF')).toBeCloseTo(21, 5);
    const map = styles('<w:style w:styleId="grijs"><w:name w:val="grijs"/><w:rPr><w:color w:val="7F7F7F"/></w:rPr></w:style>');
    expect(coloursOf('<w:p><w:pPr><w:pStyle w:val="grijs"/></w:pPr><w:r><w:t>CONCEPT</w:t></w:r></w:p>', map)).toEqual([
      { text: 'CONCEPT', color: '7F7F7F', background: 'FFFFFF' },
    ]);
  });

  it("is in Dutch (nl-NL), for spelling and for a screen reader's voice (WCAG 3.1.1)", () => {
    for (const document of made) {
      expect(document.parts['word/styles.xml'], document.name).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="nl-NL"/);
      expect(document.parts['docProps/core.xml'], document.name).toContain('<dc:language>nl-NL</dc:language>');
    }
  });

  it('has a title, and a concept says it is one in its title (WCAG 2.4.2)', () => {
    for (const document of made) {
      const title = /<dc:title>([^<]*)<\/dc:title>/.exec(document.parts['docProps/core.xml']!)?.[1] ?? '';
      expect(title.trim(), document.name).not.toBe('');
      if (document.concept !== null) expect(title.startsWith('CONCEPT'), `${document.name}: ${title}`).toBe(document.concept);
    }
  });
});

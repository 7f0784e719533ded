/**
 * The block markup the templates produce: a small, HTML-like language a beleidsmedewerker can read.
 * Values from the YAML reach it entity-encoded (see encode.ts), so no value can ever open a tag;
 * only the template text itself carries structure.
 *
 *   blocks:  <h1> <h2> <h3>  <p stijl="…">  <ul><li>  <table breedtes="30,70" stijl="open" titel="…" beschrijving="…"><tr><th>/<td kolommen="2">
 *            <inhoudsopgave/>  <nieuwe-pagina/>
 *   inline:  <b> <i> <open> <br/> <tab/> <voetnoot>…</voetnoot> <pagina/> <paginas/>
 *   origin:  <bron pad="…" label="…">…</bron>, put around every text from the agreements file when
 *            the view reaches the templates (template-set.ts); the document shows it as a content control.
 *
 * Whitespace in the template (line breaks, indentation) collapses to one space, as in HTML; a line
 * break inside a value (&#10;) stays a line break.
 */

import { MixedText, type SourcedText } from '../core/model/source.js';
import { encodeValue } from './encode.js';

interface InlineStyle {
  bold: boolean;
  italic: boolean;
  open: boolean;
}

export type Inline =
  | ({ kind: 'text'; text: string } & InlineStyle)
  | { kind: 'break' }
  | { kind: 'tab' }
  | { kind: 'voetnoot'; text: string }
  | ({ kind: 'pagina' | 'paginas' } & InlineStyle)
  /** Start and end of a text from the agreements file (see core/model/source.ts); never nested. */
  | ({ kind: 'bron' } & BronMark)
  | { kind: 'bron-einde' };

export interface BronMark {
  pad: string;
  label: string;
  /** The text is made from the value (names for references, a Dutch date), not the value as written. */
  afgeleid: boolean;
}

/** The markup of a text with its origin: the value encoded, so that it stays literal, inside <bron>. */
export function sourceMarkup(value: SourcedText | MixedText): string {
  if (value instanceof MixedText) return value.parts.map((part) => (typeof part === 'string' ? encodeValue(part) : sourceMarkup(part))).join('');
  const { pad, label } = value.herkomst;
  return `<bron pad="${encodeValue(pad)}" label="${encodeValue(label)}"${value.afgeleid ? ' afgeleid="ja"' : ''}>${encodeValue(value.text)}</bron>`;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; numbered: boolean; content: Inline[] }
  | { kind: 'paragraph'; stijl: string | null; content: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  /** titel and beschrijving: the table's caption and description, for screen readers (w:tblCaption, w:tblDescription). */
  | { kind: 'table'; widths: number[] | null; stijl: string | null; titel: string | null; beschrijving: string | null; rows: TableRow[] }
  | { kind: 'toc' }
  | { kind: 'pagebreak' };

export interface TableRow {
  header: boolean;
  /** Minimum height in millimetres, for signature rows. */
  hoogte: number | null;
  cells: TableCell[];
}

interface TableCell {
  header: boolean;
  /** uitlijning="midden" centres the cell's text. */
  centred: boolean;
  /** kolommen="3" lets the cell span three columns. */
  span: number;
  blocks: Block[];
}

export class MarkupError extends Error {
  constructor(
    message: string,
    /** The template that produced the offending output, when known. */
    readonly template: string | null,
    /** The offending tag or text, to find it back in the template. */
    readonly snippet: string,
    /** 1-based line within that template's output. */
    readonly line: number,
  ) {
    super(message);
  }
}

interface Token {
  type: 'open' | 'close' | 'self' | 'text';
  name: string;
  attrs: Record<string, string>;
  text: string;
  raw: string;
  template: string | null;
  line: number;
}

/** Marks the output of one template, so errors can name it; the renderer wraps every template in it. */
export const SOURCE_TAG = 'swa-sjabloon';

/** A value in an attribute (a table's caption) may carry its origin markers; an attribute keeps the text only. */
const BRON_IN_ATTRIBUTE = '<bron(?:\\s+[a-z][a-z-]*="[^"<>]*")*>|</bron>';
const BRON_TAGS = /<bron(?:\s+[a-z][a-z-]*="[^"<>]*")*>|<\/bron>/g;
const TAG = new RegExp(`<(\\/?)([a-z][a-z0-9-]*)((?:\\s+[a-z][a-z-]*="(?:${BRON_IN_ATTRIBUTE}|[^"<>])*")*)\\s*(\\/?)>`, 'y');
const ATTR = /([a-z][a-z-]*)="([^"]*)"/g;

function tokenize(markup: string): Token[] {
  const tokens: Token[] = [];
  const sources: Array<{ name: string; startLine: number }> = [];
  let line = 1;
  let index = 0;
  // The innermost template and where it started; no object per token for where it is (with the
  // shared NO_ATTRS and the fast paths below, measured for 342 copies of the complete file:
  // parseMarkup 655 ms → 369 ms in a cpu profile).
  let template: string | null = null;
  let startLine = 1;
  while (index < markup.length) {
    const lt = markup.indexOf('<', index);
    const end = lt === -1 ? markup.length : lt;
    if (end > index) {
      const text = markup.slice(index, end);
      tokens.push({ type: 'text', name: '', attrs: NO_ATTRS, text, raw: text, template, line: line - startLine + 1 });
      line += countNewlines(text);
      index = end;
      continue;
    }
    TAG.lastIndex = index;
    const match = TAG.exec(markup);
    if (!match) {
      const snippet = markup.slice(index, markup.indexOf('>', index) + 1 || index + 20);
      throw new MarkupError(`Hier staat een < die geen geldige opmaakcode begint: ${snippet}`, template, snippet, line - startLine + 1);
    }
    const [raw, slash, name, attrText, selfClose] = match as unknown as [string, string, string, string, string];
    index += raw.length;
    if (name === SOURCE_TAG) {
      if (slash) sources.pop();
      else sources.push({ name: attrsOf(attrText).naam ?? '?', startLine: line });
      const top = sources.at(-1);
      template = top?.name ?? null;
      startLine = top?.startLine ?? 1;
      continue;
    }
    const type = slash ? 'close' : selfClose ? 'self' : 'open';
    tokens.push({ type, name, attrs: attrsOf(attrText), text: '', raw, template, line: line - startLine + 1 });
    line += countNewlines(raw);
  }
  return tokens;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

/** Shared by every token without attributes (most of them); tokens are only read. */
const NO_ATTRS: Record<string, string> = Object.freeze(Object.create(null));

function attrsOf(text: string): Record<string, string> {
  if (text === '') return NO_ATTRS;
  const attrs: Record<string, string> = Object.create(null);
  const plain = text.includes('<') ? text.replace(BRON_TAGS, '') : text;
  ATTR.lastIndex = 0;
  for (let match = ATTR.exec(plain); match !== null; match = ATTR.exec(plain)) attrs[match[1]!] = decodeEntities(match[2]!);
  return attrs;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return character(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return character(Number(body.slice(1)));
    return NAMED[body] ?? whole;
  });
}

/**
 * A numeric reference from a template. Past U+10FFFF (`&#x110000;`) there is no character;
 * String.fromCodePoint would throw ("Invalid code point"), so it becomes U+FFFD, the
 * replacement character, as a character XML does not allow does when the document is written.
 */
function character(codePoint: number): string {
  return Number.isSafeInteger(codePoint) && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '\uFFFD';
}

/** Appends one by one: push(...items) passes every item as an argument, and 100,000 line breaks in a value exceed the call stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

const BLOCK_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'table', 'inhoudsopgave', 'nieuwe-pagina']);
const INLINE_STYLE_TAGS = new Set(['b', 'i', 'open']);

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private fail(message: string, token: Token | undefined): never {
    const last = token ?? this.tokens.at(-1);
    throw new MarkupError(message, last?.template ?? null, last?.raw.trim() ?? '', last?.line ?? 1);
  }

  /** Blocks until `until` closes (or the end); loose text and inline tags become a paragraph. */
  blocks(until: string | null): Block[] {
    const blocks: Block[] = [];
    let loose: Inline[] = [];
    const flushLoose = (): void => {
      const content = trimInline(loose);
      if (content.length > 0) blocks.push({ kind: 'paragraph', stijl: null, content });
      loose = [];
    };
    for (;;) {
      const token = this.peek();
      if (!token) {
        if (until) this.fail(`<${until}> wordt niet afgesloten met </${until}>.`, this.tokens.at(-1));
        break;
      }
      if (token.type === 'close') {
        if (token.name === until) break;
        this.fail(`</${token.name}> sluit iets af dat hier niet open staat${until ? ` (verwacht: </${until}>)` : ''}.`, token);
      }
      if ((token.type === 'open' || token.type === 'self') && BLOCK_TAGS.has(token.name)) {
        flushLoose();
        blocks.push(this.block());
        continue;
      }
      if (['li', 'tr', 'td', 'th'].includes(token.name))
        this.fail(`<${token.name}> mag alleen binnen ${token.name === 'li' ? '<ul>' : token.name === 'tr' ? '<table>' : '<tr>'} staan.`, token);
      append(loose, this.inline(null, { bold: false, italic: false, open: false }, true));
    }
    flushLoose();
    return blocks;
  }

  private block(): Block {
    const token = this.tokens[this.position++]!;
    switch (token.name) {
      case 'inhoudsopgave':
      case 'nieuwe-pagina':
        if (token.type === 'open') this.expectClose(token.name);
        return token.name === 'inhoudsopgave' ? { kind: 'toc' } : { kind: 'pagebreak' };
      case 'h1':
      case 'h2':
      case 'h3': {
        const content = this.closedInline(token);
        return { kind: 'heading', level: Number(token.name[1]) as 1 | 2 | 3, numbered: token.attrs.nummer !== 'nee', content };
      }
      case 'p':
        return { kind: 'paragraph', stijl: token.attrs.stijl ?? null, content: this.closedInline(token) };
      case 'ul':
        return this.list(token);
      default:
        return this.table(token);
    }
  }

  private closedInline(token: Token): Inline[] {
    if (token.type === 'self') return [];
    const content = this.inline(token.name, { bold: false, italic: false, open: false }, false);
    this.expectClose(token.name);
    return trimInline(content);
  }

  private expectClose(name: string): void {
    const token = this.peek();
    if (token?.type === 'close' && token.name === name) {
      this.position += 1;
      return;
    }
    this.fail(`<${name}> wordt niet afgesloten met </${name}>${token ? ` (gevonden: ${token.raw.trim()})` : ''}.`, token);
  }

  /** Inline content up to the closing tag of `until`; stops before a block tag when `stopAtBlock`. */
  private inline(until: string | null, style: InlineStyle, stopAtBlock: boolean): Inline[] {
    const result: Inline[] = [];
    for (;;) {
      const token = this.peek();
      if (!token) return result;
      if (token.type === 'text') {
        this.position += 1;
        append(result, textRuns(token.text, style));
        continue;
      }
      if (token.type === 'close') {
        if (token.name === until) return result;
        if (until === null && stopAtBlock) return result;
        this.fail(`</${token.name}> sluit iets af dat hier niet open staat${until ? ` (verwacht: </${until}>)` : ''}.`, token);
      }
      if (BLOCK_TAGS.has(token.name) || ['li', 'tr', 'td', 'th'].includes(token.name)) {
        if (stopAtBlock) return result;
        this.fail(until ? `<${until}> wordt niet afgesloten met </${until}> voordat <${token.name}> begint.` : `<${token.name}> kan hier niet staan.`, token);
      }
      this.position += 1;
      if (INLINE_STYLE_TAGS.has(token.name) && token.type === 'open') {
        const inner: InlineStyle = {
          bold: style.bold || token.name === 'b',
          italic: style.italic || token.name === 'i',
          open: style.open || token.name === 'open',
        };
        append(result, this.inline(token.name, inner, false));
        this.expectClose(token.name);
        continue;
      }
      if ((token.name === 'br' || token.name === 'tab') && token.type === 'self') {
        result.push({ kind: token.name === 'br' ? 'break' : 'tab' });
        continue;
      }
      if ((token.name === 'pagina' || token.name === 'paginas') && token.type === 'self') {
        result.push({ kind: token.name, ...style });
        continue;
      }
      if (token.name === 'bron' && token.type === 'open') {
        const inner = this.inline('bron', style, false);
        this.expectClose('bron');
        // An empty value has no origin to show; a <bron> inside another is the outer one's text.
        const parts = inner.filter((part) => part.kind !== 'bron' && part.kind !== 'bron-einde');
        if (parts.length > 0) {
          result.push({ kind: 'bron', pad: token.attrs.pad ?? '', label: token.attrs.label ?? '', afgeleid: token.attrs.afgeleid === 'ja' });
          append(result, parts);
          result.push({ kind: 'bron-einde' });
        }
        continue;
      }
      if (token.name === 'voetnoot' && token.type === 'open') {
        const inner = this.inline('voetnoot', { bold: false, italic: false, open: false }, false).filter(
          (part) => part.kind !== 'bron' && part.kind !== 'bron-einde',
        );
        this.expectClose('voetnoot');
        const text = trimInline(inner)
          .map((part) => (part.kind === 'text' ? part.text : ' '))
          .join('');
        result.push({ kind: 'voetnoot', text });
        continue;
      }
      this.fail(
        `Onbekende opmaakcode ${token.raw.trim()}. Toegestaan: h1, h2, h3, p, ul/li, table/tr/th/td, b, i, open, br, tab, voetnoot, pagina, paginas, inhoudsopgave, nieuwe-pagina.`,
        token,
      );
    }
  }

  private list(token: Token): Block {
    const items: Inline[][] = [];
    if (token.type === 'self') return { kind: 'list', items };
    for (;;) {
      this.skipWhitespace();
      const next = this.peek();
      if (next?.type === 'close' && next.name === 'ul') break;
      if (next?.type !== 'open' || next.name !== 'li') this.fail(`In <ul> mag alleen <li> staan (gevonden: ${next?.raw.trim() ?? 'het einde'}).`, next);
      this.position += 1;
      items.push(trimInline(this.inline('li', { bold: false, italic: false, open: false }, false)));
      this.expectClose('li');
    }
    this.expectClose('ul');
    return { kind: 'list', items };
  }

  private table(token: Token): Block {
    const widths = token.attrs.breedtes ? token.attrs.breedtes.split(',').map((w) => Number(w.trim())) : null;
    if (widths?.some((w) => !Number.isFinite(w) || w <= 0))
      this.fail(`breedtes="${token.attrs.breedtes}" moet een rij positieve getallen zijn, bijvoorbeeld breedtes="30,70".`, token);
    const rows: TableRow[] = [];
    const described = { titel: token.attrs.titel ?? null, beschrijving: token.attrs.beschrijving ?? null };
    if (token.type === 'self') return { kind: 'table', widths, stijl: token.attrs.stijl ?? null, ...described, rows };
    for (;;) {
      this.skipWhitespace();
      const next = this.peek();
      if (next?.type === 'close' && next.name === 'table') break;
      if (next?.type !== 'open' || next.name !== 'tr') this.fail(`In <table> mag alleen <tr> staan (gevonden: ${next?.raw.trim() ?? 'het einde'}).`, next);
      this.position += 1;
      const hoogte = next.attrs.hoogte ? Number(next.attrs.hoogte) : null;
      const cells: TableCell[] = [];
      for (;;) {
        this.skipWhitespace();
        const cell = this.peek();
        if (cell?.type === 'close' && cell.name === 'tr') break;
        if (cell?.type !== 'open' || (cell.name !== 'td' && cell.name !== 'th'))
          this.fail(`In <tr> mag alleen <th> of <td> staan (gevonden: ${cell?.raw.trim() ?? 'het einde'}).`, cell);
        this.position += 1;
        const span = cell.attrs.kolommen === undefined ? 1 : Number(cell.attrs.kolommen);
        if (!Number.isInteger(span) || span < 1) this.fail(`kolommen="${cell.attrs.kolommen}" moet een heel getal van 1 of meer zijn.`, cell);
        cells.push({ header: cell.name === 'th', centred: cell.attrs.uitlijning === 'midden', span, blocks: this.blocks(cell.name) });
        this.expectClose(cell.name);
      }
      this.expectClose('tr');
      rows.push({ header: cells.length > 0 && cells.every((c) => c.header), hoogte: hoogte !== null && Number.isFinite(hoogte) ? hoogte : null, cells });
    }
    this.expectClose('table');
    if (widths && rows.some((row) => columnsOf(row) !== widths.length)) {
      this.fail(`Een rij van deze tabel heeft niet ${widths.length} cellen (kolommen="…" meegeteld), zoals breedtes="${token.attrs.breedtes}" zegt.`, token);
    }
    return { kind: 'table', widths, stijl: token.attrs.stijl ?? null, ...described, rows };
  }

  private skipWhitespace(): void {
    while (this.peek()?.type === 'text' && this.peek()!.text.trim() === '') this.position += 1;
    const token = this.peek();
    if (token?.type === 'text') this.fail(`Hier staat tekst die in een cel of lijstitem hoort: "${token.text.trim().slice(0, 40)}".`, token);
  }

  done(): boolean {
    return this.position >= this.tokens.length;
  }
}

/** How many columns a row fills, counting a cell with kolommen="3" as three. */
export function columnsOf(row: TableRow): number {
  return row.cells.reduce((sum, cell) => sum + cell.span, 0);
}

/** Template whitespace collapses; encoded line breaks (&#10;) from values become real breaks. */
function textRuns(raw: string, style: InlineStyle): Inline[] {
  const collapsed = decodeEntities(raw.replace(/[ \t\r\n]+/g, ' '));
  const runs: Inline[] = [];
  // Line breaks come from &#10; only (template ones collapsed above): mostly there are none.
  let from = 0;
  for (let lf = collapsed.indexOf('\n'); ; lf = collapsed.indexOf('\n', from)) {
    const part = lf < 0 ? collapsed.slice(from) : collapsed.slice(from, lf);
    if (part !== '') runs.push({ kind: 'text', text: part, bold: style.bold, italic: style.italic, open: style.open });
    if (lf < 0) return runs;
    runs.push({ kind: 'break' });
    from = lf + 1;
  }
}

/** Drops the collapsed whitespace at the start and end of a block, and merges neighbouring spaces. */
function trimInline(content: Inline[]): Inline[] {
  const result: Inline[] = [];
  for (const part of content) {
    const previous = result.at(-1);
    if (part.kind === 'text' && previous?.kind === 'text' && previous.bold === part.bold && previous.italic === part.italic && previous.open === part.open) {
      const joined = previous.text.endsWith(' ') && part.text.startsWith(' ') ? previous.text + part.text.slice(1) : previous.text + part.text;
      result[result.length - 1] = { ...previous, text: joined };
    } else {
      result.push(part);
    }
  }
  // A copy and a pass only where there is something to trim or drop (mostly there is not).
  const first = result[0];
  if (first?.kind === 'text' && first.text.startsWith(' ')) result[0] = { ...first, text: first.text.replace(/^ +/, '') };
  const last = result.at(-1);
  if (last?.kind === 'text' && last.text.endsWith(' ')) result[result.length - 1] = { ...last, text: last.text.replace(/ +$/, '') };
  return result.some(isEmptyText) ? result.filter((part) => !isEmptyText(part)) : result;
}

function isEmptyText(part: Inline): boolean {
  return part.kind === 'text' && part.text === '';
}

export function parseMarkup(markup: string): Block[] {
  const parser = new Parser(tokenize(markup));
  return parser.blocks(null);
}

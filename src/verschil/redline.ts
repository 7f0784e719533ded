/**
 * Word tracked changes between two renderings of the same template: the old and the new version's
 * WordprocessingML. Blocks (paragraphs, tables) are aligned by their text; a changed paragraph is
 * paired with the old one it resembles most and gets word-level w:ins/w:del; a whole paragraph or
 * table row that came or went is marked as inserted or deleted, its paragraph mark included, so
 * that accepting every change gives the new document and rejecting every change the old one.
 *
 * Content controls (w:sdt), hyperlinks and fields around the content are followed transparently:
 * the new document's wrappers are kept, and deleted text goes inside the wrapper of the new side
 * when the old text sat in a wrapper of the same kind and tag (so it stays inside "its" control).
 */
import { diffArrays } from 'diff';
import { pairUp, wordSimilarity } from './pairing.js';
import { xmlAttribute, xmlText } from '../report/xml.js';
import { attribute, child, elements, serialize, textContent, type XmlElement, type XmlNode } from './xml-tree.js';

interface RevisionMark {
  author: string;
  /** `YYYY-MM-DDT00:00:00Z`, or null to leave the date out (it is optional in WordprocessingML). */
  date: string | null;
  /** Hands out w:id values unique in the package. */
  nextId(): number;
}

export interface RedlineContext {
  mark: RevisionMark;
  /** Footnote id → its text, per side: a footnote is known by its text, since ids shift between versions. */
  footnotes: { old: ReadonlyMap<string, string>; new: ReadonlyMap<string, string> };
}

type Status = 'same' | 'ins' | 'del';
type Side = 'old' | 'new';

/** An element around content that is passed through: a content control, hyperlink, simple field. */
interface Wrapper {
  key: string;
  open: string;
  close: string;
}

/** Something placed in a container, with the wrappers around it on its own side. */
interface Placed {
  side: Side;
  path: readonly Wrapper[];
  xml: string;
}

const WRAPPERS = new Set(['w:sdt', 'w:hyperlink', 'w:smartTag', 'w:fldSimple', 'w:customXml']);

function wrapperOf(node: XmlElement): { wrapper: Wrapper; content: XmlNode[] } {
  if (node.name === 'w:sdt') {
    const content = child(node, 'w:sdtContent');
    const properties = elements(node).filter((e) => e.name !== 'w:sdtContent');
    const sdtPr = child(node, 'w:sdtPr');
    const tag = sdtPr ? child(sdtPr, 'w:tag') : undefined;
    const key = `sdt:${tag ? attribute(tag, 'w:val') : sdtPr ? serialize(sdtPr) : ''}`;
    const contentOpen = content?.empty === false ? content.open : '<w:sdtContent>';
    return {
      wrapper: { key, open: `${node.open}${properties.map(serialize).join('')}${contentOpen}`, close: '</w:sdtContent></w:sdt>' },
      content: content?.children ?? [],
    };
  }
  const key = `${node.name}:${attribute(node, 'w:anchor') ?? attribute(node, 'r:id') ?? attribute(node, 'w:instr') ?? attribute(node, 'w:uri') ?? ''}`;
  return { wrapper: { key, open: node.open, close: node.empty ? '' : `</${node.name}>` }, content: node.children };
}

// ————— Emitting placed content with its wrappers —————

/**
 * Serialises placed content, opening and closing wrappers as the path changes. Content of the old
 * side has no wrappers of its own in the result: it takes those open around it on the new side, as
 * far as they match its own (by kind and tag), and never reopens a wrapper already closed.
 */
function emitPlaced(items: readonly Placed[]): string {
  const paths = resolveOldPaths(items);
  let out = '';
  const stack: Wrapper[] = [];
  items.forEach((item, index) => {
    const path = paths[index]!;
    let common = 0;
    while (common < stack.length && common < path.length && stack[common] === path[common]) common += 1;
    while (stack.length > common) out += stack.pop()!.close;
    for (const wrapper of path.slice(common)) {
      out += wrapper.open;
      stack.push(wrapper);
    }
    out += item.xml;
  });
  while (stack.length > 0) out += stack.pop()!.close;
  return out;
}

function resolveOldPaths(items: readonly Placed[]): Array<readonly Wrapper[]> {
  const paths: Array<readonly Wrapper[]> = items.map((item) => (item.side === 'new' ? item.path : []));
  let index = 0;
  while (index < items.length) {
    if (items[index]!.side === 'new') {
      index += 1;
      continue;
    }
    let end = index;
    while (end < items.length && items[end]!.side === 'old') end += 1;
    const before = index > 0 ? items[index - 1]!.path : [];
    const after = end < items.length ? items[end]!.path : [];
    let shared = 0;
    while (shared < before.length && shared < after.length && before[shared] === after[shared]) shared += 1;
    // Deeper than the shared wrappers only into the previous item's, and never deeper than the item before: no wrapper opens twice.
    let limit = before.length;
    for (let k = index; k < end; k += 1) {
      const own = items[k]!.path;
      let depth = 0;
      while (depth < limit && depth < own.length && own[depth]!.key === before[depth]!.key) depth += 1;
      depth = Math.max(depth, Math.min(shared, limit));
      limit = depth;
      paths[k] = before.slice(0, depth);
    }
    index = end;
  }
  return paths;
}

// ————— Blocks: paragraphs and tables —————

interface Block {
  node: XmlElement;
  path: readonly Wrapper[];
  key: string;
  words: readonly string[];
}

function blocksOf(children: readonly XmlNode[], path: readonly Wrapper[] = [], out: Block[] = []): Block[] {
  for (const node of children) {
    if (node.kind !== 'element') continue;
    if (node.name === 'w:sdt') {
      const { wrapper, content } = wrapperOf(node);
      blocksOf(content, [...path, wrapper], out);
      continue;
    }
    const text = node.name === 'w:p' || node.name === 'w:tbl' ? visibleText(node) : serialize(node);
    const style = node.name === 'w:p' ? paragraphStyle(node) : '';
    out.push({ node, path, key: `${node.name}|${style}|${text}`, words: text.split(/\s+/).filter(Boolean) });
  }
  return out;
}

function paragraphStyle(p: XmlElement): string {
  const pPr = child(p, 'w:pPr');
  const style = pPr ? child(pPr, 'w:pStyle') : undefined;
  return style ? (attribute(style, 'w:val') ?? '') : '';
}

/** What a reader sees of a paragraph or table: its text, tabs and breaks; not field codes. */
function visibleText(node: XmlNode): string {
  if (node.kind === 'text') return '';
  switch (node.name) {
    case 'w:t':
    case 'w:delText':
      return textContent(node);
    case 'w:tab':
      return '\t';
    case 'w:br':
    case 'w:cr':
      return '\n';
    case 'w:instrText':
    case 'w:delInstrText':
    case 'w:pPr':
    case 'w:rPr':
    case 'w:sdtPr':
    case 'w:tblPr':
    case 'w:trPr':
    case 'w:tcPr':
      return '';
    case 'w:tc':
      return `${node.children.map(visibleText).join('')}\u0002`;
    case 'w:tr':
    case 'w:p':
      return `${node.children.map(visibleText).join('')}\u0001`;
    default:
      return node.children.map(visibleText).join('');
  }
}

/** Paragraphs of one style, or tables: what may replace what. */
function blockKind(block: Block): string {
  return block.node.name === 'w:p' ? `p:${paragraphStyle(block.node)}` : block.node.name;
}

/** How alike two blocks are: the same kind and style, and their words. */
function similarity(a: Block, b: Block): number {
  if (a.node.name !== b.node.name) return 0;
  if (a.words.length === 0 && b.words.length === 0) return paragraphStyle(a.node) === paragraphStyle(b.node) ? 1 : 0.5;
  return wordSimilarity(a.words, b.words);
}

/** Walks a diff of old and new items: unchanged items, and changed stretches with their pairs. */
function alignSequences<T>(
  olds: readonly T[],
  news: readonly T[],
  key: (item: T) => string,
  similar: (a: T, b: T) => number,
  kind: (item: T) => string,
  visit: { same(oldItem: T, newItem: T): void; paired(oldItem: T, newItem: T): void; deleted(item: T): void; inserted(item: T): void },
): void {
  const changes = diffArrays(olds.map(key), news.map(key));
  let oi = 0;
  let ni = 0;
  let removed: T[] = [];
  let added: T[] = [];
  const flush = (): void => {
    let r = 0;
    let a = 0;
    // One item replaced by one of the same kind (a table cell's value, a heading) is that item changed, however different its words.
    const pairs =
      removed.length === 1 && added.length === 1 && similar(removed[0]!, removed[0]!) > 0 && kind(removed[0]!) === kind(added[0]!)
        ? [[0, 0] as [number, number]]
        : pairUp(removed, added, similar);
    for (const [i, j] of pairs) {
      while (r < i) visit.deleted(removed[r++]!);
      while (a < j) visit.inserted(added[a++]!);
      visit.paired(removed[r++]!, added[a++]!);
    }
    while (r < removed.length) visit.deleted(removed[r++]!);
    while (a < added.length) visit.inserted(added[a++]!);
    removed = [];
    added = [];
  };
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.removed) {
      removed.push(...olds.slice(oi, oi + count));
      oi += count;
    } else if (change.added) {
      added.push(...news.slice(ni, ni + count));
      ni += count;
    } else {
      flush();
      for (let k = 0; k < count; k += 1) visit.same(olds[oi++]!, news[ni++]!);
    }
  }
  flush();
}

/** The tracked-change redline of a container's block content (body, header, table cell). */
export function redlineBlocks(oldChildren: readonly XmlNode[], newChildren: readonly XmlNode[], context: RedlineContext, { cell = false } = {}): string {
  const entries: Entry[] = [];
  alignSequences(blocksOf(oldChildren), blocksOf(newChildren), (b) => b.key, similarity, blockKind, {
    same: (a, b) => entries.push({ kind: 'same', old: a, new: b }),
    paired: (a, b) => entries.push({ kind: 'paired', old: a, new: b }),
    deleted: (a) => entries.push({ kind: 'del', old: a }),
    inserted: (b) => entries.push({ kind: 'ins', new: b }),
  });
  if (cell) shareLastMark(entries);
  // The last paragraph mark of a cell cannot go (Word and LibreOffice keep it, and an empty line
  // would stay behind): when a cell's last paragraphs are deleted (or inserted), the mark of the
  // paragraph before them is deleted (or inserted) instead, and the last one keeps its own, as
  // Word itself records it.
  let joined = -1;
  let kept = -1;
  const trailing = entries.at(-1)?.kind;
  if (cell && (trailing === 'del' || trailing === 'ins')) {
    const paragraphOf = (entry: (typeof entries)[number]): boolean => (entry.new ?? entry.old)!.node.name === 'w:p';
    let first = entries.length;
    while (first > 0 && entries[first - 1]!.kind === trailing && paragraphOf(entries[first - 1]!)) first -= 1;
    const before = entries[first - 1];
    if (first < entries.length && before && (before.kind === 'same' || before.kind === 'paired') && before.new!.node.name === 'w:p') {
      joined = first - 1;
      kept = entries.length - 1;
    }
  }
  const joinMark = trailing === 'ins' ? 'ins' : 'del';
  const placed: Placed[] = [];
  entries.forEach((entry, index) => {
    const { old: a, new: b } = entry;
    let xml: string;
    if (entry.kind === 'same') xml = index === joined ? withMark(b!.node, joinMark, context) : serialize(b!.node);
    else if (entry.kind === 'paired')
      xml =
        a!.node.name === 'w:p'
          ? pairedParagraph(a!.node, b!.node, context, index === joined ? joinMark : null)
          : a!.node.name === 'w:tbl'
            ? pairedTable(a!.node, b!.node, context)
            : serialize(b!.node);
    else if (entry.kind === 'del') xml = index === kept ? markedParagraph(a!.node, 'del', 'old', context, false) : markedBlock(a!.node, 'del', 'old', context);
    else xml = index === kept ? markedParagraph(b!.node, 'ins', 'new', context, false) : markedBlock(b!.node, 'ins', 'new', context);
    if (xml) placed.push({ side: entry.kind === 'del' ? 'old' : 'new', path: (b ?? a)!.path, xml });
  });
  return emitPlaced(placed);
}

type Entry = { kind: 'same' | 'paired' | 'del' | 'ins'; old?: Block; new?: Block };

/**
 * A cell whose last lines were all replaced: its last old and last new paragraph share the cell's
 * end mark, so they are paired (word changes in one paragraph) instead of one deleted and one
 * inserted, which would leave an empty line behind after rejecting or accepting.
 */
function shareLastMark(entries: Entry[]): void {
  let first = entries.length;
  while (first > 0 && (entries[first - 1]!.kind === 'del' || entries[first - 1]!.kind === 'ins')) first -= 1;
  const stretch = entries.slice(first);
  const lastOld = stretch.map((e) => e.kind).lastIndexOf('del');
  const lastNew = stretch.map((e) => e.kind).lastIndexOf('ins');
  if (lastOld < 0 || lastNew < 0) return;
  const [a, b] = [stretch[lastOld]!.old!, stretch[lastNew]!.new!];
  if (a.node.name !== 'w:p' || b.node.name !== 'w:p') return;
  const rest = stretch.filter((_, index) => index !== lastOld && index !== lastNew);
  entries.splice(first, stretch.length, ...rest, { kind: 'paired', old: a, new: b });
}

function withMark(p: XmlElement, status: 'ins' | 'del', context: RedlineContext): string {
  return `${p.open}${markedParagraphProperties(p, status, context)}${p.children
    .filter((n) => !(n.kind === 'element' && n.name === 'w:pPr'))
    .map(serialize)
    .join('')}</w:p>`;
}

function markedBlock(node: XmlElement, status: 'ins' | 'del', side: Side, context: RedlineContext): string {
  if (node.name === 'w:p') return markedParagraph(node, status, side, context);
  if (node.name === 'w:tbl') return markedTable(node, status, side, context);
  // Anything else (the section properties) belongs to its own version: the new one's stays, the old one's goes.
  return side === 'new' ? serialize(node) : '';
}

function revision(status: 'ins' | 'del', context: RedlineContext): string {
  const date = context.mark.date ? ` w:date="${context.mark.date}"` : '';
  return `<w:${status} w:id="${context.mark.nextId()}" w:author="${xmlAttribute(context.mark.author)}"${date}`;
}

/** The paragraph's properties with its mark inserted or deleted (w:pPr/w:rPr/w:ins|w:del). */
function markedParagraphProperties(p: XmlElement, status: 'ins' | 'del', context: RedlineContext): string {
  const mark = `${revision(status, context)}/>`;
  const pPr = child(p, 'w:pPr');
  if (!pPr || pPr.empty) return `<w:pPr><w:rPr>${mark}</w:rPr></w:pPr>`;
  const rPr = child(pPr, 'w:rPr');
  const parts = pPr.children.map((node) => {
    if (node !== rPr) return serialize(node);
    // ins/del come first in the paragraph mark's run properties.
    return rPr.empty ? `<w:rPr>${mark}</w:rPr>` : `${rPr.open}${mark}${rPr.children.map(serialize).join('')}</w:rPr>`;
  });
  if (!rPr) {
    // w:rPr comes after the other paragraph properties, before w:sectPr and w:pPrChange.
    const at = pPr.children.findIndex((node) => node.kind === 'element' && (node.name === 'w:sectPr' || node.name === 'w:pPrChange'));
    parts.splice(at < 0 ? parts.length : at, 0, `<w:rPr>${mark}</w:rPr>`);
  }
  return `${pPr.open}${parts.join('')}</w:pPr>`;
}

function markedParagraph(p: XmlElement, status: 'ins' | 'del', side: Side, context: RedlineContext, markTheMark = true): string {
  const tokens = inlineTokens(p, side, context);
  const pPr = child(p, 'w:pPr');
  const properties = markTheMark ? markedParagraphProperties(p, status, context) : pPr ? serialize(pPr) : '';
  return `${p.open}${properties}${emitInline(
    tokens.map((token) => ({ status: token.piece.kind === 'marker' ? 'same' : status, token })),
    context,
  )}</w:p>`;
}

function pairedParagraph(oldP: XmlElement, newP: XmlElement, context: RedlineContext, markStatus: 'ins' | 'del' | null = null): string {
  const olds = inlineTokens(oldP, 'old', context).filter((t) => t.piece.kind !== 'marker');
  const news = inlineTokens(newP, 'new', context);
  const merged: Array<InlineItem & { old?: InlineToken }> = [];
  const changes = diffArrays(olds, news, { comparator: (a, b) => a.key === b.key && a.piece.kind !== 'marker' && b.piece.kind !== 'marker' });
  let oi = 0;
  let ni = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    for (let k = 0; k < count; k += 1) {
      if (change.removed) merged.push({ status: 'del', token: olds[oi++]! });
      else if (change.added) {
        const token = news[ni++]!;
        merged.push({ status: token.piece.kind === 'marker' ? 'same' : 'ins', token });
      } else merged.push({ status: 'same', token: news[ni++]!, old: olds[oi++]! });
    }
  }
  const pPr = child(newP, 'w:pPr');
  const properties = markStatus ? markedParagraphProperties(newP, markStatus, context) : pPr ? serialize(pPr) : '';
  return `${newP.open}${properties}${emitInline(readable(merged), context)}</w:p>`;
}

/**
 * Makes word changes read as Word users expect: a space alone between two changes is changed too
 * ("~~twee weken~~ __week__", not "~~twee~~__week__ ~~weken~~"), and in each changed stretch the
 * deleted words come before the inserted ones. Accepting or rejecting gives the same text either way.
 */
function readable(items: ReadonlyArray<InlineItem & { old?: InlineToken }>): InlineItem[] {
  const changed = (item: InlineItem | undefined): boolean => item !== undefined && item.status !== 'same';
  const spread: InlineItem[] = [];
  items.forEach((item, index) => {
    const between =
      item.status === 'same' && item.old && item.token.text !== null && item.token.text.trim() === '' && changed(items[index - 1]) && changed(items[index + 1]);
    if (between) spread.push({ status: 'del', token: item.old! }, { status: 'ins', token: item.token });
    else spread.push(item);
  });
  const out: InlineItem[] = [];
  for (let start = 0; start < spread.length; ) {
    if (!changed(spread[start])) {
      out.push(spread[start++]!);
      continue;
    }
    let end = start;
    while (changed(spread[end])) end += 1;
    const stretch = spread.slice(start, end);
    out.push(...stretch.filter((i) => i.status === 'del'), ...stretch.filter((i) => i.status === 'ins'));
    start = end;
  }
  return out;
}

// ————— Tables —————

function rowsOf(table: XmlElement): XmlElement[] {
  return elements(table, 'w:tr');
}

interface Row {
  node: XmlElement;
  key: string;
  words: readonly string[];
  cells: number;
}

function row(node: XmlElement): Row {
  const text = visibleText(node);
  return { node, key: text, words: text.split(/[\s\u0001\u0002]+/).filter(Boolean), cells: elements(node, 'w:tc').length };
}

function rowSimilarity(a: Row, b: Row): number {
  if (a.cells !== b.cells) return 0;
  return similarity({ node: a.node, path: [], key: a.key, words: a.words }, { node: b.node, path: [], key: b.key, words: b.words });
}

function tableStart(table: XmlElement): string {
  return `${table.open}${elements(table)
    .filter((e) => e.name !== 'w:tr')
    .map(serialize)
    .join('')}`;
}

function pairedTable(oldTable: XmlElement, newTable: XmlElement, context: RedlineContext): string {
  let rows = '';
  alignSequences(
    rowsOf(oldTable).map(row),
    rowsOf(newTable).map(row),
    (r) => r.key,
    rowSimilarity,
    (r) => String(r.cells),
    {
      same: (_, b) => (rows += serialize(b.node)),
      paired: (a, b) => (rows += pairedRow(a.node, b.node, context)),
      deleted: (a) => (rows += markedRow(a.node, 'del', 'old', context)),
      inserted: (b) => (rows += markedRow(b.node, 'ins', 'new', context)),
    },
  );
  return `${tableStart(newTable)}${rows}</w:tbl>`;
}

function markedTable(table: XmlElement, status: 'ins' | 'del', side: Side, context: RedlineContext): string {
  return `${tableStart(table)}${rowsOf(table)
    .map((r) => markedRow(r, status, side, context))
    .join('')}</w:tbl>`;
}

/** The row's properties with the row itself marked inserted or deleted (w:trPr/w:ins|w:del, last). */
function markedRowProperties(tr: XmlElement, status: 'ins' | 'del', context: RedlineContext): string {
  const mark = `${revision(status, context)}/>`;
  const trPr = child(tr, 'w:trPr');
  if (!trPr || trPr.empty) return `<w:trPr>${mark}</w:trPr>`;
  const kept = trPr.children.filter((node) => !(node.kind === 'element' && node.name === 'w:trPrChange'));
  return `${trPr.open}${kept.map(serialize).join('')}${mark}</w:trPr>`;
}

function markedRow(tr: XmlElement, status: 'ins' | 'del', side: Side, context: RedlineContext): string {
  let inner = '';
  let marked = false;
  for (const node of tr.children) {
    if (node.kind !== 'element') continue;
    if (node.name === 'w:trPr' || (node.name === 'w:tc' && !marked)) {
      inner += markedRowProperties(tr, status, context);
      marked = true;
      if (node.name === 'w:trPr') continue;
    }
    if (node.name === 'w:tc') inner += cell(node, markedContent(cellContent(node), status, side, context));
    else if (side === 'new') inner += serialize(node);
  }
  return `${tr.open}${inner}</w:tr>`;
}

/** A container's blocks all inserted (new side, its wrappers kept) or all deleted (old side, without its wrappers). */
function markedContent(children: readonly XmlNode[], status: 'ins' | 'del', side: Side, context: RedlineContext): string {
  return emitPlaced(blocksOf(children).map((b) => ({ side, path: b.path, xml: markedBlock(b.node, status, side, context) })));
}

function cellContent(tc: XmlElement): XmlNode[] {
  return tc.children.filter((n) => !(n.kind === 'element' && n.name === 'w:tcPr'));
}

function cell(tc: XmlElement, content: string): string {
  const tcPr = child(tc, 'w:tcPr');
  return `${tc.open}${tcPr ? serialize(tcPr) : ''}${content}</w:tc>`;
}

function pairedRow(oldTr: XmlElement, newTr: XmlElement, context: RedlineContext): string {
  const oldCells = elements(oldTr, 'w:tc');
  let index = 0;
  const inner = newTr.children.map((node) => {
    if (node.kind !== 'element') return '';
    if (node.name !== 'w:tc') return serialize(node);
    const oldCell = oldCells[index++]!;
    return cell(node, redlineBlocks(cellContent(oldCell), cellContent(node), context, { cell: true }));
  });
  return `${newTr.open}${inner.join('')}</w:tr>`;
}

// ————— Inline content: words, tabs, breaks, fields —————

interface Piece {
  kind: 'text' | 'atom' | 'marker';
  rPr: string;
  path: readonly Wrapper[];
  side: Side;
}

interface InlineToken {
  piece: Piece;
  /** What is compared: the word, or the atom's identity. */
  key: string;
  /** The run content as XML: escaped text for a word, the element for an atom or marker. */
  xml: string;
  /** Text for w:t; null for an atom. */
  text: string | null;
}

interface InlineItem {
  status: Status;
  token: InlineToken;
}

const WORD = /\s+|[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;

function inlineTokens(p: XmlElement, side: Side, context: RedlineContext): InlineToken[] {
  const tokens: InlineToken[] = [];
  const footnotes = side === 'old' ? context.footnotes.old : context.footnotes.new;
  const walk = (nodes: readonly XmlNode[], path: readonly Wrapper[]): void => {
    for (const node of nodes) {
      if (node.kind !== 'element' || node.name === 'w:pPr') continue;
      if (WRAPPERS.has(node.name)) {
        const { wrapper, content } = wrapperOf(node);
        walk(content, [...path, wrapper]);
        continue;
      }
      if (node.name === 'w:ins') {
        walk(node.children, path);
        continue;
      }
      if (node.name === 'w:del') continue;
      if (node.name !== 'w:r') {
        tokens.push({ piece: { kind: 'marker', rPr: '', path, side }, key: serialize(node), xml: serialize(node), text: null });
        continue;
      }
      const rPr = child(node, 'w:rPr');
      const piece = (kind: Piece['kind']): Piece => ({ kind, rPr: rPr ? serialize(rPr) : '', path, side });
      for (const part of elements(node)) {
        if (part === rPr) continue;
        if (part.name === 'w:t') {
          const text = textContent(part);
          const shared = piece('text');
          for (const word of text.match(WORD) ?? []) tokens.push({ piece: shared, key: word, xml: xmlText(word), text: word });
        } else if (part.name === 'w:footnoteReference') {
          const note = footnotes.get(attribute(part, 'w:id') ?? '') ?? '';
          tokens.push({ piece: piece('atom'), key: `fn:${note}`, xml: serialize(part), text: null });
        } else {
          tokens.push({
            piece: piece('atom'),
            key: part.name === 'w:instrText' ? `instr:${textContent(part)}` : serialize(part),
            xml: serialize(part),
            text: null,
          });
        }
      }
    }
  };
  walk(p.children, []);
  return tokens;
}

/** An old atom in deleted text: field codes become w:delInstrText, a footnote points at the new one with the same text. */
function deletedAtom(token: InlineToken, context: RedlineContext): string | null {
  if (token.xml.startsWith('<w:instrText')) return token.xml.replace(/^<w:instrText/, '<w:delInstrText').replace(/<\/w:instrText>$/, '</w:delInstrText>');
  if (token.key.startsWith('fn:')) {
    const text = token.key.slice(3);
    const id = [...context.footnotes.new].find(([, note]) => note === text)?.[0];
    return id === undefined ? null : `<w:footnoteReference w:id="${xmlAttribute(id)}"/>`;
  }
  return token.xml;
}

function emitInline(items: readonly InlineItem[], context: RedlineContext): string {
  const placed: Placed[] = [];
  let group: { status: Status; piece: Piece; content: string } | null = null;
  const flush = (): void => {
    if (!group) return;
    const run = `<w:r>${group.piece.rPr}${group.content}</w:r>`;
    const xml = group.status === 'same' ? run : `${revision(group.status, context)}>${run}</w:${group.status}>`;
    placed.push({ side: group.piece.side, path: group.piece.path, xml });
    group = null;
  };
  for (const { status, token } of items) {
    if (token.piece.kind === 'marker') {
      flush();
      if (token.piece.side === 'new') placed.push({ side: 'new', path: token.piece.path, xml: token.xml });
      continue;
    }
    let content: string | null;
    if (token.text !== null) {
      const element = status === 'del' ? 'w:delText' : 'w:t';
      content = `<${element} xml:space="preserve">${token.xml}</${element}>`;
    } else content = status === 'del' ? deletedAtom(token, context) : token.xml;
    if (content === null) continue;
    if (
      group &&
      (group.status !== status || group.piece.rPr !== token.piece.rPr || group.piece.path !== token.piece.path || group.piece.side !== token.piece.side)
    )
      flush();
    if (group) group.content += content;
    else group = { status, piece: token.piece, content };
  }
  flush();
  return emitPlaced(mergeTextElements(placed));
}

/** Adjacent w:t (or w:delText) elements of one run become one: `<w:t>De</w:t><w:t> </w:t>` → `<w:t>De </w:t>`. */
function mergeTextElements(placed: Placed[]): Placed[] {
  return placed.map((item) => ({ ...item, xml: item.xml.replace(/<\/w:(t|delText)><w:\1 xml:space="preserve">/g, '') }));
}

import { parseXml, type XmlNode } from './xml-tree.js';

export { parseXml, type XmlNode };

/**
 * The text of a WordprocessingML body as swa reads it back: each content control (w:sdt with a
 * w:tag) with its text, the tracked changes and the comments inside it, and each paragraph outside
 * the controls. How Word stores an edit does not matter here: runs split mid-word, w:proofErr,
 * bookmarks and rsid attributes carry no text and fall away; w:br and w:cr are line breaks, w:tab
 * a tab, a paragraph mark inside a block control a line break.
 */

export interface TrackedChange {
  kind: 'ins' | 'del';
  author: string;
  date: string;
}

/** A stretch of text, inserted or deleted by a tracked change, or neither. */
export interface Segment {
  text: string;
  change: TrackedChange | null;
}

export interface Control {
  /** The data path (w:tag); empty when the program that saved the document dropped it. */
  tag: string;
  alias: string;
  /** A plain-text control (w:text): the document shows something made from the value (names, a Dutch date), not the value as written. */
  derived: boolean;
  segments: Segment[];
  /** The number of render's hidden bookmark `_swa<n>` in the control: it names the control where a program dropped the tag. */
  anchor: number | null;
  /** Ids of the comments anchored in this control. */
  comments: string[];
}

export interface FixedParagraph {
  /** The paragraph outside the controls, each control in it written as ⟦n⟧ (n: its index in `controls`). */
  segments: Segment[];
  comments: string[];
}

export interface WordText {
  controls: Control[];
  paragraphs: FixedParagraph[];
}

export function nameOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[nameOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attribute(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'] as Record<string, string> | undefined;
  return attributes?.[name];
}

export function textOf(node: XmlNode): string {
  return childrenOf(node)
    .map((child) => (typeof child['#text'] === 'string' ? child['#text'] : ''))
    .join('');
}

/** Properties, not content: their w:tab elements are tab stops and their text is no text of the document. */
const NOT_CONTENT = new Set([
  'w:pPr',
  'w:rPr',
  'w:sdtPr',
  'w:sdtEndPr',
  'w:tblPr',
  'w:tblGrid',
  'w:trPr',
  'w:tcPr',
  'w:sectPr',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
  'w:object',
  'w:rPrChange',
  'w:pPrChange',
]);

/** Fields whose result Word and LibreOffice compute anew, such as a page number: that result is nobody's text. */
const COMPUTED_FIELD = /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b/i;
/** Such a field in the text, whatever number it shows. */
const COMPUTED_SHOWN = '#';

/** Reads word/document.xml (or a header or footer part). */
export function readWordText(documentXml: string): WordText {
  const reader = new Reader();
  reader.walk(parseXml(documentXml), null, false);
  reader.endParagraph(null);
  return { controls: reader.controls, paragraphs: reader.paragraphs.filter((p) => p.segments.length > 0 || p.comments.length > 0) };
}

interface OpenControl {
  control: Control;
  block: boolean;
}

class Reader {
  readonly controls: Control[] = [];
  readonly paragraphs: FixedParagraph[] = [];
  private paragraph: FixedParagraph = { segments: [], comments: [] };
  readonly open: OpenControl[] = [];
  private readonly openComments = new Set<string>();
  /** A generated table of contents (w:docPartObj): its text is Word's, rebuilt at will, never the user's. */
  private insideGenerated = 0;
  /** Open complex fields (w:fldChar begin … separate … end), innermost last. */
  private readonly fields: Array<{ instruction: string; inResult: boolean }> = [];
  /** Inside the result of a w:fldSimple that is computed. */
  private insideComputedSimple = 0;

  walk(nodes: XmlNode[], change: TrackedChange | null, inRun: boolean): void {
    for (const node of nodes) {
      const name = nameOf(node);
      if (name === '#text' || NOT_CONTENT.has(name)) continue;
      switch (name) {
        case 'w:fldChar':
          this.fieldChar(attribute(node, 'w:fldCharType'), change);
          break;
        case 'w:instrText':
        case 'w:delInstrText': {
          const open = this.fields.at(-1);
          if (open && !open.inResult) open.instruction += textOf(node);
          break;
        }
        case 'mc:AlternateContent': {
          // The same drawing twice, for newer and older programs: only the first choice is read.
          const choice = childrenOf(node).find((child) => nameOf(child) === 'mc:Choice') ?? childrenOf(node).find((child) => nameOf(child) === 'mc:Fallback');
          if (choice) this.walk(childrenOf(choice), change, inRun);
          break;
        }
        case 'w:txbxContent':
          this.textBox(node, change);
          break;
        case 'w:fldSimple': {
          const computed = COMPUTED_FIELD.test(attribute(node, 'w:instr') ?? '') ? 1 : 0;
          if (computed) this.emit(COMPUTED_SHOWN, change);
          this.insideComputedSimple += computed;
          this.walk(childrenOf(node), change, inRun);
          this.insideComputedSimple -= computed;
          break;
        }
        case 'w:t':
        case 'w:delText':
          this.emit(textOf(node), change);
          break;
        case 'w:tab':
          if (inRun) this.emit('\t', change);
          break;
        case 'w:br':
          // A page or column break is layout, not text.
          if (attribute(node, 'w:type') === undefined || attribute(node, 'w:type') === 'textWrapping') this.emit('\n', change);
          break;
        case 'w:cr':
          this.emit('\n', change);
          break;
        case 'w:noBreakHyphen':
          this.emit('-', change);
          break;
        case 'w:r':
          this.walk(childrenOf(node), change, true);
          break;
        case 'w:ins':
        case 'w:moveTo':
          this.walk(childrenOf(node), trackedChange(node, 'ins'), inRun);
          break;
        case 'w:del':
        case 'w:moveFrom':
          this.walk(childrenOf(node), trackedChange(node, 'del'), inRun);
          break;
        case 'w:p':
          this.walk(joinSplitControls(childrenOf(node)), change, false);
          this.endParagraph(paragraphMarkChange(node));
          break;
        case 'w:sdt':
          this.control(node, change);
          break;
        case 'w:commentRangeStart': {
          const id = attribute(node, 'w:id') ?? '';
          this.openComments.add(id);
          this.anchorComment(id);
          break;
        }
        case 'w:bookmarkStart': {
          const anchor = /^_swa(\d+)$/.exec(attribute(node, 'w:name') ?? '');
          const inner = this.open.at(-1);
          if (anchor && inner && inner.control.anchor === null) inner.control.anchor = Number(anchor[1]);
          break;
        }
        case 'w:commentRangeEnd':
          this.openComments.delete(attribute(node, 'w:id') ?? '');
          break;
        default:
          this.walk(childrenOf(node), change, inRun);
      }
    }
  }

  private control(node: XmlNode, change: TrackedChange | null): void {
    const properties = childrenOf(node).find((child) => nameOf(child) === 'w:sdtPr');
    const content = childrenOf(node).find((child) => nameOf(child) === 'w:sdtContent');
    const property = (name: string): XmlNode | undefined => (properties ? childrenOf(properties).find((child) => nameOf(child) === name) : undefined);
    if (property('w:docPartObj') || property('w:docPartList')) {
      this.insideGenerated += 1;
      if (content) this.walk(childrenOf(content), change, false);
      this.insideGenerated -= 1;
      return;
    }
    if (!content) return;
    const control: Control = {
      tag: attribute(property('w:tag') ?? {}, 'w:val') ?? '',
      alias: attribute(property('w:alias') ?? {}, 'w:val') ?? '',
      derived: property('w:text') !== undefined,
      segments: [],
      anchor: null,
      comments: [],
    };
    const index = this.controls.length;
    this.controls.push(control);
    // A control around whole paragraphs holds w:p; one inside a paragraph holds runs.
    const block = childrenOf(content).some((child) => ['w:p', 'w:tbl', 'w:tr', 'w:tc'].includes(nameOf(child)));
    if (this.insideGenerated === 0) {
      for (const id of this.openComments) control.comments.push(id);
      if (this.open.length > 0) this.emit(`⟦${index}⟧`, null);
    }
    const outermost = this.open.length === 0;
    this.open.push({ control, block });
    this.walk(childrenOf(content), change, false);
    this.open.pop();
    // The last paragraph mark ends the control, not a line of the value.
    const last = control.segments.at(-1);
    if (block && last?.text.endsWith('\n')) {
      last.text = last.text.slice(0, -1);
      if (last.text === '') control.segments.pop();
    }
    if (outermost && this.insideGenerated === 0) {
      if (block) this.paragraphs.push({ segments: [{ text: `⟦${index}⟧`, change: null }], comments: [] });
      else this.paragraph.segments.push({ text: `⟦${index}⟧`, change: null });
    }
  }

  /** A text box (in a drawing or shape) holds paragraphs of its own, outside any control: its text is never a value. */
  private textBox(node: XmlNode, change: TrackedChange | null): void {
    const paragraph = this.paragraph;
    const open = this.open.splice(0);
    this.paragraph = { segments: [], comments: [] };
    this.walk(childrenOf(node), change, false);
    this.endParagraph(null);
    this.paragraph = paragraph;
    this.open.push(...open);
  }

  private fieldChar(type: string | undefined, change: TrackedChange | null): void {
    if (type === 'begin') this.fields.push({ instruction: '', inResult: false });
    else if (type === 'separate') {
      const open = this.fields.at(-1);
      if (open) open.inResult = true;
    } else if (type === 'end') {
      const closed = this.fields.pop();
      if (closed && COMPUTED_FIELD.test(closed.instruction)) this.emit(COMPUTED_SHOWN, change);
    }
  }

  private inComputedResult(): boolean {
    return this.insideComputedSimple > 0 || this.fields.some((field) => field.inResult && COMPUTED_FIELD.test(field.instruction));
  }

  private emit(text: string, change: TrackedChange | null): void {
    if (text === '' || this.insideGenerated > 0 || this.inComputedResult()) return;
    const target = this.open.at(-1)?.control.segments ?? this.paragraph.segments;
    const last = target.at(-1);
    if (last && sameChange(last.change, change) && !isMarker(last.text) && !isMarker(text)) last.text += text;
    else target.push({ text, change });
  }

  private anchorComment(id: string): void {
    if (this.insideGenerated > 0) return;
    const inner = this.open.at(-1);
    if (inner) inner.control.comments.push(id);
    else this.paragraph.comments.push(id);
  }

  endParagraph(mark: TrackedChange | null): void {
    if (this.insideGenerated > 0) return;
    const inner = this.open.at(-1);
    if (inner) {
      // A paragraph mark inside a block control: the value goes on on a new line.
      if (inner.block) this.emit('\n', mark);
      return;
    }
    if (this.paragraph.segments.length > 0 || this.paragraph.comments.length > 0) this.paragraphs.push(this.paragraph);
    this.paragraph = { segments: [], comments: [] };
  }
}

/**
 * LibreOffice (7.4) saves a tracked change at the edge of a content control by ending the control
 * before the change and starting an equal one after it: `sdt, w:ins/w:del …, sdt`. Such halves,
 * with the same properties and only tracked changes between them, are one control again.
 */
function joinSplitControls(nodes: XmlNode[]): XmlNode[] {
  const result: XmlNode[] = [];
  let i = 0;
  while (i < nodes.length) {
    let node = nodes[i]!;
    i += 1;
    if (nameOf(node) !== 'w:sdt') {
      result.push(node);
      continue;
    }
    for (;;) {
      let j = i;
      while (j < nodes.length && ['w:ins', 'w:del', 'w:moveTo', 'w:moveFrom'].includes(nameOf(nodes[j]!))) j += 1;
      const next = nodes[j];
      if (j === i || !next || nameOf(next) !== 'w:sdt' || propertiesKey(next) !== propertiesKey(node)) break;
      node = {
        'w:sdt': [
          sdtPart(node, 'w:sdtPr') ?? { 'w:sdtPr': [] },
          { 'w:sdtContent': [...childrenOf(sdtPart(node, 'w:sdtContent') ?? {}), ...nodes.slice(i, j), ...childrenOf(sdtPart(next, 'w:sdtContent') ?? {})] },
        ],
      };
      i = j + 1;
    }
    result.push(node);
  }
  return result;
}

function sdtPart(sdt: XmlNode, name: string): XmlNode | undefined {
  return childrenOf(sdt).find((child) => nameOf(child) === name);
}

/** A control's properties without its number (w:id), which a program may give each half anew. */
function propertiesKey(sdt: XmlNode): string {
  const properties = sdtPart(sdt, 'w:sdtPr');
  return JSON.stringify(properties ? childrenOf(properties).filter((child) => nameOf(child) !== 'w:id') : []);
}

function trackedChange(node: XmlNode, kind: 'ins' | 'del'): TrackedChange {
  return { kind, author: attribute(node, 'w:author') ?? '', date: attribute(node, 'w:date') ?? '' };
}

/** w:pPr/w:rPr/w:ins (or w:del): the paragraph mark itself was inserted (or deleted) as a tracked change. */
function paragraphMarkChange(paragraph: XmlNode): TrackedChange | null {
  const properties = childrenOf(paragraph).find((child) => nameOf(child) === 'w:pPr');
  const runProperties = properties && childrenOf(properties).find((child) => nameOf(child) === 'w:rPr');
  if (!runProperties) return null;
  for (const child of childrenOf(runProperties)) {
    const name = nameOf(child);
    if (name === 'w:ins') return trackedChange(child, 'ins');
    if (name === 'w:del') return trackedChange(child, 'del');
  }
  return null;
}

const MARKER = /^⟦\d+⟧$/;

function isMarker(text: string): boolean {
  return MARKER.test(text);
}

function sameChange(a: TrackedChange | null, b: TrackedChange | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && a.author === b.author && a.date === b.date;
}

/** The text as it stands: tracked insertions not (yet) in it, tracked deletions still in it. */
export function acceptedText(segments: readonly Segment[]): string {
  return segments
    .filter((s) => s.change?.kind !== 'ins')
    .map((s) => s.text)
    .join('');
}

/** The text with every tracked change applied: insertions in, deletions out. */
export function proposedText(segments: readonly Segment[]): string {
  return segments
    .filter((s) => s.change?.kind !== 'del')
    .map((s) => s.text)
    .join('');
}

/** The authors (and the last date) of the tracked changes in a text. */
export function changeAuthors(segments: readonly Segment[]): TrackedChange[] {
  const seen = new Map<string, TrackedChange>();
  for (const segment of segments) {
    if (!segment.change) continue;
    const known = seen.get(segment.change.author);
    if (!known || segment.change.date > known.date) seen.set(segment.change.author, segment.change);
  }
  return [...seen.values()];
}

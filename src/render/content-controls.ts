import { CONTROLS_NAMESPACE } from '../word/namespaces.js';
import { strFromU8, strToU8 } from 'fflate';
import type { BronMark } from './markup.js';

/**
 * Content controls (w:sdt, ECMA-376 Part 1 §17.5.2) around every text that comes from the
 * agreements file, so that `swa verwerk` can find an edited value back in the file.
 *
 * - `w:tag` is the data path (`afspraken.c_taakverdeling.wachtlijsten.1.afspraak`, `partners.gi.0.naam`),
 *   `w:alias` a readable title ("c.3 Wachtlijsten"), `w:id` the control's number in the document (1, 2, …).
 * - A value that is a whole paragraph gets a block-level control around the paragraph (a partner
 *   may add paragraphs to it: they belong to the value); a value inside a sentence or next to other
 *   text gets a run-level control inside the paragraph. A line break in a value stays a line break
 *   (w:br) inside the one paragraph, as before.
 * - Rich text (no type element): Word and LibreOffice let a partner edit it freely. A text that the
 *   document makes from the value (names for partner references, a Dutch date, a frequency in
 *   words) is a plain-text control (`w:text`), which tells it apart: it does not go back as written.
 * - Controls do not print and change no layout: the text is the same with or without them.
 *
 * Render's writer (word-runs.ts) first marks each value, as docx could, with a bookmark named
 * `_swaP<n>` (whole paragraph) or `_swaR<n>` (inside a paragraph); `withContentControls` turns the
 * markers into controls in one pass over the part's XML, before the bookmarks are renumbered.
 *
 * LibreOffice 7.4 keeps the controls and their text when it saves a document, but drops w:tag (and
 * w:alias of block-level ones, which it turns into run-level controls). So each control also holds
 * a hidden bookmark `_swa<id>` around its content (a name starting with _ is hidden in Word; both
 * keep bookmarks, LibreOffice sometimes as a point inside the control), and the custom XML part
 * customXml/item1.xml lists every control by id with its path and title (`addControlsPart`): the
 * control around a `_swa<id>` bookmark is control <id>, whichever program saved the document last.
 */

const MARKER_PREFIX = '_swa';

export function markerName(index: number, wholeParagraph: boolean): string {
  return `${MARKER_PREFIX}${wholeParagraph ? 'P' : 'R'}${index}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The control's hidden bookmark: its number in the document, the same as its w:id. */
function anchorName(id: number): string {
  return `${MARKER_PREFIX}${id}`;
}

function sdtStart(control: BronMark, index: number): string {
  const type = control.afgeleid ? '<w:text/>' : '';
  return `<w:sdt><w:sdtPr><w:alias w:val="${escapeAttribute(control.label)}"/><w:tag w:val="${escapeAttribute(control.pad)}"/><w:id w:val="${index + 1}"/>${type}</w:sdtPr><w:sdtContent>`;
}

function anchorStart(index: number, bookmarkId: string): string {
  return `<w:bookmarkStart w:name="${anchorName(index + 1)}" w:id="${bookmarkId}"/>`;
}

const SDT_END = '</w:sdtContent></w:sdt>';

/**
 * One regular expression, matched left to right: a paragraph that is one whole value (its
 * properties, the marker, the runs, the end marker, the paragraph end), or a start or end marker
 * inside a paragraph. docx writes bookmarkStart as name then id, and paragraphs as a bare <w:p>.
 */
const MARKERS = new RegExp(
  [
    `<w:p>((?:<w:pPr>(?:(?!</w:pPr>).)*</w:pPr>)?)<w:bookmarkStart w:name="${MARKER_PREFIX}P(\\d+)" w:id="(\\d+)"/>((?:(?!</w:p>).)*?)<w:bookmarkEnd w:id="\\3"/></w:p>`,
    `<w:bookmarkStart w:name="${MARKER_PREFIX}[PR](\\d+)" w:id="(\\d+)"/>`,
    `<w:bookmarkEnd w:id="(\\d+)"/>`,
  ].join('|'),
  'gs',
);

/** The part's XML with every marker pair replaced by a content control; other bookmarks stay as they are. */
export function withContentControls(xml: string, controls: readonly BronMark[]): string {
  if (controls.length === 0 || !xml.includes(MARKER_PREFIX)) return xml;
  const open = new Set<string>();
  return xml.replace(
    MARKERS,
    (
      whole,
      pPr: string | undefined,
      blockIndex: string | undefined,
      blockId: string | undefined,
      runs: string | undefined,
      runIndex: string | undefined,
      runId: string | undefined,
      endId: string | undefined,
    ) => {
      if (blockIndex !== undefined) {
        const index = Number(blockIndex);
        return `${sdtStart(control(controls, blockIndex), index)}<w:p>${pPr ?? ''}${anchorStart(index, blockId!)}${runs ?? ''}<w:bookmarkEnd w:id="${blockId}"/></w:p>${SDT_END}`;
      }
      if (runIndex !== undefined) {
        open.add(runId!);
        const index = Number(runIndex);
        return `${sdtStart(control(controls, runIndex), index)}${anchorStart(index, runId!)}`;
      }
      if (endId !== undefined && open.delete(endId)) return `<w:bookmarkEnd w:id="${endId}"/>${SDT_END}`;
      return whole;
    },
  );
}

function control(controls: readonly BronMark[], index: string): BronMark {
  const found = controls[Number(index)];
  if (!found) throw new Error(`Inhoudsbesturingselement ${index} zonder herkomst`);
  return found;
}

const CUSTOM_XML = 'customXml/item1.xml';
const CUSTOM_XML_PROPS = 'customXml/itemProps1.xml';
/** Fixed, so the bytes stay the same for the same input; Word only needs it to be unique within the package. */
const ITEM_ID = '{5A3C0E7B-2D4F-4B8A-9C1E-7F60D2B4A913}';

/**
 * Adds customXml/item1.xml (every control: id, path, title, and whether its text is made from the
 * value) with its properties part, its relationship from the main document and its content type.
 */
export function addControlsPart(files: Record<string, Uint8Array>, controls: readonly BronMark[]): void {
  if (controls.length === 0 || !files['word/_rels/document.xml.rels'] || !files['[Content_Types].xml']) return;
  const rows = controls
    .map(
      (c, index) =>
        `<swa:besturingselement id="${index + 1}" pad="${escapeAttribute(c.pad)}" label="${escapeAttribute(c.label)}"${c.afgeleid ? ' afgeleid="ja"' : ''}/>`,
    )
    .join('');
  files[CUSTOM_XML] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><swa:besturingselementen xmlns:swa="${CONTROLS_NAMESPACE}">${rows}</swa:besturingselementen>`,
  );
  files[CUSTOM_XML_PROPS] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${CONTROLS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  files['customXml/_rels/item1.xml.rels'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>',
  );
  const rels = strFromU8(files['word/_rels/document.xml.rels']);
  files['word/_rels/document.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdSwaBesturingselementen" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>',
    ),
  );
  const types = strFromU8(files['[Content_Types].xml']);
  files['[Content_Types].xml'] = strToU8(
    types.replace(
      '</Types>',
      `<Override PartName="/${CUSTOM_XML_PROPS}" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`,
    ),
  );
}

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
 * docx has no API for content controls, so the builder marks each value with a bookmark named
 * `_swaP<n>` (whole paragraph) or `_swaR<n>` (inside a paragraph); `withContentControls` turns the
 * markers into controls in one pass over the part's XML, before the bookmarks are renumbered.
 */

const MARKER_PREFIX = '_swa';

export function markerName(index: number, wholeParagraph: boolean): string {
  return `${MARKER_PREFIX}${wholeParagraph ? 'P' : 'R'}${index}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function sdtStart(control: BronMark, index: number): string {
  const type = control.afgeleid ? '<w:text/>' : '';
  return `<w:sdt><w:sdtPr><w:alias w:val="${escapeAttribute(control.label)}"/><w:tag w:val="${escapeAttribute(control.pad)}"/><w:id w:val="${index + 1}"/>${type}</w:sdtPr><w:sdtContent>`;
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
    `<w:bookmarkStart w:name="${MARKER_PREFIX}R(\\d+)" w:id="(\\d+)"/>`,
    `<w:bookmarkEnd w:id="(\\d+)"/>`,
  ].join('|'),
  'gs',
);

/** The part's XML with every marker pair replaced by a content control; other bookmarks stay as they are. */
export function withContentControls(xml: string, controls: readonly BronMark[]): string {
  if (controls.length === 0 || !xml.includes(MARKER_PREFIX)) return xml;
  const open = new Set<string>();
  return xml.replace(MARKERS, (whole, pPr: string | undefined, blockIndex: string | undefined, _blockId, runs: string | undefined, runIndex: string | undefined, runId: string | undefined, endId: string | undefined) => {
    if (blockIndex !== undefined) return `${sdtStart(control(controls, blockIndex), Number(blockIndex))}<w:p>${pPr ?? ''}${runs ?? ''}</w:p>${SDT_END}`;
    if (runIndex !== undefined) {
      open.add(runId!);
      return sdtStart(control(controls, runIndex), Number(runIndex));
    }
    if (endId !== undefined && open.delete(endId)) return SDT_END;
    return whole;
  });
}

function control(controls: readonly BronMark[], index: string): BronMark {
  const found = controls[Number(index)];
  if (!found) throw new Error(`Inhoudsbesturingselement ${index} zonder herkomst`);
  return found;
}

import { strFromU8, strToU8 } from 'fflate';
import { CONTROLS_NAMESPACE } from './namespaces.js';
import { xmlAttribute } from '../report/xml.js';
import { marginLines, marginParts, PLACES, type Place } from './margin-texts.js';
import { acceptedText, type FixedParagraph, attribute, childrenOf, nameOf, parseXml, readWordText, textOf } from './word-text.js';

/**
 * What a document said when swa rendered it, stored inside the document itself (a custom XML part,
 * which Word and LibreOffice keep when they save): the text of each content control, in document
 * order, and the text of each paragraph outside the controls. It is the "base" of the three-way
 * comparison of `swa verwerk`: a control whose text differs from it was edited by a partner; a
 * value in the YAML that differs from it was changed since rendering. It holds nothing that is not
 * visible in the document, so a partner's document never carries another partner's agreements.
 * A program that drops the tags of the controls (LibreOffice 7.4 does) leaves them in order: the
 * record then says which control is which.
 */

export interface OriginalRecord {
  controls: Array<{ tag: string; label: string; text: string; derived: boolean }>;
  /** The paragraphs outside the controls; a control in them written as ⟦⟧. */
  paragraphs: string[];
  /** The lines of the headers, footers and notes (word/margin-texts.ts); absent in documents of swa before they were recorded. */
  margins?: Array<{ place: Place; text: string }>;
}

const NAMESPACE = 'urn:samenwerkingsafspraken:origineel:1';
/** Fixed: the same input gives the same bytes. */
const ITEM_ID = '{5C1B7E0A-9D3F-4E62-8A57-0B2F6C4D1E93}';

/** Paragraphs of fixed text, the controls in them written as ⟦⟧ (their numbering differs per document). */
export function fixedParagraphTexts(paragraphs: readonly FixedParagraph[]): string[] {
  return paragraphs.map((p) => unnumberedControls(acceptedText(p.segments)));
}

/** A paragraph's text with its control markers ⟦n⟧ written as ⟦⟧, as the record keeps it. */
export function unnumberedControls(paragraph: string): string {
  return paragraph.replace(/⟦\d+⟧/g, '⟦⟧');
}

/** The record of a package's word/document.xml, read back from its XML; null without controls (test fixtures build documents this way). */
export function readOriginalRecord(parts: Record<string, Uint8Array>): OriginalRecord | null {
  const document = parts['word/document.xml'];
  if (!document) return null;
  const text = readWordText(strFromU8(document));
  if (text.controls.length === 0) return null;
  return {
    controls: text.controls.map((c) => ({ tag: c.tag, label: c.alias, text: acceptedText(c.segments), derived: c.derived })),
    paragraphs: fixedParagraphTexts(text.paragraphs),
    margins: recordedMargins(parts),
  };
}

/** The lines of a package's headers, footers and notes as the record keeps them. */
export function recordedMargins(parts: Record<string, Uint8Array>): Array<{ place: Place; text: string }> {
  const read = marginParts(Object.keys(parts)).map(({ name, place }) => ({ xml: strFromU8(parts[name]!), place }));
  return marginLines(read).map(({ place, text }) => ({ place, text }));
}

/** Adds the record of word/document.xml to a package that is about to be zipped, read back from the document's XML. */
export function addOriginalRecord(parts: Record<string, Uint8Array>): void {
  const record = readOriginalRecord(parts);
  if (record) writeOriginalRecord(parts, record);
}

/** Adds a record to a package that is about to be zipped (render's last steps); a record without controls is not written. */
export function writeOriginalRecord(parts: Record<string, Uint8Array>, record: OriginalRecord): void {
  if (record.controls.length === 0) return;
  // The next free item: render's list of controls is item1 (render/content-controls.ts).
  let n = 1;
  while (parts[`customXml/item${n}.xml`]) n += 1;
  parts[`customXml/item${n}.xml`] = strToU8(recordXml(record));
  parts[`customXml/itemProps${n}.xml`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  parts[`customXml/_rels/item${n}.xml.rels`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const rels = parts['word/_rels/document.xml.rels'];
  if (rels)
    parts['word/_rels/document.xml.rels'] = strToU8(
      strFromU8(rels).replace(
        '</Relationships>',
        `<Relationship Id="rIdSwaOrigineel" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item${n}.xml"/></Relationships>`,
      ),
    );
  const types = parts['[Content_Types].xml'];
  if (types)
    parts['[Content_Types].xml'] = strToU8(
      strFromU8(types).replace(
        '</Types>',
        `<Override ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml" PartName="/customXml/itemProps${n}.xml"/></Types>`,
      ),
    );
}

// Texts are escaped as attributes too: a \r would otherwise be read back as \n (XML normalises line ends).
function recordXml(record: OriginalRecord): string {
  const controls = record.controls
    .map(
      (c) =>
        `<swa:waarde pad="${xmlAttribute(c.tag)}" label="${xmlAttribute(c.label)}"${c.derived ? ' afgeleid="ja"' : ''}>${xmlAttribute(c.text)}</swa:waarde>`,
    )
    .join('');
  const paragraphs = record.paragraphs.map((p) => `<swa:tekst>${xmlAttribute(p)}</swa:tekst>`).join('');
  const margins = (record.margins ?? []).map((line) => `<swa:randtekst plaats="${line.place}">${xmlAttribute(line.text)}</swa:randtekst>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<swa:origineel xmlns:swa="${NAMESPACE}"${record.margins ? ' randtekst="ja"' : ''}>${controls}${paragraphs}${margins}</swa:origineel>`;
}

/** The record among a document's custom XML parts; null when there is none (or it is not readable). */
export function findOriginalRecord(parts: ReadonlyMap<string, string>): OriginalRecord | null {
  for (const [name, xml] of parts) {
    if (!/^customXml\/item\d+\.xml$/.test(name) || !xml.includes(NAMESPACE)) continue;
    for (const root of parseXml(xml)) {
      if (nameOf(root) !== 'swa:origineel') continue;
      // randtekst="ja": the headers, footers and notes were recorded, also when they were empty.
      const record: OriginalRecord = { controls: [], paragraphs: [], ...(attribute(root, 'randtekst') === 'ja' ? { margins: [] } : {}) };
      for (const child of childrenOf(root)) {
        if (nameOf(child) === 'swa:waarde')
          record.controls.push({
            tag: attribute(child, 'pad') ?? '',
            label: attribute(child, 'label') ?? '',
            text: textOf(child),
            derived: attribute(child, 'afgeleid') === 'ja',
          });
        else if (nameOf(child) === 'swa:tekst') record.paragraphs.push(textOf(child));
        else if (nameOf(child) === 'swa:randtekst') {
          const place = attribute(child, 'plaats');
          if (PLACES.includes(place as Place)) record.margins?.push({ place: place as Place, text: textOf(child) });
        }
      }
      return record;
    }
  }
  return null;
}

/** Render's list of controls (render/content-controls.ts): control number → path, from the custom XML part with that namespace. */
export function findControlsList(parts: ReadonlyMap<string, string>): Map<number, string> {
  const list = new Map<number, string>();
  for (const [name, xml] of parts) {
    if (!/^customXml\/item\d+\.xml$/.test(name) || !xml.includes(CONTROLS_NAMESPACE)) continue;
    for (const root of parseXml(xml)) {
      if (nameOf(root) !== 'swa:besturingselementen') continue;
      for (const child of childrenOf(root)) {
        const id = Number(attribute(child, 'id'));
        const pad = attribute(child, 'pad');
        if (nameOf(child) === 'swa:besturingselement' && Number.isInteger(id) && pad) list.set(id, pad);
      }
    }
  }
  return list;
}

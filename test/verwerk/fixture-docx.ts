import { strToU8, zipSync } from 'fflate';
import { addOriginalRecord } from '../../src/word/original-record.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** A run-level control as swa renders it. */
export function control(tag: string, alias: string, content: string, options: { derived?: boolean } = {}): string {
  return `<w:sdt><w:sdtPr><w:alias w:val="${alias}"/><w:tag w:val="${tag}"/><w:id w:val="1"/>${options.derived ? '<w:text/>' : ''}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

export function run(text: string, rsid = ''): string {
  return `<w:r${rsid ? ` w:rsidR="${rsid}"` : ''}><w:t xml:space="preserve">${text}</w:t></w:r>`;
}

export function paragraph(content: string, style = ''): string {
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${content}</w:p>`;
}

export interface FixtureOptions {
  /** The body as swa rendered it: the record is made from it. */
  original: string;
  /** The body after the partners' edits; default: the original. */
  edited?: string;
  comments?: string;
  bron?: string;
  /** Leave the record out (a document of an older swa). */
  withoutRecord?: boolean;
  properties?: boolean;
}

/** A .docx as swa renders it (record of the original text included), then edited the way Word stores edits. */
export function fixtureDocx(options: FixtureOptions): Uint8Array {
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/><Default ContentType="application/xml" Extension="xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    ),
    'word/document.xml': strToU8(documentXml(options.original)),
  };
  if (options.properties !== false) {
    parts['docProps/custom.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="swa-document"><vt:lpwstr>integraal</vt:lpwstr></property>${options.bron ? `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="swa-bron"><vt:lpwstr>${options.bron}</vt:lpwstr></property>` : ''}</Properties>`,
    );
  }
  if (!options.withoutRecord) addOriginalRecord(parts);
  parts['word/document.xml'] = strToU8(documentXml(options.edited ?? options.original));
  if (options.comments)
    parts['word/comments.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${options.comments}</w:comments>`);
  return zipSync(parts);
}

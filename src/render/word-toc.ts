import type { TocHeading } from './word-blocks.js';
import { textRun } from './word-runs.js';
import { TEXT_WIDTH } from './word-styles.js';

/**
 * The table of contents as docx writes `new TableOfContents('Inhoudsopgave', { hyperlink: true,
 * headingStyleRange: '1-2' })` and fills it in: an entry per heading of level 1 or 2, its title a
 * link to the heading's _Toc bookmark, with a PAGEREF field that Word updates when the document
 * opens (updateFields). Without headings it stays empty, for Word to fill in.
 */
const INSTRUCTION = '<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText>';
const BEGIN = `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/>${INSTRUCTION}<w:fldChar w:fldCharType="separate"/></w:r>`;
const END = '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';

function entryXml(heading: TocHeading, first: boolean): string {
  const bookmark = `_Toc${heading.id}`;
  // docx's entry title: tabs and line breaks become spaces (the field has no \w or \x).
  const title = textRun(heading.title.replace(/\t/g, ' ').replace(/\n/g, ' '));
  return (
    `<w:p><w:pPr><w:pStyle w:val="TOC${heading.level}"/><w:tabs><w:tab w:val="right" w:pos="${TEXT_WIDTH}" w:leader="dot"/></w:tabs></w:pPr>` +
    (first ? BEGIN : '') +
    `<w:hyperlink w:history="1" w:anchor="${bookmark}">${title}<w:r><w:tab/></w:r>` +
    `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">PAGEREF ${bookmark} \\h</w:instrText>` +
    '<w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>'
  );
}

export function tocXml(headings: readonly TocHeading[]): string {
  const content = headings.length === 0 ? `<w:p>${BEGIN}</w:p>${END}` : `${headings.map((heading, index) => entryXml(heading, index === 0)).join('')}${END}`;
  return (
    '<w:sdt><w:sdtPr><w:alias w:val="Inhoudsopgave"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>' +
    `<w:sdtContent>${content}</w:sdtContent></w:sdt>`
  );
}

import { attribute, childrenOf, nameOf, parseXml, textOf, type XmlNode } from '../word/word-text.js';

export interface WordComment {
  id: string;
  author: string;
  /** As Word writes it (2026-03-02T10:15:00Z); empty when the comment has no date. */
  date: string;
  text: string;
}

/** The comments of word/comments.xml by id; their paragraphs joined with line breaks. */
export function readComments(commentsXml: string | undefined): Map<string, WordComment> {
  const found = new Map<string, WordComment>();
  if (!commentsXml) return found;
  for (const root of parseXml(commentsXml)) {
    if (nameOf(root) !== 'w:comments') continue;
    for (const comment of childrenOf(root)) {
      if (nameOf(comment) !== 'w:comment') continue;
      const id = attribute(comment, 'w:id') ?? '';
      const paragraphs: string[] = [];
      collectParagraphs(childrenOf(comment), paragraphs);
      found.set(id, { id, author: attribute(comment, 'w:author') ?? '', date: attribute(comment, 'w:date') ?? '', text: paragraphs.join('\n').trim() });
    }
  }
  return found;
}

function collectParagraphs(nodes: XmlNode[], into: string[]): void {
  for (const node of nodes) {
    if (nameOf(node) === 'w:p') into.push(paragraphText(childrenOf(node)));
    else collectParagraphs(childrenOf(node), into);
  }
}

function paragraphText(nodes: XmlNode[]): string {
  let text = '';
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === 'w:t') text += textOf(node);
    else if (name === 'w:tab') text += '\t';
    else if (name === 'w:br') text += '\n';
    else if (name !== 'w:pPr' && name !== 'w:rPr' && name !== 'w:delText') text += paragraphText(childrenOf(node));
  }
  return text;
}

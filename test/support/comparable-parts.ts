/**
 * A package's parts as normalise.ts sees them: docx numbers bookmarks (and the _Toc names of the
 * headings) with a counter shared by every document of the process, the direct writer from 1 in
 * each document, and normalise numbers both again in order of appearance. Compared after the same
 * renumbering, and with the core properties' creation times (which normalise replaces) left out,
 * two packages are the same document.
 */
export function comparableParts(parts: Map<string, string | Uint8Array>): Array<[string, string]> {
  const tocNames = new Map<string, string>();
  const bookmarkIds = new Map<string, string>();
  return [...parts].map(([name, data]): [string, string] => {
    let text = typeof data === 'string' ? data : `bytes:${Buffer.from(data).toString('base64')}`;
    if (name.startsWith('word/') && name.endsWith('.xml')) {
      text = text
        .replace(/_Toc\d+/g, (toc) => {
          if (!tocNames.has(toc)) tocNames.set(toc, `_Toc${tocNames.size + 1}`);
          return tocNames.get(toc)!;
        })
        .replace(/(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)(")/g, (_, before: string, id: string, after: string) => {
          if (!bookmarkIds.has(id)) bookmarkIds.set(id, String(bookmarkIds.size + 1));
          return `${before}${bookmarkIds.get(id)}${after}`;
        });
    }
    if (name === 'docProps/core.xml') text = text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1…');
    return [name, text];
  });
}

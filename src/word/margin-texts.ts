import { changeAuthors, readWordText, type Control, type Segment, type TrackedChange } from './word-text.js';

/**
 * The margin texts of a document (headers, footers, footnotes, endnotes), for `swa verwerk`: swa
 * makes them anew at every render (the title, the gemeente, page numbers, the sources of quotes),
 * so an edit there can never go back into the agreements file, but it must not go unnoticed
 * either. Render stores these lines in the record.
 */

export type Place = 'koptekst' | 'voettekst' | 'voetnoot' | 'eindnoot';

export const PLACES: readonly Place[] = ['koptekst', 'voettekst', 'voetnoot', 'eindnoot'];

export interface MarginLine {
  place: Place;
  /** The line as it stands: tracked insertions not in it, deletions still in it. */
  text: string;
  /** The line with every tracked change applied. */
  proposed: string;
  changes: TrackedChange[];
}

const PART = /^word\/(?:(header|footer)(\d+)|(footnotes|endnotes))\.xml$/;
const PLACE_OF: Record<string, Place> = { header: 'koptekst', footer: 'voettekst', footnotes: 'voetnoot', endnotes: 'eindnoot' };

/** A package part that holds a header, footer or the notes. */
export function isMarginPart(name: string): boolean {
  return PART.test(name);
}

/** The parts among a package's parts that hold such text, with their place: by place, then in number order. */
export function marginParts(names: Iterable<string>): Array<{ name: string; place: Place }> {
  const found = [...names].flatMap((name) => {
    const match = PART.exec(name);
    if (!match) return [];
    const place = PLACE_OF[match[1] ?? match[3]!]!;
    return [{ name, place, number: Number(match[2] ?? 0) }];
  });
  return found.sort((a, b) => PLACES.indexOf(a.place) - PLACES.indexOf(b.place) || a.number - b.number).map(({ name, place }) => ({ name, place }));
}

/** Each non-empty paragraph of the given parts, with the text of its controls in place. */
export function marginLines(parts: Iterable<{ xml: string; place: Place }>): MarginLine[] {
  const lines: MarginLine[] = [];
  for (const { xml, place } of parts) {
    const { controls, paragraphs } = readWordText(xml);
    for (const paragraph of paragraphs) {
      const text = inPlace(paragraph.segments, controls, 'ins', 0);
      const proposed = inPlace(paragraph.segments, controls, 'del', 0);
      if (text.trim() === '' && proposed.trim() === '') continue;
      lines.push({ place, text, proposed, changes: changeAuthors(withControls(paragraph.segments, controls, 0)) });
    }
  }
  return lines;
}

const MARKER = /^⟦(\d+)⟧$/;
/** Controls inside controls: deeper than this is no document of swa's, and the text stops there. */
const MAX_DEPTH = 16;

function inPlace(segments: readonly Segment[], controls: readonly Control[], left: 'ins' | 'del', depth: number): string {
  return segments
    .filter((segment) => segment.change?.kind !== left)
    .map((segment) => {
      const control = controlOf(segment, controls, depth);
      return control ? inPlace(control.segments, controls, left, depth + 1) : segment.text;
    })
    .join('');
}

function withControls(segments: readonly Segment[], controls: readonly Control[], depth: number): Segment[] {
  return segments.flatMap((segment) => {
    const control = controlOf(segment, controls, depth);
    return control ? withControls(control.segments, controls, depth + 1) : [segment];
  });
}

function controlOf(segment: Segment, controls: readonly Control[], depth: number): Control | undefined {
  const marker = MARKER.exec(segment.text);
  return marker && depth < MAX_DEPTH ? controls[Number(marker[1])] : undefined;
}

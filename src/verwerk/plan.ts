import { diffArrays, diffWords } from 'diff';
import type { Finding, PathSegment, Severity, SourcePosition } from '../findings.js';
import { onderdeelOfPath } from '../core/domain/onderdeel-of-path.js';
import type { WordComment } from './comments.js';
import { PLACES, type MarginLine, type Place } from '../word/margin-texts.js';
import { fixedParagraphTexts, type OriginalRecord } from '../word/original-record.js';
import { acceptedText, changeAuthors, proposedText, type Control, type TrackedChange, type WordText } from '../word/word-text.js';
import type { TextEdit } from './yaml-edit.js';

/** The rules of `swa verwerk`, as they appear in every report format. */
export const VERWERK_RULES = {
  verwerkt: { id: 'word-verwerkt', severity: 'info' },
  voorstel: { id: 'word-voorstel', severity: 'waarschuwing' },
  opmerking: { id: 'word-opmerking', severity: 'info' },
  nietVerwerkt: { id: 'word-niet-verwerkt', severity: 'waarschuwing' },
  conflict: { id: 'word-conflict', severity: 'fout' },
} as const satisfies Record<string, { id: string; severity: Severity }>;

export interface PlanInput {
  /** The document as the findings name it. */
  documentFile: string;
  word: WordText;
  comments: ReadonlyMap<string, WordComment>;
  record: OriginalRecord;
  /** Render's list of controls by number (findControlsList): names a control whose tag was dropped, by its bookmark. */
  controlsList?: ReadonlyMap<number, string>;
  /** The agreements with everything inherited through `extends` (check's data). */
  data: unknown;
  /** The gemeente file's own data, without its base files. */
  ownData: unknown;
  /** The base files the gemeente file builds on, nearest first (for the message). */
  baseFiles: readonly string[];
  /** Where a path stands in the gemeente file (or its base). */
  locate: (path: readonly PathSegment[]) => SourcePosition;
  /** --accepteer: tracked changes in a control are applied, not only listed. */
  accepteer: boolean;
  /** The lines of the document's headers, footers and notes now (word/margin-texts.ts). */
  margins?: readonly MarginLine[];
}

export interface Plan {
  edits: TextEdit[];
  findings: Finding[];
}

/**
 * What a document edited by the partners means for the agreements file, as a three-way
 * comparison per value: the record (the text when swa rendered the document), the document now,
 * and the file now. Edited in Word only: written back. Edited in the file only: the file stays.
 * Edited in both, differently: a conflict. What cannot go back (fixed text, a deleted control, a
 * value from a base file, a text the document makes from a value) is reported, never applied.
 * Pure: no file system; the command reads and writes.
 */
export function planVerwerk(input: PlanInput): Plan {
  const plan: Plan = { edits: [], findings: [] };
  const say = (rule: keyof typeof VERWERK_RULES, message: string, path: PathSegment[] | null): void => {
    const { id, severity } = VERWERK_RULES[rule];
    const position = path ? input.locate(path) : { file: input.documentFile, line: 0, column: 0 };
    plan.findings.push({ rule: id, severity, onderdeel: path ? onderdeelOfPath(path) : null, message, path: path ?? [], ...position });
  };

  const { byTag, unmatched } = matchControls(input.word.controls, input.record, input.controlsList ?? new Map());
  if (unmatched > 0) {
    say(
      'nietVerwerkt',
      `${unmatched === 1 ? '1 veld heeft' : `${unmatched} velden hebben`} geen kenmerk meer (het programma dat het document opsloeg liet het weg) en ${unmatched === 1 ? 'is' : 'zijn'} niet terug te vinden; wat daarin gewijzigd is, is niet verwerkt.`,
      null,
    );
  }
  const originals = new Map<string, { text: string; derived: boolean; label: string }>();
  for (const control of input.record.controls) if (!originals.has(control.tag)) originals.set(control.tag, control);

  for (const [tag, original] of originals) {
    const occurrences = byTag.get(tag) ?? [];
    const path = parsePath(tag);
    const label = original.label || occurrences.find((c) => c.alias)?.alias || tag;
    if (occurrences.length === 0) {
      if (unmatched === 0)
        say(
          'nietVerwerkt',
          `Het veld ${label} is uit het document verwijderd (de tekst was: ${quote(original.text)}). Niet verwerkt: een afspraak schrapt u in het bestand zelf.`,
          path,
        );
      continue;
    }
    for (const control of occurrences) reportComments(control, label, path, input, say);
    const accepted = occurrences.map((c) => clean(acceptedText(c.segments)));
    const proposed = occurrences.map((c) => clean(proposedText(c.segments)));
    const proposals = occurrences.flatMap((c, i) =>
      same(proposed[i]!, accepted[i]!) ? [] : [{ text: proposed[i]!, was: accepted[i]!, authors: changeAuthors(c.segments) }],
    );
    if (!input.accepteer) {
      for (const proposal of proposals) {
        say(
          'voorstel',
          `Voorstel van ${authorsOf(proposal.authors)} bij ${label}: ${describeChange(proposal.was, proposal.text)}. Nieuwe tekst: ${quote(proposal.text)}. Niet overgenomen; neem het over met swa verwerk --accepteer, of pas de tekst zelf aan.`,
          path,
        );
      }
    }
    const chosen = input.accepteer ? proposed : accepted;
    const edited = [...new Set(chosen.filter((text) => !same(text, original.text)))];
    if (edited.length === 0) continue;
    if (edited.length > 1) {
      say(
        'nietVerwerkt',
        `${label} staat meer dan eens in het document en is op die plaatsen verschillend gewijzigd (${edited.map(quote).join(' en ')}). Niet verwerkt: kies zelf.`,
        path,
      );
      continue;
    }
    const wanted = edited[0]!;
    if (wanted === '') {
      say(
        'nietVerwerkt',
        `De tekst van ${label} is in het document weggehaald (de tekst was: ${quote(original.text)}). Niet verwerkt: een afspraak schrapt u in het bestand zelf.`,
        path,
      );
      continue;
    }
    if (original.derived) {
      say(
        'nietVerwerkt',
        `${label} is in Word gewijzigd in ${quote(wanted)}, maar het document toont hier iets dat uit het bestand is afgeleid (namen, een datum in woorden), niet de tekst zelf. Niet verwerkt: pas het bestand zelf aan.`,
        path,
      );
      continue;
    }
    const current = valueAt(input.data, path);
    if (typeof current !== 'string') {
      say(
        'nietVerwerkt',
        `${label} is in Word gewijzigd in ${quote(wanted)}, maar in het bestand staat op ${tag} ${current === undefined ? 'niets meer' : 'geen tekst'}. Niet verwerkt.`,
        path,
      );
      continue;
    }
    if (same(current, wanted)) continue;
    if (!same(current, original.text)) {
      say(
        'conflict',
        `${label} is aan twee kanten gewijzigd: in Word in ${quote(wanted)}, in het bestand (nadat het document gemaakt is) in ${quote(clean(current))}. Niet overgenomen: kies zelf en pas het bestand aan.`,
        path,
      );
      continue;
    }
    if (valueAt(input.ownData, path) === undefined) {
      const base = input.baseFiles.length > 0 ? ` ${input.baseFiles.join(', ')}` : '';
      say(
        'nietVerwerkt',
        `${label} is in Word gewijzigd in ${quote(wanted)}, maar komt uit het basisbestand${base}. Niet verwerkt: pas het basisbestand aan (voor alle gemeenten), of zet de tekst in het gemeentebestand.`,
        path,
      );
      continue;
    }
    plan.edits.push({ path, value: wanted });
    const from = input.accepteer && proposals.length > 0 ? ` (voorstel van ${authorsOf(proposals.flatMap((p) => p.authors))} overgenomen)` : '';
    say('verwerkt', `${label} overgenomen uit Word${from}: ${quote(wanted)} (was: ${quote(original.text)}).`, path);
  }
  fixedTextFindings(input, say);
  if (input.record.margins && input.margins) marginFindings(input.record.margins, input.margins, say);
  return plan;
}

type Say = (rule: keyof typeof VERWERK_RULES, message: string, path: PathSegment[] | null) => void;

/**
 * Controls by tag. A control whose tag was dropped (LibreOffice 7.4 drops them all) is named by
 * render's hidden bookmark in it and the list of controls; failing that, by its place, when the
 * document still has exactly the controls of the record in the same order.
 */
function matchControls(
  controls: readonly Control[],
  record: OriginalRecord,
  list: ReadonlyMap<number, string>,
): { byTag: Map<string, Control[]>; unmatched: number } {
  const named = controls.map((c) => c.tag || (c.anchor !== null ? (list.get(c.anchor) ?? '') : ''));
  const byPosition =
    named.some((tag) => tag === '') && controls.length === record.controls.length && named.every((tag, i) => tag === '' || tag === record.controls[i]!.tag);
  const byTag = new Map<string, Control[]>();
  let unmatched = 0;
  for (const [i, control] of controls.entries()) {
    const tag = named[i] || (byPosition ? record.controls[i]!.tag : '');
    if (tag === '') {
      unmatched += 1;
      continue;
    }
    const found = byTag.get(tag) ?? [];
    found.push({ ...control, tag });
    byTag.set(tag, found);
  }
  return { byTag, unmatched };
}

function reportComments(control: Control, label: string, path: PathSegment[], input: PlanInput, say: Say): void {
  for (const id of control.comments) {
    const comment = input.comments.get(id);
    if (!comment) continue;
    say('opmerking', `Opmerking van ${person(comment.author, comment.date)} bij ${label}: ${quote(comment.text)}`, path);
  }
}

/** Paragraphs outside the controls: compared with the record in order; what differs is listed, never applied. */
function fixedTextFindings(input: PlanInput, say: Say): void {
  for (const { was, is } of differences(input.record.paragraphs, fixedParagraphTexts(input.word.paragraphs))) {
    if (was !== undefined && is !== undefined)
      say(
        'nietVerwerkt',
        `Tekst buiten de afspraken gewijzigd in ${quote(shown(is))} (was: ${quote(shown(was))}). Niet verwerkt: deze tekst komt niet uit het afsprakenbestand.`,
        null,
      );
    else if (is !== undefined)
      say(
        'nietVerwerkt',
        `Tekst buiten de afspraken toegevoegd: ${quote(shown(is))}. Niet verwerkt: hoort het bij een afspraak, zet het dan in het veld van die afspraak of in het bestand.`,
        null,
      );
    else say('nietVerwerkt', `Tekst buiten de afspraken verwijderd: ${quote(shown(was!))}. Niet verwerkt.`, null);
  }
  for (const paragraph of input.word.paragraphs) {
    const accepted = shown(clean(acceptedText(paragraph.segments)));
    const proposed = shown(clean(proposedText(paragraph.segments)));
    if (!same(accepted, proposed))
      say(
        'nietVerwerkt',
        `Voorstel van ${authorsOf(changeAuthors(paragraph.segments))} in tekst buiten de afspraken: ${quote(proposed)} (nu: ${quote(accepted)}). Niet verwerkt: deze tekst komt niet uit het afsprakenbestand.`,
        null,
      );
    for (const id of paragraph.comments) {
      const comment = input.comments.get(id);
      if (comment)
        say(
          'opmerking',
          `Opmerking van ${person(comment.author, comment.date)} bij tekst buiten de afspraken (${quote(accepted)}): ${quote(comment.text)}`,
          null,
        );
    }
  }
}

/** Two lists of lines in order: each line changed, added or removed, a changed one as a pair. */
function differences(was: readonly string[], now: readonly string[]): Array<{ was?: string; is?: string }> {
  const result: Array<{ was?: string; is?: string }> = [];
  const parts = diffArrays([...was], [...now], { comparator: (a, b) => same(a, b) });
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      for (let j = 0; j < Math.max(part.value.length, next.value.length); j++) result.push({ was: part.value[j], is: next.value[j] });
      i++;
    } else if (part.added) for (const is of part.value) result.push({ is });
    else if (part.removed) for (const was of part.value) result.push({ was });
  }
  return result;
}

const HEADER_FOOTER_NOT_BACK =
  'Niet verwerkt: swa maakt de kop- en voettekst bij elk document opnieuw (titel, gemeente, paginanummers); pas de titel of naam aan in het bestand, of de tekst in het sjabloon (koptekst.hbs, voettekst.hbs).';

const notesNotBack = (notes: string): string =>
  `Niet verwerkt: swa maakt de ${notes} bij elk document opnieuw uit de sjablonen; hoort de tekst bij een afspraak, zet hem dan in het veld van die afspraak of in het bestand.`;

/** Where a line stands, in a message, and why an edit there does not go back. */
const PLACE_WORDS: Record<Place, { where: string; notBack: string }> = {
  koptekst: { where: 'in de koptekst', notBack: HEADER_FOOTER_NOT_BACK },
  voettekst: { where: 'in de voettekst', notBack: HEADER_FOOTER_NOT_BACK },
  voetnoot: { where: 'in een voetnoot', notBack: notesNotBack('voetnoten') },
  eindnoot: { where: 'in een eindnoot', notBack: notesNotBack('eindnoten') },
};

/** Headers, footers and notes against the record, place by place: every edit is listed, none applied (swa makes them anew at every render). */
function marginFindings(recorded: readonly { place: Place; text: string }[], now: readonly MarginLine[], say: Say): void {
  for (const place of PLACES) {
    const { where, notBack } = PLACE_WORDS[place];
    const was = recorded.filter((line) => line.place === place).map((line) => line.text);
    const is = now.filter((line) => line.place === place).map((line) => line.text);
    for (const difference of differences(was, is)) {
      if (difference.was !== undefined && difference.is !== undefined)
        say('nietVerwerkt', `Tekst ${where} gewijzigd in ${quote(difference.is)} (was: ${quote(difference.was)}). ${notBack}`, null);
      else if (difference.is !== undefined) say('nietVerwerkt', `Tekst ${where} toegevoegd: ${quote(difference.is)}. ${notBack}`, null);
      else say('nietVerwerkt', `Tekst ${where} verwijderd: ${quote(difference.was!)}. ${notBack}`, null);
    }
  }
  for (const line of now) {
    if (same(line.text, line.proposed)) continue;
    const { where, notBack } = PLACE_WORDS[line.place];
    say('nietVerwerkt', `Voorstel van ${authorsOf(line.changes)} ${where}: ${quote(clean(line.proposed))} (nu: ${quote(clean(line.text))}). ${notBack}`, null);
  }
}

/** A control inside fixed text shows as … in a message. */
function shown(text: string): string {
  return text.replace(/⟦\d*⟧/g, '…');
}

/** Dotted path → segments; list indices become numbers. */
export function parsePath(tag: string): PathSegment[] {
  return tag.split('.').map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const segment of path) {
    if (Array.isArray(node)) node = typeof segment === 'number' ? node[segment] : undefined;
    else if (node !== null && typeof node === 'object' && Object.hasOwn(node, String(segment))) node = (node as Record<string, unknown>)[String(segment)];
    else return undefined;
  }
  return node;
}

/** The text as it goes into the file: line ends as \n, no trailing spaces on a line, none around the whole. */
function clean(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .trim();
}

/**
 * Two texts say the same when they differ only in the style of their quotes (’ for ', “ for "),
 * in non-breaking spaces, or in whitespace at line ends: Word's AutoCorrect makes such changes
 * while a partner types, and they are no edit of the agreement.
 */
export function same(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

function comparable(text: string): string {
  return clean(text.replace(/\u00a0/g, ' '))
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"');
}

function quote(text: string): string {
  const oneLine = text.replace(/\n/g, ' ⏎ ');
  return `“${oneLine.length > 400 ? `${oneLine.slice(0, 399)}…` : oneLine}”`;
}

/** What a tracked change does, in words: “elke twee weken” vervangen door “elke week”. */
export function describeChange(was: string, now: string): string {
  const steps: string[] = [];
  const parts = diffWords(was, now);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      steps.push(`${quote(part.value.trim())} vervangen door ${quote(next.value.trim())}`);
      i++;
    } else if (part.removed) steps.push(`${quote(part.value.trim())} geschrapt`);
    else if (part.added) steps.push(`${quote(part.value.trim())} toegevoegd`);
  }
  return steps.join('; ');
}

function person(author: string, date: string): string {
  const name = author || 'onbekend';
  return date ? `${name} (${date.slice(0, 10)})` : name;
}

function authorsOf(changes: readonly TrackedChange[]): string {
  const names = [...new Set(changes.map((c) => person(c.author, c.date)))];
  return names.length > 0 ? names.join(' en ') : 'onbekend';
}

import type { PathSegment } from '../../findings.js';

/**
 * Where a text of the documents comes from in the agreements file. The documents put every such
 * text in a Word content control whose tag is `pad` and whose title is `label` (render/content-controls.ts),
 * so that edits made in Word can be brought back to the file.
 *
 * `pad` is the data path in dotted form, list indices as numbers (`afspraken.c_taakverdeling.wachtlijsten.1.afspraak`,
 * `partners.gi.0.naam`), always as the gemeente's own file has it: per-partner documents keep the
 * paths of the whole file, and a value inherited from a base file (extends) keeps its path too.
 */
export interface Bron {
  pad: string;
  /** Readable Dutch, e.g. "c.3 Wachtlijsten" or "GI 1 – naam". */
  label: string;
}

/** An agreement's origin: its entry, and where its text stands (`<pad>.afspraak`, or `<pad>` itself for an agreement written as plain text). */
export interface AfspraakBron extends Bron {
  tekst: string;
}

/**
 * A text as the document shows it, with its origin. `afgeleid`: the document does not show the
 * value as written but something made from it (a list of partner references as names, an ISO date
 * as a Dutch date, a frequency code as words), so the text cannot go back into the file as it is.
 */
export class SourcedText {
  constructor(
    readonly text: string,
    readonly herkomst: Bron,
    readonly afgeleid = false,
  ) {}

  /** The same origin for a reworded text (an agreement as a sentence, a date in Dutch). */
  map(reword: (text: string) => string, afgeleid = this.afgeleid): SourcedText {
    return new SourcedText(reword(this.text), this.herkomst, afgeleid);
  }

  toString(): string {
    return this.text;
  }
}

/** A text made of fixed words and values from the file: "Veilig Thuis — <organisatie_type>". */
export class MixedText {
  constructor(readonly parts: ReadonlyArray<string | SourcedText>) {}

  toString(): string {
    return this.parts.join('');
  }
}

/** Any text the view hands to the templates. */
export type ShownText = string | SourcedText | MixedText;

export function dottedPath(path: readonly PathSegment[]): string {
  return path.join('.');
}

/** A field of an entity: `partners.gi.0` + `naam` → `partners.gi.0.naam`, "GI 1" + "naam" → "GI 1 – naam". */
export function field(bron: Bron, key: string, label = fieldLabel(key)): Bron {
  return { pad: `${bron.pad}.${key}`, label: `${bron.label} – ${label}` };
}

/** The value with its origin, or null for a value the file leaves open. */
export function sourced(text: string | null, bron: Bron, afgeleid = false): SourcedText | null {
  return text === null ? null : new SourcedText(text, bron, afgeleid);
}

const FIELD_LABELS: Record<string, string> = {
  organisatie_type: 'soort organisatie',
  cbs_code: 'CBS-code',
  email: 'e-mail',
  vastgesteld_door: 'vastgesteld door',
  gezin_informeren: 'gezin informeren',
  na_afloop: 'na afloop',
  gedeelde_informatie: 'gedeelde informatie',
  aandachtsfunctionarissen: 'aandachtsfunctionarissen',
};

/** A YAML key as words: `start_en_beeindiging` → "start en beëindiging". */
function fieldLabel(key: string): string {
  return (
    FIELD_LABELS[key] ??
    key
      .replace(/_/g, ' ')
      .replace(/beeindiging/g, 'beëindiging')
      .replace(/casuistiek/g, 'casuïstiek')
  );
}

const TOPIC_WORDS: Record<string, string> = { veilig_thuis: 'Veilig Thuis', rvdk: 'RvdK', gi: 'GI' };

/** A topic's path below its onderdeel as a heading: `veilig_thuis.wanneer` → "Veilig Thuis – wanneer", `wachtlijsten` → "Wachtlijsten". */
export function topicLabel(segments: readonly PathSegment[]): string {
  const words = segments.map((s) => TOPIC_WORDS[String(s)] ?? fieldLabel(String(s)));
  const joined = words.join(' – ');
  return joined.charAt(0).toLocaleUpperCase('nl') + joined.slice(1);
}

/**
 * What changed between two versions of the agreements, per onderdeel, computed from the resolved
 * data (after `extends`): which agreements are gewijzigd, nieuw or vervallen. Pure.
 *
 * An agreement is a unit the document shows as one: an item of a topic's list (or the topic's one
 * afspraak), an instrument, an escalation step, a partner, a field of the evaluation. Lists are
 * aligned by content, so inserting an agreement at the front is one "nieuw", not every later one
 * "gewijzigd"; within a changed stretch, an old and a new item whose words are alike enough are the same agreement changed.
 */
import { diffArrays } from 'diff';
import { pairUp, wordSimilarity } from './pairing.js';
import type { Onderdeel, PathSegment } from '../findings.js';
import { afspraakItems, inPartnerDocument, refList, type PartnerDocumentKey, type Relation } from '../core/domain/partner-coverage.js';
import { getIn, isMap } from '../core/domain/data-access.js';
import { REQUIRED_ONDERDELEN } from '../core/domain/required-afspraken.js';
import { refCovers } from '../core/domain/partner-refs.js';

type ChangeKind = 'gewijzigd' | 'nieuw' | 'vervallen';

export interface Change {
  /** Null for data outside the onderdelen (gemeente, document, informatiedeling, …). */
  onderdeel: Onderdeel | null;
  kind: ChangeKind;
  /** Where it is in the agreements file (the new one's; the old one's for vervallen), dotted: `afspraken.c_taakverdeling.wachtlijsten.1`. */
  path: string;
  /** How the document names it: the agreement number (`c.3`), a step or an instrument's name. */
  label: string;
  /** The beginning of its text (the new text; the old one for vervallen), for the reader to recognise it. */
  summary: string;
  /** Who it is about, to pick the changes a partner's document shows. */
  audience: { topicPartner: Relation | null; refs: string[] } | 'alle';
}

interface Unit {
  path: PathSegment[];
  /** What is compared: a list item by its content (wherever it moved), anything else by where it is and its content. */
  match: string;
  value: unknown;
  label: string;
  audience: Change['audience'];
}

/** A value counts as absent when it says nothing: undefined, null, an empty text or list. */
function absent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Stable text of a value: map keys sorted, so key order in the file is no change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isMap(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  return JSON.stringify(value ?? null);
}

function dotted(path: readonly PathSegment[]): string {
  return path.map(String).join('.');
}

function summaryOf(value: unknown): string {
  const text = isMap(value)
    ? [value.afspraak, value.naam, value.titel, value.niveau, value.wie, value.begrip, value.wat, value.moment].find(
        (v) => typeof v === 'string' && v.trim() !== '',
      )
    : value;
  const plain = typeof text === 'string' ? text : typeof text === 'number' || typeof text === 'boolean' ? String(text) : '';
  const words = plain.trim().split(/\s+/).filter(Boolean);
  return words.length > 14 ? `${words.slice(0, 14).join(' ')} …` : words.join(' ');
}

function wordsOf(unit: Unit): string[] {
  return canonical(unit.value)
    .split(/[\s"{}[\],:]+/)
    .filter(Boolean);
}

/** A field (not a list item) at the same place is the same agreement, whatever its new text; list items are recognised by their words. */
function sameAgreement(a: Unit, b: Unit): number {
  const single = (unit: Unit): boolean => typeof unit.path.at(-1) !== 'number';
  if (single(a) && single(b) && dotted(a.path) === dotted(b.path)) return 1;
  return wordSimilarity(wordsOf(a), wordsOf(b));
}

/** Compares two lists of units: equal content is no change; a changed stretch pairs by position. */
function compareUnits(onderdeel: Onderdeel | null, olds: readonly Unit[], news: readonly Unit[], out: Change[]): void {
  const change = (kind: ChangeKind, unit: Unit, other?: Unit): Change => ({
    onderdeel,
    kind,
    path: dotted(unit.path),
    label: unit.label,
    summary: summaryOf(unit.value),
    audience: mergeAudience(unit.audience, other?.audience),
  });
  let oi = 0;
  let ni = 0;
  let removed: Unit[] = [];
  let added: Unit[] = [];
  const flush = (): void => {
    let r = 0;
    let a = 0;
    for (const [i, j] of pairUp(removed, added, sameAgreement)) {
      while (r < i) out.push(change('vervallen', removed[r++]!));
      while (a < j) out.push(change('nieuw', added[a++]!));
      out.push(change('gewijzigd', added[a++]!, removed[r++]));
    }
    while (r < removed.length) out.push(change('vervallen', removed[r++]!));
    while (a < added.length) out.push(change('nieuw', added[a++]!));
    removed = [];
    added = [];
  };
  for (const part of diffArrays(
    olds.map((u) => u.match),
    news.map((u) => u.match),
  )) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      removed.push(...olds.slice(oi, oi + count));
      oi += count;
    } else if (part.added) {
      added.push(...news.slice(ni, ni + count));
      ni += count;
    } else {
      flush();
      oi += count;
      ni += count;
    }
  }
  flush();
}

function mergeAudience(a: Change['audience'], b: Change['audience'] | undefined): Change['audience'] {
  if (b === undefined) return a;
  if (a === 'alle' || b === 'alle') return 'alle';
  return { topicPartner: a.topicPartner, refs: [...new Set([...a.refs, ...b.refs])] };
}

/** The items of a list, or the value itself as one unit; nothing for an absent value. */
function unitsOf(
  data: unknown,
  path: PathSegment[],
  label: (value: unknown, index: number | null) => string,
  audience: (value: unknown) => Change['audience'] = () => 'alle',
): Unit[] {
  const value = getIn(data, path);
  if (absent(value)) return [];
  if (Array.isArray(value))
    return value.flatMap((item, index) =>
      absent(item)
        ? []
        : [{ path: [...path, index], match: `${dotted(path)}[]${canonical(item)}`, value: item, label: label(item, index), audience: audience(item) }],
    );
  return [{ path, match: `${dotted(path)}=${canonical(value)}`, value, label: label(value, null), audience: audience(value) }];
}

/** The units of each field of a map (`evaluatie.frequentie`, …), in the order of the keys. */
function fieldUnits(data: unknown, path: PathSegment[], keys: readonly string[], label: (key: string) => string): Unit[] {
  return keys.flatMap((key) => unitsOf(data, [...path, key], () => label(key)));
}

function keysOf(...values: unknown[]): string[] {
  return [...new Set(values.flatMap((value) => (isMap(value) ? Object.keys(value) : [])))];
}

/**
 * Agreements of an onderdeel of a–g or j, numbered as the document numbers them (c.1, c.2, …: one
 * count over all topics of the onderdeel, an absent topic holding one open agreement).
 */
function agreementUnits(data: unknown, required: (typeof REQUIRED_ONDERDELEN)[number]): Unit[] {
  const units: Unit[] = [];
  let number = 0;
  for (const topic of required.afspraken) {
    const value = getIn(data, topic.path);
    const items = afspraakItems(value);
    const first = number;
    number += items.length;
    const audience = (item: unknown): Change['audience'] => ({
      topicPartner: topic.partner ?? null,
      refs: refList(isMap(item) ? item.verantwoordelijk : undefined),
    });
    units.push(...unitsOf(data, topic.path, (_, index) => `${required.onderdeel}.${first + (index ?? 0) + 1}`, audience));
  }
  return units;
}

/** Where each part of the data belongs, per onderdeel; `null` gathers what lies outside them. */
function unitsPerOnderdeel(data: unknown, other: unknown): Array<[Onderdeel | null, Unit[]]> {
  const groups: Array<[Onderdeel | null, Unit[]]> = [];
  for (const required of REQUIRED_ONDERDELEN) groups.push([required.onderdeel, agreementUnits(data, required)]);
  const H = ['afspraken', 'h_methoden_en_instrumenten'];
  groups.push([
    'h',
    unitsOf(
      data,
      H,
      (value, index) => (isMap(value) && typeof value.naam === 'string' ? value.naam : `instrument ${(index ?? 0) + 1}`),
      (value) => ({ topicPartner: null, refs: refList(isMap(value) ? value.gebruikt_door : undefined) }),
    ),
  ]);
  const I = ['afspraken', 'i_escalatie'];
  groups.push([
    'i',
    [
      ...unitsOf(data, [...I, 'stappen'], (_, index) => `stap ${(index ?? 0) + 1}`),
      ...unitsOf(
        data,
        [...I, 'acuut'],
        (_, index) => `i.${(index ?? 0) + 1}`,
        (value) => ({ topicPartner: null, refs: refList(isMap(value) ? value.verantwoordelijk : undefined) }),
      ),
      ...fieldUnits(
        data,
        I,
        keysOf(getIn(data, I), getIn(other, I)).filter((key) => key !== 'stappen' && key !== 'acuut'),
        (key) => key,
      ),
    ],
  ]);
  groups.push([
    'voorwaarde.visie',
    [
      ...unitsOf(data, ['visie', 'documenten'], (value, index) =>
        isMap(value) && typeof value.titel === 'string' ? value.titel : `document ${(index ?? 0) + 1}`,
      ),
      ...fieldUnits(
        data,
        ['visie'],
        keysOf(getIn(data, ['visie']), getIn(other, ['visie'])).filter((key) => key !== 'documenten'),
        (key) => key,
      ),
    ],
  ]);
  const partnerLabel =
    (prefix: string) =>
    (value: unknown, index: number | null): string =>
      isMap(value) && typeof value.naam === 'string'
        ? value.naam
        : isMap(value) && typeof value.id === 'string'
          ? `${prefix}.${value.id}`
          : `${prefix} ${(index ?? 0) + 1}`;
  groups.push([
    'voorwaarde.aansluiting',
    [
      ...fieldUnits(
        data,
        ['partners'],
        keysOf(getIn(data, ['partners']), getIn(other, ['partners'])).filter((key) => key !== 'gi' && key !== 'overig'),
        (key) => key.replace('_', ' '),
      ),
      ...unitsOf(data, ['partners', 'gi'], partnerLabel('gi')),
      ...unitsOf(data, ['partners', 'overig'], partnerLabel('partner')),
    ],
  ]);
  groups.push(['voorwaarde.evaluatie', fieldUnits(data, ['evaluatie'], keysOf(getIn(data, ['evaluatie']), getIn(other, ['evaluatie'])), (key) => key)]);
  // Everything else: per field one level down (document.versie, gemeente.naam, informatiedeling.stromen …).
  const covered = new Set(['afspraken', 'visie', 'partners', 'evaluatie', 'extends', 'basis', 'schema_versie']);
  const rest: Unit[] = [];
  for (const key of keysOf(data, other).filter((k) => !covered.has(k))) {
    const value = getIn(data, [key]);
    const otherValue = getIn(other, [key]);
    if (isMap(value) || isMap(otherValue)) rest.push(...fieldUnits(data, [key], keysOf(value, otherValue), (field) => `${key}.${field}`));
    else rest.push(...unitsOf(data, [key], (_, index) => (index === null ? key : `${key} ${index + 1}`)));
  }
  groups.push([null, rest]);
  return groups;
}

/** Every change between the old and the new agreements, per onderdeel in the leidraad's order, then the rest. */
export function compareAgreements(oldData: unknown, newData: unknown): Change[] {
  const olds = unitsPerOnderdeel(oldData, newData);
  const news = unitsPerOnderdeel(newData, oldData);
  const out: Change[] = [];
  for (const [index, [onderdeel, units]] of olds.entries()) compareUnits(onderdeel, units, news[index]![1], out);
  return out;
}

/** The changes a partner's document shows: those about agreements that go into it, and all the rest. */
export function changesForPartner(changes: readonly Change[], key: PartnerDocumentKey): Change[] {
  return changes.filter((change) => {
    if (change.audience === 'alle' || change.onderdeel === null) return true;
    const { topicPartner, refs } = change.audience;
    if (change.onderdeel === 'h') return refs.length === 0 || refs.some((ref) => ref === 'lokaal_team' || refCovers(ref, key));
    return inPartnerDocument(change.onderdeel, topicPartner, refs, key);
  });
}

import { boundedMemo } from './bounded-memo.js';

/**
 * Texts that stand where an agreement belongs but put it off or point elsewhere: `n.v.t.`,
 * `Nader te bepalen.`, `Volgt na overleg met de Raad.`, `Zie bijlage 3.` The signed document would
 * show them as if they were agreements, so they count as "not filled in" everywhere (see
 * `textState`): `swa check` reports them and the document shows an open point instead.
 *
 * The one list of them is UITSTEL below; the README ("Uitstel en verwijzingen") describes it.
 */

/** What a deferral does instead of agreeing; decides what the finding advises. */
export type UitstelSoort = 'uitstel' | 'niet-van-toepassing' | 'verwijzing';

/**
 * What may follow the opening words within the same sentence:
 * - `alles`: anything. No real agreement opens with "n.v.t." or "nader te bepalen", so whatever
 *   follows is a reason or a date for the deferral ("N.v.t. voor onze gemeente").
 * - `bepaling`: nothing, or a time or condition ("na overleg met VT", "later", "zodra …").
 *   "Volgt de Raad het advies niet, dan …" opens with the same verb and is a real agreement.
 * - `partijen`: nothing, or "met"/"tussen" and the parties. "In overleg met het lokaal team
 *   stelt Veilig Thuis het plan op." is a real agreement; "In overleg met de Raad." is not.
 */
export type Vervolg = 'alles' | 'bepaling' | 'partijen';

export interface Uitstel {
  soort: UitstelSoort;
  /** The opening words, matched case-insensitively at the start of a sentence. */
  begin: RegExp;
  vervolg: Vervolg;
  /**
   * How a sentence opens (lower-cased, with single spaces) when `begin` matches it. Only then is
   * `begin` tried: V8 compiles a case-insensitive Unicode regex on its first use and again on its
   * second (≈ 0.5 ms each, ≈ 7 ms for a file whose sentences reached them all), and most sentences
   * open otherwise. Under `iu` an ASCII letter other than k and s matches only itself and its
   * capital, so lower-casing cannot hide a match ("toepa": `s` also matches ſ); a test holds each entry to this.
   */
  opent: readonly string[];
  /** As written in the README and tested one by one. */
  voorbeelden: readonly string[];
}

/** Dots and spaces inside an abbreviation are optional: n.v.t., n.v.t, nvt, n. v. t. */
const afkorting = (letters: string): string => `${letters.split('').join('\\.?\\s?')}\\.?`;
/** How such an abbreviation opens: `n` and one of the second letters, with or without a dot or space. */
const afkortingOpent = (first: string, seconds: string): string[] =>
  [...seconds].flatMap((second) => ['', '.', ' ', '. '].map((between) => `${first}${between}${second}`));

export const UITSTEL: readonly Uitstel[] = [
  {
    soort: 'niet-van-toepassing',
    begin: new RegExp(`^(${afkorting('nvt')}|niet van toepassing)(?![\\p{L}\\d-])`, 'iu'),
    vervolg: 'alles',
    opent: [...afkortingOpent('n', 'v'), 'niet van toepa'],
    voorbeelden: ['n.v.t.', 'nvt', 'niet van toepassing'],
  },
  {
    soort: 'uitstel',
    begin: new RegExp(`^(${afkorting('ntb')}|${afkorting('nnb')})(?![\\p{L}\\d-])`, 'iu'),
    vervolg: 'alles',
    opent: afkortingOpent('n', 'tn'),
    voorbeelden: ['n.t.b.', 'ntb', 'n.n.b.'],
  },
  {
    soort: 'uitstel',
    begin: new RegExp(`^${afkorting('pm')}(?![\\p{L}\\d-])`, 'iu'),
    vervolg: 'alles',
    opent: afkortingOpent('p', 'm'),
    voorbeelden: ['p.m.', 'pm'],
  },
  {
    soort: 'uitstel',
    begin: /^(nader|nog|later) (te bepalen|uit te werken|af te spreken|vast te stellen|in te vullen)(?![\p{L}\d-])/iu,
    vervolg: 'alles',
    opent: ['nader ', 'nog ', 'later '],
    voorbeelden: ['nader te bepalen', 'nog te bepalen', 'nader uit te werken', 'nader af te spreken', 'later in te vullen'],
  },
  {
    soort: 'uitstel',
    begin: /^(wordt|worden) (nog |nader |later |nog nader )(in overleg )?(bepaald|uitgewerkt|afgesproken|vastgesteld|ingevuld)(?![\p{L}\d-])/iu,
    vervolg: 'alles',
    opent: ['wordt ', 'worden '],
    voorbeelden: ['wordt nader bepaald', 'wordt nog uitgewerkt', 'wordt later in overleg afgesproken'],
  },
  {
    soort: 'uitstel',
    begin: /^nog (niet|on)(bekend| bekend| afgesproken| bepaald| vastgesteld)(?![\p{L}\d-])/iu,
    vervolg: 'alles',
    opent: ['nog niet', 'nog on'],
    voorbeelden: ['nog niet bekend', 'nog onbekend', 'nog niet afgesproken'],
  },
  { soort: 'uitstel', begin: /^volgt(?![\p{L}\d-])/iu, vervolg: 'bepaling', opent: ['volgt'], voorbeelden: ['volgt', 'volgt na overleg', 'volgt later'] },
  {
    soort: 'uitstel',
    begin: /^(in|na) (onderling |gezamenlijk )?overleg(?![\p{L}\d-])/iu,
    vervolg: 'partijen',
    opent: ['in ', 'na '],
    voorbeelden: ['in overleg', 'in onderling overleg', 'na overleg'],
  },
  {
    soort: 'verwijzing',
    begin:
      /^zie (de |het |ook |ook de |ook het )?(regionale? |landelijke? )?(bijlagen?|protocol|werkinstructie|werkafspraken|handreiking|convenant|stroomschema|document|notitie|website|paragraaf|hoofdstuk|§)(?![\p{L}])/iu,
    vervolg: 'alles',
    opent: ['zie '],
    voorbeelden: ['zie bijlage', 'zie de bijlage', 'zie het protocol', 'zie protocol', 'zie het regionale protocol', 'zie de werkinstructie', 'zie hoofdstuk'],
  },
];

/** Words that open a time or condition after "volgt": "volgt na overleg", "volgt zodra …". */
const BEPALING =
  /^(na|nadat|nog|later|binnenkort|spoedig|z\.?s\.?m\.?|zodra|uiterlijk|in|bij|op|per|via|met|voor|vóór|wanneer|als|t\.?z\.?t\.?|te zijner tijd|begin|eind|medio|\()(?![\p{L}\d-])/iu;

/** Words that may name the parties after "in overleg met": articles, roles, "en"/"of"; names are capitalised. */
const PARTIJ_WOORDEN = new Set(
  (
    'de het een alle beide betrokken betrokkene betrokkenen andere overige onze hun zijn haar en of en/of & + ' +
    "raad voor kinderbescherming rvdk vt veilig thuis gi gi's gis gecertificeerde instelling instellingen jeugdbescherming " +
    'lokaal lokale team teams wijkteam wijkteams jeugdteam jeugdteams sociaal sociale buurtteam buurtteams gemeente gemeenten regio ' +
    'partner partners partij partijen ketenpartner ketenpartners samenwerkingspartners organisatie organisaties ' +
    'ouders ouder gezin jeugdige jeugdigen cliënt client professional professionals casusregisseur gedragswetenschapper ' +
    'teamleider teamleiders manager managers zorgcoördinator betreffende desbetreffende ' +
    'politie wijkagent huisarts huisartsen jeugdarts ggd school scholen zorgaanbieder zorgaanbieders jeugdhulpaanbieder jeugdhulpaanbieders ' +
    'hulpverlener hulpverleners medewerker medewerkers stuurgroep werkgroep ketenoverleg'
  ).split(' '),
);

/**
 * Sentences end at . ! ? or … followed by a capital or a digit, so "n.v.t. voor ons" stays one
 * sentence; a semicolon starts a new clause too ("Zie bijlage 3 voor het schema; Veilig Thuis belt …").
 */
const SENTENCE_BREAK = /(?<=[.!?…])\s+(?=[\p{Lu}\d])|;\s*/u;
/** Bullets, brackets and quotes around a sentence, and its closing punctuation, do not change what it says. */
const LEADING = /^[\s([{"'*•–—-]+/u;
const TRAILING = /[\s.,;:!?…)\]}"'*]/u;

/** The kind of deferral a text is, or null when it says something (or is not text). */
export const uitstelSoort: (text: string) => UitstelSoort | null = boundedMemo(10_000, (text) => uitstelSoortUncached(text));

/**
 * uitstelSoort without its memory. Tests use it: mutation testing changes the code between test
 * runs in one process, and a remembered answer would hide the change.
 */
export function uitstelSoortUncached(text: string): UitstelSoort | null {
  const sentences = text
    .trim()
    .split(SENTENCE_BREAK)
    .map(clean)
    .filter((s) => s !== '');
  if (sentences.length === 0) return null;
  let first: UitstelSoort | null = null;
  for (const sentence of sentences) {
    const soort = sentenceSoort(sentence);
    // One sentence that says something makes the whole text an agreement: "Zie bijlage 3. Veilig Thuis belt …".
    if (soort === null) return null;
    first ??= soort;
  }
  return first;
}

function clean(sentence: string): string {
  // Trailing characters by a scan from the end: a regex `[…]+$` retries from every space (quadratic).
  let end = sentence.length;
  while (end > 0 && TRAILING.test(sentence[end - 1]!)) end -= 1;
  return sentence.slice(0, end).replace(LEADING, '').replace(/\s+/g, ' ');
}

const LONGEST_OPENING = Math.max(...UITSTEL.flatMap((entry) => entry.opent.map((opening) => opening.length)));

/** Whether `sentence` (as `clean` leaves it) opens as `entry` needs; when not, `entry.begin` does not match it. */
export function mayOpen(entry: Uitstel, sentence: string): boolean {
  return opensWith(entry, head(sentence));
}

const head = (sentence: string): string => sentence.slice(0, LONGEST_OPENING).toLowerCase();
const opensWith = (entry: Uitstel, head: string): boolean => entry.opent.some((opening) => head.startsWith(opening));

function sentenceSoort(sentence: string): UitstelSoort | null {
  const opening = head(sentence);
  for (const entry of UITSTEL) {
    if (!opensWith(entry, opening)) continue;
    const match = entry.begin.exec(sentence);
    if (match && followsAllowed(entry.vervolg, sentence.slice(match[0].length).replace(/^[\s,:;–—-]+/u, ''))) return entry.soort;
  }
  return null;
}

function followsAllowed(vervolg: Vervolg, rest: string): boolean {
  if (rest === '' || vervolg === 'alles') return true;
  if (vervolg === 'bepaling') return BEPALING.test(rest);
  // `rest` starts and ends with a word (sentenceSoort and clean strip what surrounds it).
  const [preposition, ...words] = rest.split(/[\s,]+/u);
  if (!/^(met|tussen)$/iu.test(preposition!)) return false;
  const bare = words.map((word) => word.replace(/^[("']+|[)"'.:;]+$/gu, '')).filter((word) => word !== '');
  return bare.length > 0 && bare.every((word) => PARTIJ_WOORDEN.has(word.toLowerCase()) || /^\p{Lu}/u.test(word));
}

/** What to write instead, completing a finding that quotes the deferral. */
export const UITSTEL_ADVIES: Record<UitstelSoort, string> = {
  uitstel:
    'Maak de afspraak met de partners en schrijf op wat er is afgesproken: wie wat doet en wanneer. Kan dat nog niet, laat de afspraak dan leeg; dan blijft het een open punt.',
  'niet-van-toepassing':
    'De leidraad vraagt hier een afspraak, ook als de situatie weinig voorkomt. Schrijf op wat de partners doen als ze zich voordoet: wie wat doet en wanneer.',
  verwijzing:
    'Het document bevat die bijlage of dat protocol niet. Schrijf de afspraak zelf op (wie doet wat en wanneer); de verwijzing kan erbij in `toelichting`.',
};

import { Document, isMap, isPair, isScalar, type YAMLMap } from 'yaml';
import type { PathSegment } from '../findings.js';
import { INFORMATIEDELING_LEIDRAAD, ONDERDEEL_INFO, LEIDRAAD_BRON } from '../core/domain/onderdelen.js';
import { slug } from '../core/domain/slug.js';
import { assessAfspraken } from '../core/domain/afspraak-text.js';
import { getIn } from '../core/domain/data-access.js';
import { REQUIRED_ONDERDELEN } from '../core/domain/required-afspraken.js';
import { afspraakvragen, INIT_ONDERDELEN, pathKey, type InitAnswers, type InitOnderdeel } from './answers.js';

export interface SkeletonOptions {
  /** Where the editor finds the schema: a path relative to the new file, or the schema's URL. */
  schemaRef: string;
  /** YYYY-MM-DD: the document's date. */
  today: string;
  /** The agreements of the base file (with its own bases merged), to know what it already covers. */
  baseData?: unknown;
}

const H = ['afspraken', 'h_methoden_en_instrumenten'];
const I = ['afspraken', 'i_escalatie'];

interface Comment {
  path: PathSegment[];
  lines: string[];
}

/**
 * With a base file, an empty value in the new file would switch off the base's agreement, also
 * after the region fills it in. So what the base still leaves open is written as a commented-out
 * key (with what the base says there), and an empty value the user asked for says what it does.
 * Both are placed in the data as marker strings and turned into comments after stringifying.
 */
class Markers {
  private readonly texts: string[] = [];

  /** A key the base leaves open: commented out, with the base's text beside it. */
  open(baseValue: unknown): string {
    return this.add(`# ${baseSays(baseValue)}`, 'open');
  }

  /** An empty value that switches off what the base says at this key, now or once the region fills it in. */
  off(empty: '' | '[]', baseValue: unknown): string {
    const says = baseValue === undefined ? 'vult het basisbestand dit later in, dan geldt dat hier niet' : 'de afspraak uit het basisbestand geldt hier niet';
    return this.add(`${empty ? `${empty}   ` : ''}# leeg: ${says}`, 'off');
  }

  private add(text: string, kind: 'open' | 'off'): string {
    this.texts.push(text);
    return `SWA-${kind.toUpperCase()}-${this.texts.length - 1}`;
  }

  /** The YAML text with every marker replaced; keys whose whole content is commented out are commented too. */
  apply(yaml: string): string {
    const lines = yaml.split('\n');
    const commented = new Array<boolean>(lines.length).fill(false);
    lines.forEach((line, i) => {
      const match = /^(\s*)([^\s#][^:]*):\s+SWA-(OPEN|OFF)-(\d+)$/.exec(line);
      if (!match) return;
      const [, indent, key, kind, n] = match;
      if (kind === 'OPEN') {
        lines[i] = `${indent}# ${key}:   ${this.texts[Number(n)]}`;
        commented[i] = true;
      } else lines[i] = `${indent}${key}: ${this.texts[Number(n)]}`;
    });
    // Bottom-up, so a key whose children are all commented out is decided after them.
    for (let i = lines.length - 1; i >= 0; i -= 1) {
      const match = /^(\s*)([^\s#-][^:]*):$/.exec(lines[i]!);
      if (!match) continue;
      const indent = match[1]!.length;
      let content = 0;
      let allCommented = true;
      for (let j = i + 1; j < lines.length; j += 1) {
        const line = lines[j]!;
        if (line.trim() === '') continue;
        if (line.length - line.trimStart().length <= indent) break;
        if (line.trimStart().startsWith('#') && !commented[j]) continue;
        content += 1;
        allCommented &&= commented[j]!;
      }
      if (content > 0 && allCommented) {
        lines[i] = `${match[1]}# ${match[2]}:`;
        commented[i] = true;
      }
    }
    return lines.join('\n');
  }
}

/** What the base holds at a key it leaves open, on one line that cannot leave the comment. */
function baseSays(value: unknown): string {
  if (value === undefined) return 'ontbreekt in het basisbestand';
  if (value === null || value === '') return 'leeg in het basisbestand';
  if (Array.isArray(value)) return value.length === 0 ? 'leeg in het basisbestand' : 'in het basisbestand nog niet compleet';
  if (typeof value === 'object') return 'in het basisbestand nog niet compleet';
  // No line break, control or direction character from the base may end the comment or hide text.
  const text = String(value)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .trim();
  return `basisbestand: "${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`;
}

/**
 * The new agreements file: every onderdeel under a comment with what the leidraad asks, open
 * points as empty values, and nothing repeated that the base file already says.
 */
export function skeletonYaml(answers: InitAnswers, options: SkeletonOptions): string {
  const data: Record<string, unknown> = { schema_versie: 1 };
  const comments: Comment[] = [];
  const fromBase: string[] = [];
  const base = options.baseData;
  const hasBase = answers.extends !== undefined;
  const markers = new Markers();
  /** What goes at a path the base does not fill: a marker with a base, else an empty value. */
  const unfilled = (path: PathSegment[], empty: null | [] = null): unknown => (hasBase ? markers.open(getIn(base, path)) : empty);
  if (answers.extends) data.extends = answers.extends;

  data.gemeente = { naam: answers.gemeente.naam ?? null, cbs_code: answers.gemeente.cbsCode ?? null };
  if (answers.regio) data.regio = { naam: answers.regio };
  else if (!hasBase) data.regio = { naam: null };
  const naam = answers.gemeente.naam;
  data.document = { titel: naam ? `Samenwerkingsafspraken Werken aan veiligheid ${naam}` : null, versie: '0.1', status: 'concept', datum: options.today };

  if (!filled(base, ['visie', 'documenten'])) {
    data.visie = { documenten: unfilled(['visie', 'documenten'], []) };
    comments.push({ path: ['visie'], lines: voorwaarde('voorwaarde.visie', 'Noem onder documenten het visiedocument, met - titel: … op een eigen regel.') });
  }

  const partners: Record<string, unknown> = {};
  for (const key of ['lokaal_team', 'veilig_thuis', 'rvdk'] as const) {
    const given = answers.partners[key];
    if (given) partners[key] = { naam: given };
    // The lokaal team is each gemeente's own: its name is always asked for here.
    else if (!filled(base, ['partners', key, 'naam'])) partners[key] = { naam: key === 'lokaal_team' ? null : unfilled(['partners', key, 'naam']) };
  }
  if (answers.partners.gi.length > 0) partners.gi = giEntries(answers.partners.gi);
  else if (!filled(base, ['partners', 'gi'])) partners.gi = unfilled(['partners', 'gi'], []);
  if (answers.partners.overig?.length) partners.overig = overigEntries(answers.partners.overig);
  if (Object.keys(partners).length > 0) {
    data.partners = partners;
    comments.push({
      path: ['partners'],
      lines: [
        'De vier partners van §6c. Vul per partner ook contactpersoon en ondertekenaar (naam, functie) in.',
        'Verdere partners aan tafel (zoals een Veiligheidsteam, de politie of de GGD) staan onder overig, met een rol; in een afspraak heten zij partner.<id>.',
      ],
    });
  }

  if (!filled(base, ['meldcode', 'naam'])) {
    data.meldcode = { naam: unfilled(['meldcode', 'naam']), aandachtsfunctionarissen: unfilled(['meldcode', 'aandachtsfunctionarissen']) };
    comments.push({
      path: ['meldcode'],
      lines: [
        'De meldcode waarop advies (onderdeel a) en melden (onderdeel b) rusten, bijvoorbeeld naam: Meldcode huiselijk geweld en kindermishandeling, en wie aandachtsfunctionaris is.',
      ],
    });
  }

  for (const onderdeel of INIT_ONDERDELEN) {
    const written = writeOnderdeel(data, onderdeel, answers, base, markers);
    const info = ONDERDEEL_INFO[onderdeel];
    if (!written.path) {
      fromBase.push(`${onderdeel} (${info.titel})`);
      continue;
    }
    comments.push({ path: written.path, lines: [`${onderdeel} — ${info.titel}`, `De leidraad vraagt: ${info.leidraad}`, ...written.note] });
  }

  if (!hasFlows(base)) {
    data.informatiedeling = hasBase
      ? unfilled(['informatiedeling'])
      : {
          stromen: [
            {
              moment: 'Overdracht door Veilig Thuis',
              wat: null,
              van: 'veilig_thuis',
              naar: 'lokaal_team',
              grondslag: null,
              toestemming: null,
              gezin_informeren: null,
            },
          ],
          pia: { status: null },
        };
    comments.push({
      path: ['informatiedeling'],
      lines: [
        `Informatiedeling — ${INFORMATIEDELING_LEIDRAAD.bron}: ${INFORMATIEDELING_LEIDRAAD.tekst}`,
        'Per moment: wat, van, naar, grondslag (zoals de partner die noemt), toestemming (met, zonder of met_tenzij) en hoe het gezin het hoort. Bij pia: uitgevoerd, gepland of niet_nodig.',
      ],
    });
  }

  if (!filled(base, ['evaluatie', 'volgende'])) {
    data.evaluatie = hasBase
      ? Object.fromEntries(
          (['frequentie', 'volgende'] as const).filter((key) => !filled(base, ['evaluatie', key])).map((key) => [key, unfilled(['evaluatie', key])]),
        )
      : { frequentie: null, volgende: null };
    comments.push({ path: ['evaluatie'], lines: voorwaarde('voorwaarde.evaluatie', 'Bijvoorbeeld frequentie: jaarlijks en volgende: 2027-03-01.') });
  }

  const doc = new Document(data);
  doc.commentBefore = [
    ` yaml-language-server: $schema=${options.schemaRef}`,
    '',
    ` Samenwerkingsafspraken Werken aan veiligheid${naam ? ` — gemeente ${naam}` : ''}.`,
    ` Opgezet met \`swa init\` op ${options.today}, volgens de ${LEIDRAAD_BRON}.`,
    ' Een lege waarde is een open punt: `swa check` meldt het tot het is ingevuld.',
    ...(hasBase
      ? [
          ' Alles wat hier niet staat, komt uit het basisbestand bij `extends`.',
          ' Een regel als `# sleutel:` is wat het basisbestand nog openlaat: dat vult de regio daar in.',
          ' Wilt u het voor deze gemeente zelf afspreken, haal dan `# ` weg (ook bij de sleutels erboven)',
          ' en vul het in.',
          ' Een lege waarde hier zet de afspraak uit het basisbestand uit voor deze gemeente.',
        ]
      : []),
  ].join('\n');
  for (const comment of comments) attachComment(doc, comment.path, comment.lines);
  spaceTopLevel(doc);
  if (fromBase.length > 0) {
    const lines = wrap(
      `Uit het basisbestand overgenomen en hier niet herhaald: ${fromBase.join(', ')}. Wilt u voor deze gemeente iets anders afspreken, zet het onderdeel dan onder afspraken.`,
    );
    if (getIn(data, ['afspraken']) !== undefined) attachComment(doc, ['afspraken'], lines, false);
    else doc.comment = lines.map((line) => ` ${line}`).join('\n');
  }
  return markers.apply(doc.toString({ nullStr: '', lineWidth: 100, indentSeq: true }));
}

function writeOnderdeel(
  data: Record<string, unknown>,
  onderdeel: InitOnderdeel,
  answers: InitAnswers,
  base: unknown,
  markers: Markers,
): { path?: PathSegment[]; note: string[] } {
  const hasBase = answers.extends !== undefined;
  const answer = answers.onderdelen[onderdeel] ?? { keuze: hasBase ? 'basis' : 'open' };
  /** An empty list: commented out when the base should fill it, else empty (saying so with a base). */
  const emptyList = (path: PathSegment[]): unknown =>
    !hasBase ? [] : answer.keuze === 'basis' ? markers.open(getIn(base, path)) : markers.off('[]', getIn(base, path));
  if (onderdeel === 'h') {
    if (answer.keuze === 'basis' && filled(base, H)) return { note: [] };
    const list = answer.keuze === 'nu' ? (answer.instrumenten ?? []).map((i) => ({ naam: i.naam, gebruikt_door: i.gebruiktDoor })) : [];
    setIn(data, H, list.length ? list : emptyList(H));
    return {
      path: H,
      note: list.length
        ? []
        : [openNote(answer.keuze, hasBase), 'Per methode of instrument: - naam: …, gebruikt_door: [lokaal_team, veilig_thuis, rvdk, gi], doel: ….'],
    };
  }
  if (onderdeel === 'i') {
    if (answer.keuze === 'basis' && filled(base, [...I, 'stappen'])) return { note: [] };
    const stappen = answer.keuze === 'nu' ? (answer.stappen ?? []).map((s) => ({ wie: s.wie, termijn: s.termijn || null })) : [];
    setIn(data, [...I, 'stappen'], stappen.length ? stappen : emptyList([...I, 'stappen']));
    return {
      path: I,
      note: stappen.length ? [] : [openNote(answer.keuze, hasBase), 'Per stap van de escalatieladder: - wie: …, termijn: … (minstens twee stappen).'],
    };
  }
  const required = REQUIRED_ONDERDELEN.find((r) => r.onderdeel === onderdeel)!;
  let open = 0;
  let written = 0;
  for (const vraag of afspraakvragen(onderdeel)) {
    if (answer.keuze === 'basis' && filled(base, vraag.path)) continue;
    const text = answer.keuze === 'nu' ? answer.afspraken?.[pathKey(vraag.path)]?.trim() : undefined;
    const empty = !hasBase ? null : answer.keuze === 'basis' ? markers.open(getIn(base, vraag.path)) : markers.off('', getIn(base, vraag.path));
    setIn(data, vraag.path, text ? text : empty);
    written += 1;
    if (!text) open += 1;
  }
  if (written === 0) return { note: [] };
  const note = open > 0 ? [openNote(answer.keuze, hasBase)] : [];
  return { path: required.container, note };
}

function openNote(keuze: string, hasBase: boolean): string {
  if (keuze === 'basis' && hasBase) return 'Wat het basisbestand hier nog openlaat, staat hieronder als commentaar.';
  return keuze === 'open' ? 'Open punt: nog af te spreken.' : 'Nog in te vullen.';
}

function voorwaarde(onderdeel: 'voorwaarde.visie' | 'voorwaarde.evaluatie', hint: string): string[] {
  return [`Voorwaarde — ${ONDERDEEL_INFO[onderdeel].titel}`, `De leidraad vraagt: ${ONDERDEEL_INFO[onderdeel].leidraad}`, hint];
}

function filled(base: unknown, path: PathSegment[]): boolean {
  if (base === undefined) return false;
  const value = getIn(base, path);
  if (Array.isArray(value) && value.length > 0 && !value.every((v) => typeof v === 'string')) return true;
  return assessAfspraken(value, path).filled;
}

/** The base already says which information is shared: the gemeente file need not repeat it. */
function hasFlows(base: unknown): boolean {
  const stromen = getIn(base, ['informatiedeling', 'stromen']);
  return Array.isArray(stromen) && stromen.length > 0;
}

/** Further partners: an id from the first word of the name (veiligheidsteam, politie), unique in the file. */
function overigEntries(names: readonly string[]): Array<{ id: string; rol: null; naam: string }> {
  const used = new Set<string>();
  return names.map((naam) => {
    const first = slug(naam.split(/\s+/)[0] ?? '') || 'partner';
    let id = first;
    for (let n = 2; used.has(id); n += 1) id = `${first}${n}`;
    used.add(id);
    return { id, rol: null, naam };
  });
}

function giEntries(names: readonly string[]): Array<{ id: string; naam: string }> {
  const used = new Set<string>();
  return names.map((naam) => {
    const initials =
      naam
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z0-9 ]/g, '')
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => w[0])
        .join('') || 'gi';
    let id = initials;
    for (let n = 2; used.has(id); n += 1) id = `${initials}${n}`;
    used.add(id);
    return { id, naam };
  });
}

function setIn(data: Record<string, unknown>, path: readonly PathSegment[], value: unknown): void {
  let node = data;
  for (const segment of path.slice(0, -1)) {
    const key = String(segment);
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[String(path.at(-1))] = value;
}

function attachComment(doc: Document, path: PathSegment[], lines: string[], wrapLines = true): void {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return;
  const pair = (parent as YAMLMap).items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(path.at(-1)));
  if (!pair || !isScalar(pair.key)) return;
  const text = wrapLines ? lines.flatMap((line) => wrap(line)) : lines;
  pair.key.commentBefore = text.map((line) => ` ${line}`).join('\n');
  // A blank line inside a map directly after its parent key would only be indentation.
  pair.key.spaceBefore = (parent as YAMLMap).items[0] !== pair;
}

/** A blank line between the top-level sections, as in the examples. */
function spaceTopLevel(doc: Document): void {
  if (!isMap(doc.contents)) return;
  doc.contents.items.forEach((pair, index) => {
    if (index > 0 && isPair(pair) && isScalar(pair.key) && pair.key.value !== 'extends') pair.key.spaceBefore = true;
  });
}

/** Comment lines of at most ~96 characters, broken between words. */
function wrap(text: string, width = 96): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

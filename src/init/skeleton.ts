import { Document, isMap, isPair, isScalar, type YAMLMap } from 'yaml';
import type { PathSegment } from '../findings.js';
import { INFORMATIEDELING_LEIDRAAD, ONDERDEEL_INFO, LEIDRAAD_BRON } from '../core/onderdelen.js';
import { slug } from '../core/slug.js';
import { assessAfspraken } from '../core/rules/afspraak-text.js';
import { getIn } from '../core/rules/data-access.js';
import { REQUIRED_ONDERDELEN } from '../core/rules/required-afspraken.js';
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
 * The new agreements file: every onderdeel under a comment with what the leidraad asks, open
 * points as empty values, and nothing repeated that the base file already says.
 */
export function skeletonYaml(answers: InitAnswers, options: SkeletonOptions): string {
  const data: Record<string, unknown> = { schema_versie: 1 };
  const comments: Comment[] = [];
  const fromBase: string[] = [];
  const base = options.baseData;
  const hasBase = answers.extends !== undefined;
  if (answers.extends) data.extends = answers.extends;

  data.gemeente = { naam: answers.gemeente.naam ?? null, cbs_code: answers.gemeente.cbsCode ?? null };
  if (answers.regio) data.regio = { naam: answers.regio };
  else if (!hasBase) data.regio = { naam: null };
  const naam = answers.gemeente.naam;
  data.document = { titel: naam ? `Samenwerkingsafspraken Werken aan veiligheid ${naam}` : null, versie: '0.1', status: 'concept', datum: options.today };

  if (!filled(base, ['visie', 'documenten'])) {
    data.visie = { documenten: [] };
    comments.push({ path: ['visie'], lines: voorwaarde('voorwaarde.visie', 'Noem onder documenten het visiedocument, met - titel: … op een eigen regel.') });
  }

  const partners: Record<string, unknown> = {};
  for (const key of ['lokaal_team', 'veilig_thuis', 'rvdk'] as const) {
    const given = answers.partners[key];
    if (given) partners[key] = { naam: given };
    else if (!filled(base, ['partners', key, 'naam'])) partners[key] = { naam: null };
  }
  if (answers.partners.gi.length > 0) partners.gi = giEntries(answers.partners.gi);
  else if (!filled(base, ['partners', 'gi'])) partners.gi = [];
  if (answers.partners.overig?.length) partners.overig = overigEntries(answers.partners.overig);
  if (Object.keys(partners).length > 0) {
    data.partners = partners;
    comments.push({ path: ['partners'], lines: ['De vier partners van §6c. Vul per partner ook contactpersoon en ondertekenaar (naam, functie) in.', 'Verdere partners aan tafel (zoals een Veiligheidsteam, de politie of de GGD) staan onder overig, met een rol; in een afspraak heten zij partner.<id>.'] });
  }

  if (!filled(base, ['meldcode', 'naam'])) {
    data.meldcode = { naam: null, aandachtsfunctionarissen: null };
    comments.push({ path: ['meldcode'], lines: ['De meldcode waarop advies (onderdeel a) en melden (onderdeel b) rusten, bijvoorbeeld naam: Meldcode huiselijk geweld en kindermishandeling, en wie aandachtsfunctionaris is.'] });
  }

  for (const onderdeel of INIT_ONDERDELEN) {
    const written = writeOnderdeel(data, onderdeel, answers, base);
    const info = ONDERDEEL_INFO[onderdeel];
    if (!written.path) {
      fromBase.push(`${onderdeel} (${info.titel})`);
      continue;
    }
    comments.push({ path: written.path, lines: [`${onderdeel} — ${info.titel}`, `De leidraad vraagt: ${info.leidraad}`, ...written.note] });
  }

  if (!hasFlows(base)) {
    data.informatiedeling = {
      stromen: [{ moment: 'Overdracht door Veilig Thuis', wat: null, van: 'veilig_thuis', naar: 'lokaal_team', grondslag: null, toestemming: null, gezin_informeren: null }],
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
    data.evaluatie = { frequentie: null, volgende: null };
    comments.push({ path: ['evaluatie'], lines: voorwaarde('voorwaarde.evaluatie', 'Bijvoorbeeld frequentie: jaarlijks en volgende: 2027-03-01.') });
  }

  const doc = new Document(data);
  doc.commentBefore = [
    ` yaml-language-server: $schema=${options.schemaRef}`,
    '',
    ` Samenwerkingsafspraken Werken aan veiligheid${naam ? ` — gemeente ${naam}` : ''}.`,
    ` Opgezet met \`swa init\` op ${options.today}, volgens de ${LEIDRAAD_BRON}.`,
    ' Een lege waarde is een open punt: `swa check` meldt het tot het is ingevuld.',
    ...(hasBase ? [' Alles wat hier niet staat, komt uit het basisbestand bij `extends`. Een lege waarde hier', ' haalt een afspraak uit het basisbestand weg voor deze gemeente.'] : []),
  ].join('\n');
  for (const comment of comments) attachComment(doc, comment.path, comment.lines);
  spaceTopLevel(doc);
  if (fromBase.length > 0) {
    const lines = wrap(`Uit het basisbestand overgenomen en hier niet herhaald: ${fromBase.join(', ')}. Wilt u voor deze gemeente iets anders afspreken, zet het onderdeel dan onder afspraken.`);
    if (getIn(data, ['afspraken']) !== undefined) attachComment(doc, ['afspraken'], lines, false);
    else doc.comment = lines.map((line) => ` ${line}`).join('\n');
  }
  return doc.toString({ nullStr: '', lineWidth: 100, indentSeq: true });
}

function writeOnderdeel(data: Record<string, unknown>, onderdeel: InitOnderdeel, answers: InitAnswers, base: unknown): { path?: PathSegment[]; note: string[] } {
  const answer = answers.onderdelen[onderdeel] ?? { keuze: answers.extends ? 'basis' : 'open' };
  if (onderdeel === 'h') {
    if (answer.keuze === 'basis' && filled(base, H)) return { note: [] };
    const list = answer.keuze === 'nu' ? (answer.instrumenten ?? []).map((i) => ({ naam: i.naam, gebruikt_door: i.gebruiktDoor })) : [];
    setIn(data, H, list);
    return { path: H, note: list.length ? [] : [openNote(answer.keuze), 'Per methode of instrument: - naam: …, gebruikt_door: [lokaal_team, veilig_thuis, rvdk, gi], doel: ….'] };
  }
  if (onderdeel === 'i') {
    if (answer.keuze === 'basis' && filled(base, [...I, 'stappen'])) return { note: [] };
    const stappen = answer.keuze === 'nu' ? (answer.stappen ?? []).map((s) => ({ wie: s.wie, termijn: s.termijn || null })) : [];
    setIn(data, [...I, 'stappen'], stappen);
    return { path: I, note: stappen.length ? [] : [openNote(answer.keuze), 'Per stap van de escalatieladder: - wie: …, termijn: … (minstens twee stappen).'] };
  }
  const required = REQUIRED_ONDERDELEN.find((r) => r.onderdeel === onderdeel)!;
  let open = 0;
  let written = 0;
  for (const vraag of afspraakvragen(onderdeel)) {
    if (answer.keuze === 'basis' && filled(base, vraag.path)) continue;
    const text = answer.keuze === 'nu' ? answer.afspraken?.[pathKey(vraag.path)]?.trim() : undefined;
    setIn(data, vraag.path, text ? text : null);
    written += 1;
    if (!text) open += 1;
  }
  if (written === 0) return { note: [] };
  const note = answer.keuze === 'basis' ? ['Het basisbestand regelt de rest van dit onderdeel; hieronder staat wat nog open is.'] : open > 0 ? [openNote(answer.keuze)] : [];
  return { path: required.container, note };
}

function openNote(keuze: string): string {
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
    const initials = naam.toLowerCase().normalize('NFD').replace(/[^a-z0-9 ]/g, '').split(/\s+/).filter(Boolean).map((w) => w[0]).join('') || 'gi';
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
export function wrap(text: string, width = 96): string[] {
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

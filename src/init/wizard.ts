import { checkbox, confirm, input, select } from '@inquirer/prompts';
import type { OnderdeelStatus } from '../findings.js';
import { ONDERDEEL_INFO } from '../core/domain/onderdelen.js';
import {
  afspraakvragen,
  INIT_ONDERDELEN,
  pathKey,
  type EscalatieStap,
  type InitAnswers,
  type InitOnderdeel,
  type Instrument,
  type Keuze,
  type OnderdeelAntwoord,
} from './answers.js';
import { gemeenteNaam, validateCbsCode } from './validate.js';

/** What the wizard may learn about a base file while it asks. */
export interface BaseInfo {
  /** The path as the user typed it (relative to the current directory). */
  path: string;
  onderdelen: Record<string, OnderdeelStatus> | null;
  partners: { lokaal_team?: string; veilig_thuis?: string; rvdk?: string; gi: string[] };
  regio?: string;
  /** The base's agreements, with its own bases merged. */
  data: unknown;
}

export interface WizardHooks {
  /** Reads and checks a base file; returns a Dutch problem text when it cannot be used. */
  loadBase(path: string): BaseInfo | string;
  /** Proposed file name for a gemeente. */
  suggestFile(gemeente: string | undefined): string;
  /** Whether a file exists already. */
  exists(path: string): boolean;
  write(line: string): void;
}

export interface WizardResult {
  answers: InitAnswers;
  /** The base file as typed by the user, relative to the current directory. */
  basePath?: string;
  out: string;
  overwrite: boolean;
}

/** inquirer's key hints are English; our users read Dutch. */
const KEY_ACTIONS: Record<string, string> = { navigate: 'bladeren', select: 'kiezen', toggle: 'aan/uit', all: 'alles', invert: 'omkeren', submit: 'verder' };
const dutchKeys = {
  style: { keysHelpTip: (keys: Array<[string, string]>) => keys.map(([key, action]) => `${key} ${KEY_ACTIONS[action] ?? action}`).join(' • ') },
};

const PARTNERS = [
  ['lokaal_team', 'het lokaal (wijk)team'],
  ['veilig_thuis', 'Veilig Thuis'],
  ['rvdk', 'de Raad voor de Kinderbescherming (regio)'],
] as const;

/** The questions of `swa init`, in Dutch, in the order of the leidraad. Returns null when the user stops. */
export async function runWizard(
  hooks: WizardHooks,
  preset: { gemeente?: string; cbsCode?: string; regio?: string; extends?: string; out?: string },
): Promise<WizardResult | null> {
  hooks.write('Welkom bij swa init. Beantwoord de vragen; wat u nu niet weet, laat u leeg. Dat wordt een open punt dat `swa check` later meldt.\n');

  const naam = gemeenteNaam(await input({ message: 'Voor welke gemeente zijn de afspraken?', default: preset.gemeente }));
  const cbsCode = (
    await input({ message: 'CBS-gemeentecode (GM en vier cijfers, leeg als u die niet weet):', default: preset.cbsCode, validate: validateCbsCode })
  )
    .trim()
    .toUpperCase();

  let base: BaseInfo | undefined;
  const basePath = (
    await input({
      message: 'Bouwt dit bestand voort op een basisbestand van de regio? Geef het pad (leeg = nee):',
      default: preset.extends,
      validate: (value) => {
        if (value.trim() === '') return true;
        const loaded = hooks.loadBase(value.trim());
        return typeof loaded === 'string' ? loaded : true;
      },
    })
  ).trim();
  if (basePath) {
    const loaded = hooks.loadBase(basePath);
    if (typeof loaded !== 'string') base = loaded;
  }
  const regio = (await input({ message: 'In welke regio werkt de gemeente samen?', default: preset.regio ?? base?.regio })).trim();

  hooks.write(`\nDe partners van §6c. Laat een naam leeg als u die nog niet weet${base ? ' of als die uit het basisbestand komt.\n' : '.\n'}`);
  const partners: InitAnswers['partners'] = { gi: [] };
  for (const [key, label] of PARTNERS) {
    const fromBase = base?.partners[key];
    const given = (await input({ message: `Naam van ${label}${fromBase ? ` (basisbestand: ${fromBase})` : ''}:` })).trim();
    if (given) partners[key] = given;
  }
  const giFromBase = base?.partners.gi.length ? ` (basisbestand: ${base.partners.gi.join(', ')})` : '';
  const gi = (await input({ message: `Namen van de gecertificeerde instelling(en), gescheiden door komma's${giFromBase}:` })).trim();
  partners.gi = gi
    ? gi
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
    : [];
  const overig = (
    await input({ message: "Verdere partners aan tafel, zoals een Veiligheidsteam, de politie of de GGD, gescheiden door komma's (leeg = geen):" })
  ).trim();
  if (overig)
    partners.overig = overig
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);

  hooks.write('\nNu de onderdelen a–j van §6c. Bij elk onderdeel staat wat de leidraad vraagt.\n');
  const onderdelen: InitAnswers['onderdelen'] = {};
  for (const onderdeel of INIT_ONDERDELEN) onderdelen[onderdeel] = await askOnderdeel(onderdeel, base, hooks);

  const suggested = preset.out ?? hooks.suggestFile(naam || undefined);
  let out = (await input({ message: 'Waar wilt u het bestand opslaan?', default: suggested })).trim() || suggested;
  let overwrite = false;
  while (hooks.exists(out)) {
    const choice = await select({
      message: `${out} bestaat al. Wat wilt u doen?`,
      choices: [
        { name: 'Een andere naam kiezen', value: 'ander' },
        { name: 'Het bestaande bestand vervangen', value: 'vervang' },
        { name: 'Stoppen zonder iets te schrijven', value: 'stop' },
      ],
      default: 'ander',
      theme: dutchKeys,
    });
    if (choice === 'stop') return null;
    if (choice === 'vervang') {
      overwrite = await confirm({ message: `Weet u zeker dat u ${out} wilt vervangen? De huidige inhoud gaat verloren.`, default: false });
      if (overwrite) break;
      continue;
    }
    out = (await input({ message: 'Nieuwe bestandsnaam:' })).trim() || out;
  }

  const answers: InitAnswers = {
    gemeente: { ...(naam ? { naam } : {}), ...(cbsCode ? { cbsCode } : {}) },
    ...(regio && regio !== base?.regio ? { regio } : {}),
    partners,
    onderdelen,
  };
  return { answers, ...(base ? { basePath: base.path } : {}), out, overwrite };
}

async function askOnderdeel(onderdeel: InitOnderdeel, base: BaseInfo | undefined, hooks: WizardHooks): Promise<OnderdeelAntwoord> {
  const info = ONDERDEEL_INFO[onderdeel];
  hooks.write(`\n${onderdeel} — ${info.titel}\nDe leidraad vraagt: ${info.leidraad}\n`);
  const baseStatus = base?.onderdelen?.[onderdeel];
  const choices: Array<{ name: string; value: Keuze }> = [{ name: 'Nu invullen', value: 'nu' }];
  if (base) choices.push({ name: `Overnemen uit het basisbestand${baseStatus ? ` (daar: ${baseStatus})` : ''}`, value: 'basis' });
  choices.push({ name: 'Open laten (later invullen)', value: 'open' });
  const keuze = await select<Keuze>({
    message: `Onderdeel ${onderdeel}:`,
    choices,
    default: base && baseStatus && baseStatus !== 'ontbreekt' ? 'basis' : 'open',
    theme: dutchKeys,
  });
  if (keuze !== 'nu') return { keuze };
  if (onderdeel === 'h') return { keuze, instrumenten: await askInstrumenten() };
  if (onderdeel === 'i') return { keuze, stappen: await askStappen() };
  const afspraken: Record<string, string> = {};
  for (const vraag of afspraakvragen(onderdeel)) {
    afspraken[pathKey(vraag.path)] = (await input({ message: `Afspraak over ${vraag.over} (leeg = open punt):` })).trim();
  }
  return { keuze, afspraken };
}

async function askInstrumenten(): Promise<Instrument[]> {
  const instrumenten: Instrument[] = [];
  for (;;) {
    const naam = (await input({ message: `Naam van methode of instrument ${instrumenten.length + 1} (leeg = klaar):` })).trim();
    if (!naam) return instrumenten;
    const gebruiktDoor = await checkbox({
      message: `Wie gebruikt ${naam}? (spatiebalk om te kiezen, Enter om verder te gaan)`,
      choices: [
        { name: 'lokaal team', value: 'lokaal_team' },
        { name: 'Veilig Thuis', value: 'veilig_thuis' },
        { name: 'Raad voor de Kinderbescherming', value: 'rvdk' },
        { name: 'GI', value: 'gi' },
      ],
      theme: dutchKeys,
    });
    instrumenten.push({ naam, gebruiktDoor });
  }
}

async function askStappen(): Promise<EscalatieStap[]> {
  const stappen: EscalatieStap[] = [];
  for (;;) {
    const wie = (await input({ message: `Escalatiestap ${stappen.length + 1}: wie zet deze stap? (leeg = klaar)` })).trim();
    if (!wie) return stappen;
    const termijn = (await input({ message: `Escalatiestap ${stappen.length + 1}: binnen welke termijn?` })).trim();
    stappen.push({ wie, termijn });
  }
}
